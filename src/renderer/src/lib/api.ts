import { buildClient } from '../../../shared/api/client';
import type { ApiClient, ChannelName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { ApiCallError } from './api-error';
import { reportConnection } from './connection';

/**
 * The only module that knows how the renderer reaches the backend: the Electron preload's bridge
 * when it exists, otherwise the browser host's `POST /api/<channel>` with the launch token.
 */
const TOKEN_KEY = 'oneup.token';

const TOKEN_IN_HASH = /(?:^#|&)token=([A-Za-z0-9_-]+)/u;

/**
 * Moves the token from the URL fragment into sessionStorage so it is not left in the address bar,
 * and puts `returnTo` (a route) there instead. True when there was a token to take.
 */
export function adoptTokenFromUrl(returnTo = '#/'): boolean {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (!match?.[1]) return false;
  sessionStorage.setItem(TOKEN_KEY, match[1]);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}${returnTo}`);
  return true;
}

/**
 * The host restarted and printed a new link, and the rep pasted it into this tab: only the part
 * after `#` changed, so the page does not reload and the start-up code never sees it. The token is
 * taken in place and the rep is put back on the screen they were on, with everything they typed
 * still there; `onAdopted` then asks again for what failed (saves retry on their own).
 */
export function adoptNewLaunchLinks(onAdopted: () => void): void {
  window.addEventListener('hashchange', (event) => {
    const before = new URL(event.oldURL).hash;
    const returnTo = before.startsWith('#/') && !TOKEN_IN_HASH.test(before) ? before : '#/';
    if (!adoptTokenFromUrl(returnTo)) return;
    // The router follows `hashchange`; replaceState sends none.
    window.dispatchEvent(
      new HashChangeEvent('hashchange', { oldURL: event.newURL, newURL: window.location.href }),
    );
    onAdopted();
  });
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
    reportConnection('unreachable');
    return {
      ok: false,
      error: { code: 'unreachable', message: 'OneUp is not reachable.' },
    };
  }
  try {
    const result = (await response.json()) as ApiResult<unknown>;
    const refused = !result.ok && result.error.code === 'unauthorized';
    reportConnection(refused ? 'link-expired' : 'ok');
    if (!result.ok && result.error.code === 'unauthorized') {
      // What the rep can do from here: the tab keeps what they typed until the new link is in.
      return {
        ok: false,
        error: {
          ...result.error,
          message:
            'This tab’s link is no longer valid (OneUp was restarted, or opened from an old link). Paste the link OneUp printed into this tab’s address bar: what you typed here is kept and saved then.',
        },
      };
    }
    return result;
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
