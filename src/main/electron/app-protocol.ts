import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { PRODUCTION_CSP } from '../security/csp';
import { cacheControlFor, contentTypeFor, rendererFileFor } from '../security/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-location';

/**
 * app:// behaves like https for the page: a standard scheme (relative URLs, a real origin, web
 * storage), secure (a secure context), and fetch() allowed. No bypassCSP, no CORS, no service
 * workers: the page needs none of them.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
});

/** Must run before the app is ready, once (Electron's rule for registerSchemesAsPrivileged). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  const scheme: CustomScheme = { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } };
  protocol.registerSchemesAsPrivileged([scheme]);
}

/** Serves app://oneup/… from the built renderer folder, after the app is ready. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}

/** Every answer carries the CSP, so it holds even where a response skips webRequest. */
const HEADERS = {
  'Content-Security-Policy': PRODUCTION_CSP,
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * One request to app://: only GET/HEAD, only host "oneup", only files inside `root` (resolved,
 * then a prefix check, as the browser host does); anything else is a 404 that names nothing.
 */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  const url = URL.canParse(request.url) ? new URL(request.url) : null;
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
  const file = rendererFileFor(root, url.pathname);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) return refuse(404);
  const headers = {
    ...HEADERS,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': cacheControlFor(root, file),
  };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await readFile(file), { status: 200, headers });
}

function refuse(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found.' : 'Method not allowed.', {
    status,
    headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
