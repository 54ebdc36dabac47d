import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../src/main/electron/app-protocol';
import { PRODUCTION_CSP } from '../../../src/main/security/csp';
import { tempDir } from '../../helpers/temp';

let root: string;
beforeEach(() => {
  const base = tempDir('oneup-protocol-');
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>OneUp</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
});

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('app:// serves the built renderer', () => {
  it('the page and its assets, each with the strict CSP and the right type', async () => {
    for (const url of ['app://oneup/', 'app://oneup/index.html', 'app://oneup/index.html#/x']) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      expect(await page.text()).toContain('<title>OneUp</title>');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
    const script = await get('app://oneup/assets/app-1a2b.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
  });

  it.each([
    'app://oneup/../secret.txt',
    'app://oneup/%2e%2e/secret.txt',
    'app://oneup/assets/..%2f..%2fsecret.txt',
    'app://oneup/..%5csecret.txt',
    'app://oneup/%00index.html',
    'app://oneup/%E0%A4%A',
    'app://oneup/missing.js',
    'app://oneup/assets',
    'app://elsewhere/index.html',
  ])('refuses %s with a 404 that leaks nothing', async (url) => {
    const reply = await get(url);
    expect(reply.status).toBe(404);
    expect(await reply.text()).toBe('Not found.');
    expect(reply.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://oneup/index.html', 'POST')).status).toBe(405);
    const head = await get('app://oneup/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
