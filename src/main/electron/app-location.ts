import { pathToFileURL } from 'node:url';
import { DEV_CSP, PRODUCTION_CSP } from '../security/csp';

/**
 * Where the window's page comes from. Everything that decides "is this our app?" (IPC senders,
 * navigation, the CSP) asks this one value, so the answer cannot drift between checks.
 */
export type AppLocation =
  { kind: 'file'; indexUrl: string } | { kind: 'dev'; origin: string; url: string };

export interface LocationInputs {
  isPackaged: boolean;
  /** electron-vite dev sets ELECTRON_RENDERER_URL to its dev server. */
  devServerUrl: string | undefined;
  /** Absolute path of the built out/renderer/index.html. */
  rendererIndexPath: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A packaged app always loads its own files. Unpackaged, the dev server is used only when it is
 * plain http on loopback: a stray environment variable must not point the window (and its IPC
 * bridge) at a remote site.
 */
export function resolveAppLocation(inputs: LocationInputs): AppLocation {
  const dev = inputs.isPackaged ? null : parseLoopbackDevUrl(inputs.devServerUrl);
  if (dev) return { kind: 'dev', origin: dev.origin, url: dev.href };
  return { kind: 'file', indexUrl: pathToFileURL(inputs.rendererIndexPath).href };
}

function parseLoopbackDevUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url;
}

/**
 * True when `url` is a page of our app. For file:// the origin is opaque ("null") and would match
 * any file on disk, so only the renderer's own index.html counts (any query or fragment, which the
 * router uses). For the dev server the origin must match exactly.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  switch (location.kind) {
    case 'file': {
      const index = new URL(location.indexUrl);
      return (
        parsed.protocol === 'file:' &&
        parsed.host === index.host &&
        parsed.pathname === index.pathname
      );
    }
    case 'dev':
      return parsed.origin === location.origin;
    default:
      return assertNever(location);
  }
}

/** The URL the window loads first. */
export function appEntryUrl(location: AppLocation): string {
  return location.kind === 'dev' ? location.url : location.indexUrl;
}

/**
 * The relaxed policy is for Vite's dev server only (its inline preamble and hot-reload socket);
 * every other response, and everything in a packaged or file-loaded app, gets the strict one.
 */
export function cspForResponse(url: string, location: AppLocation): string {
  return location.kind === 'dev' && isAppUrl(url, location) ? DEV_CSP : PRODUCTION_CSP;
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected app location ${JSON.stringify(value)}`);
}
