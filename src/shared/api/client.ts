import { CHANNEL_NAMES, type ChannelName } from './channel-names';
import type { ApiClient } from './contract';
import type { ApiResult } from './result';

/**
 * Builds the nested client (`api.prospects.list(…)`) from one transport function; used by the
 * browser's lib/api.ts. It needs only the channel names, not their zod schemas, so the renderer's
 * transport loads without them: the start-up requests leave before the rest of the app's
 * JavaScript is evaluated (issue #11).
 */
export function buildClient(
  send: (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>>,
): ApiClient {
  const client: Record<
    string,
    Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>
  > = {};
  for (const name of CHANNEL_NAMES) {
    const [feature, verb] = name.split(':') as [string, string];
    client[feature] ??= {};
    client[feature][verb] = (input?: unknown) => send(name, input);
  }
  return client as unknown as ApiClient;
}
