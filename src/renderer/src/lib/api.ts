import { buildClient } from '../../../shared/api/client';
import type { ApiClient, ChannelName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { ApiCallError } from './api-error';

/**
 * The only module that knows how the renderer reaches the backend: the Electron preload's bridge
 * when it exists, otherwise the browser host's `POST /api/<channel>` with the launch token.
 */
const TOKEN_KEY = 'oneup.token';

/** Moves the token from the URL fragment into sessionStorage so it is not left in the address bar. */
export function adoptTokenFromUrl(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/u.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(TOKEN_KEY, match[1]);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

async function overHttp(channel: ChannelName, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'OneUp is not reachable. Is the host still running?' },
    };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected reply (${response.status}).` },
    };
  }
}

export const api: ApiClient = window.oneup ?? buildClient(overHttp);

export const transport: 'electron' | 'browser' = window.oneup ? 'electron' : 'browser';

// Moved to ./api-error so screens can recognise failures without importing the transport;
// re-exported here until every caller imports it from there.
export { ApiCallError } from './api-error';

/** Unwraps a result for React Query: failures become thrown ApiCallErrors carrying the fields. */
export async function unwrap<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new ApiCallError(settled.error.code, settled.error.message, settled.error.fields);
}
