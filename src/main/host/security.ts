import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A fresh 256-bit secret per launch, URL-safe so it can ride in the page's #fragment. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison; hashing first makes the lengths equal so length leaks nothing. */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b) && presented.length === expected.length;
}

export interface Refusal {
  status: number;
  code: 'unauthorized' | 'invalid_input';
  message: string;
}

/**
 * The checks every request passes before it is routed. They stop DNS rebinding (Host), other
 * sites' pages (Origin, Sec-Fetch-Site) and form posts that skip CORS preflight (Content-Type).
 */
export function refuseRequest(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  port: number,
  token: string,
): Refusal | undefined {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host)) {
    return {
      status: 421,
      code: 'unauthorized',
      message: 'This OneUp host only answers on its own loopback address.',
    };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return {
      status: 403,
      code: 'unauthorized',
      message: 'Requests from other origins are refused.',
    };
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, code: 'unauthorized', message: 'Cross-site requests are refused.' };
  }
  if (!path.startsWith('/api/')) return undefined;
  if (method !== 'POST')
    return { status: 405, code: 'invalid_input', message: 'The API only accepts POST.' };
  const contentType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return {
      status: 415,
      code: 'invalid_input',
      message: 'The API only accepts application/json.',
    };
  }
  const authorization = headers.authorization ?? '';
  const presented = authorization.startsWith('Bearer ') ? authorization.slice(7) : undefined;
  if (!tokenMatches(token, presented)) {
    return {
      status: 401,
      code: 'unauthorized',
      message: 'Missing or wrong token. Open the exact URL the host printed.',
    };
  }
  return undefined;
}
