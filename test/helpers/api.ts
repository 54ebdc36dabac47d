import { openBackend, type Backend } from '../../src/main/backend';
import type { ApiError, ApiResult } from '../../src/shared/api/result';
import { tempDir } from './temp';

/** One opener of each kind, shared by the API tests that dial. */
export const ONE_DOWN =
  "Hi Dana, is now a good time? I'm just calling to touch base about our solutions.";
export const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";

export interface ApiHarness {
  backend: Backend;
  /** The value of a call that must succeed; a failure throws with the error attached. */
  call<T>(channel: string, input: unknown): Promise<T>;
  /** The error of a call that must fail. */
  fail(channel: string, input: unknown): Promise<ApiError>;
}

/** A backend on a fresh data directory, driven through the same router the transports use. */
export function apiHarness(): ApiHarness {
  const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
  return {
    backend,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = (await backend.router.handle(channel, input)) as ApiResult<T>;
      if (!result.ok) {
        throw Object.assign(new Error(`${channel}: ${JSON.stringify(result.error)}`), {
          error: result.error,
        });
      }
      return result.value;
    },
    async fail(channel: string, input: unknown): Promise<ApiError> {
      const result = await backend.router.handle(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
  };
}
