// @vitest-environment jsdom
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_CSP, PRODUCTION_CSP } from '../../src/main/security/csp';

const INDEX_HTML = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'index.html');

function directives(policy: string): string[] {
  return policy.split(';').map((directive) => directive.trim().replace(/\s+/gu, ' '));
}

describe('the CSP in the page itself', () => {
  const document = new DOMParser().parseFromString(readFileSync(INDEX_HTML, 'utf8'), 'text/html');
  const metas = document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');

  it('is in index.html once, in <head>, before any script or stylesheet', () => {
    expect(metas).toHaveLength(1);
    const meta = metas[0]!;
    expect(meta.parentElement?.tagName).toBe('HEAD');
    const first = document.head.querySelector('script, link[rel="stylesheet"], style');
    if (first) {
      // DOCUMENT_POSITION_FOLLOWING: the script comes after the policy that governs it.
      expect(meta.compareDocumentPosition(first) & 4).toBe(4);
    }
  });

  it('is the production policy, less only what a <meta> cannot carry', () => {
    const meta = metas[0]!.getAttribute('content') ?? '';
    expect(directives(meta)).toEqual(directives(META_CSP));
    const headerOnly = directives(PRODUCTION_CSP).filter((d) => !directives(META_CSP).includes(d));
    expect(headerOnly).toEqual(["frame-ancestors 'none'"]);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*/u);
  });
});
