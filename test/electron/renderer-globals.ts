import type { ApiClient } from '../../src/shared/api/contract';

/**
 * The renderer's global scope as the page.evaluate callbacks below use it. This test project is
 * typed for Node (no DOM lib), and a callback is serialised into the page, so it can import types
 * but no values: callbacks write `globalThis as unknown as RendererGlobals`.
 */
export interface RendererGlobals {
  oneup?: ApiClient;
  open(url: string): unknown;
  document: {
    createElement(tag: 'script'): { textContent: string | null };
    head: { append(node: unknown): void };
    documentElement: { dataset: Record<string, string | undefined> };
  };
}
