import { openBackend, type Backend } from '../../src/main/backend';
import type { ChannelName, ChannelResult } from '../../src/shared/api/contract';
import type { ApiError, ApiResult } from '../../src/shared/api/result';
import type { CallArgs } from './call-args';
import { tempDir } from './temp';

export type { CallArgs } from './call-args';

/** One opener of each kind, shared by the API tests that dial. */
export const ONE_DOWN =
  "Hi Dana, is now a good time? I'm just calling to touch base about our solutions.";
export const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";

/** Anything that serves the API router: a backend, or a test double of one. */
type Served = Pick<Backend, 'router'>;

/**
 * Calls a channel with an input its schema accepts and returns its typed value; a failure throws
 * with the error attached. The types come from the contract, so a renamed field fails `tsc`.
 */
export async function call<C extends ChannelName>(
  backend: Served,
  ...[channel, input]: CallArgs<C>
): Promise<ChannelResult<C>> {
  const result = await backend.router.handle(channel, input);
  if (!result.ok) {
    throw Object.assign(new Error(`${channel}: ${JSON.stringify(result.error)}`), {
      error: result.error,
    });
  }
  return result.value as ChannelResult<C>;
}

/** The error of a call that must fail; the input is untyped because it is usually wrong on purpose. */
export async function failure(
  backend: Served,
  channel: ChannelName,
  input?: unknown,
): Promise<ApiError> {
  const result = await backend.router.handle(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

/**
 * The untyped escape, for tests about the boundary itself: unknown channel names, inputs of the
 * wrong type. Everything else goes through `call`.
 */
export function callRaw(
  backend: Served,
  channel: string,
  input: unknown,
): Promise<ApiResult<unknown>> {
  return backend.router.handle(channel, input);
}

export interface ApiHarness {
  backend: Backend;
  /** The value of a call that must succeed; a failure throws with the error attached. */
  call<C extends ChannelName>(...args: CallArgs<C>): Promise<ChannelResult<C>>;
  /** The error of a call that must fail. */
  fail(channel: ChannelName, input: unknown): Promise<ApiError>;
}

/** A backend on a fresh data directory, driven through the same router the transports use. */
export function apiHarness(): ApiHarness {
  const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
  return {
    backend,
    call: (...args) => call(backend, ...args),
    fail: (channel, input) => failure(backend, channel, input),
  };
}
