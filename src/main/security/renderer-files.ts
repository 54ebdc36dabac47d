import { extname, join, resolve, sep } from 'node:path';

/**
 * The built renderer's files, as both the browser host (http://127.0.0.1) and the desktop app
 * (app://oneup) serve them: one confinement rule, so neither can be talked into serving a file
 * outside the renderer folder.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root` (an absolute, resolved folder), or null when it would
 * leave it. `urlPath` is the URL's pathname, still percent-encoded: an encoded `/`, `\` or `..`
 * is decoded here and then meets the same prefix check as a plain one.
 */
export function rendererFileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/u, '');
  const file = resolve(join(root, relative));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Hashed asset names can be cached forever; the HTML must always be fresh. */
export function cacheControlFor(root: string, file: string): string {
  return file.startsWith(join(root, 'assets') + sep)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
