import { DEV_CSP, PRODUCTION_CSP } from '../security/csp';

/**
 * The desktop app's own origin. The built renderer is served from it by app-protocol.ts, not from
 * file://: a file:// page has an opaque origin shared with every file on disk, and Electron applies
 * neither header CSP nor the usual same-origin rules to it the way it does to a standard scheme.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'oneup';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Where the window's page comes from. Everything that decides "is this our app?" (IPC senders,
 * navigation, the CSP) asks this one value, so the answer cannot drift between checks.
 */
export type AppLocation =
  { kind: 'app'; indexUrl: string } | { kind: 'dev'; origin: string; url: string };

export interface LocationInputs {
  isPackaged: boolean;
  /** electron-vite dev sets ELECTRON_RENDERER_URL to its dev server. */
  devServerUrl: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A packaged app always loads its own files, from app://. Unpackaged, the dev server is used only
 * when it is plain http on loopback: a stray environment variable must not point the window (and
 * its IPC bridge) at a remote site.
 */
export function resolveAppLocation(inputs: LocationInputs): AppLocation {
  const dev = inputs.isPackaged ? null : parseLoopbackDevUrl(inputs.devServerUrl);
  if (dev) return { kind: 'dev', origin: dev.origin, url: dev.href };
  return { kind: 'app', indexUrl: APP_INDEX_URL };
}

function parseLoopbackDevUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url;
}

/**
 * True when `url` is a page of our app: anything on app://oneup (which serves only the built
 * renderer folder), or exactly the dev server's origin. Node's URL gives a custom scheme the
 * origin "null", so scheme and host are compared instead, exactly (Chromium lower-cases a
 * standard scheme's host, so our own URLs always match).
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  switch (location.kind) {
    case 'app':
      return (
        parsed.protocol === `${APP_SCHEME}:` &&
        parsed.host === APP_HOST &&
        parsed.username === '' &&
        parsed.password === '' &&
        parsed.port === ''
      );
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
 * every other response, and everything in a packaged or app://-loaded app, gets the strict one.
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
