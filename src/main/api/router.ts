import type { z } from 'zod';
import {
  contract,
  isChannelName,
  isReadChannel,
  type ChannelName,
  type ChannelParsedInput,
  type ChannelResult,
} from '../../shared/api/contract';
import {
  fail,
  ok,
  type ApiErrorCode,
  type ApiFieldError,
  type ApiResult,
} from '../../shared/api/result';
import { ApiFailure } from './errors';

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/**
 * One feature's handler map: every channel named `<prefix>:…`, e.g. `FeatureHandlers<'plans'>`.
 * A channel added to the contract is then missing from its feature's map until it is handled.
 */
export type FeatureHandlers<Prefix extends string> = Pick<
  Handlers,
  Extract<ChannelName, `${Prefix}:${string}`>
>;

/** An ApiResult already as JSON text, with what a transport needs to know without parsing it. */
export interface SerializedResult {
  json: string;
  ok: boolean;
  /** The error's code when `ok` is false. */
  code?: ApiErrorCode;
}

export interface ApiRouter {
  handle(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * The same answer as JSON text, for the browser host: a read served by a reader thread arrives
   * as text and goes out as-is, never parsed and serialized again on the main thread.
   */
  handleSerialized?(channel: string, input: unknown): Promise<SerializedResult>;
}

/** What a reader thread sends back: the answer as text, or an unexpected error to report. */
export type ReadOutcome =
  | SerializedResult
  | { internalError: { message: string; code?: string; stack?: string } }
  /** No reader could take it (none open, or they closed meanwhile): serve it here. */
  | 'unavailable';

/** Runs read channels somewhere else than the main thread (api/read-pool.ts). */
export interface ReadExecutor {
  run(channel: ChannelName, input: unknown): Promise<ReadOutcome> | 'unavailable';
}

export interface RouterOptions {
  /** Where unexpected errors are reported; the caller gets only a generic message. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Serves the channels the contract declares reads; without it, every channel runs here. */
  reads?: ReadExecutor;
}

type Answer = { result: ApiResult<unknown> } | SerializedResult;

/**
 * One router for every transport: looks the channel up, parses the input with the channel's zod
 * schema, runs the handler (a read on a reader thread when there are readers) and wraps whatever
 * happens in an ApiResult. It never throws.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Required<ApiRouter> {
  const answer = async (channel: string, input: unknown): Promise<Answer> => {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return { result: fail('not_found', `Unknown channel "${String(channel).slice(0, 80)}".`) };
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = toFieldErrors(parsed.error);
      return { result: fail('invalid_input', describeFields(fields), fields) };
    }
    if (options.reads && isReadChannel(channel)) {
      const pending = options.reads.run(channel, parsed.data);
      const outcome = pending === 'unavailable' ? pending : await pending;
      if (outcome !== 'unavailable') {
        if ('json' in outcome) return outcome;
        const { message, ...facts } = outcome.internalError;
        return { result: toFailure(channel, Object.assign(new Error(message), facts), options) };
      }
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { result: ok(await handler(parsed.data)) };
    } catch (error) {
      return { result: toFailure(channel, error, options) };
    }
  };
  return {
    async handle(channel, input) {
      const settled = await answer(channel, input);
      return 'result' in settled
        ? settled.result
        : (JSON.parse(settled.json) as ApiResult<unknown>);
    },
    async handleSerialized(channel, input) {
      const settled = await answer(channel, input);
      return 'result' in settled ? serialize(settled.result) : settled;
    },
  };
}

export function serialize(result: ApiResult<unknown>): SerializedResult {
  const json = JSON.stringify(result);
  return result.ok ? { json, ok: true } : { json, ok: false, code: result.error.code };
}

function toFieldErrors(error: z.ZodError): ApiFieldError[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

function describeFields(fields: ApiFieldError[]): string {
  const first = fields[0];
  if (!first) return 'Invalid input.';
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return `Invalid input: ${first.path}: ${first.message}${more}`;
}

function toFailure(channel: string, error: unknown, options: RouterOptions): ApiResult<never> {
  const known = knownFailure(error);
  if (known) return known;
  options.onInternalError?.(channel, error);
  return fail('internal', 'Something went wrong on our side; nothing was changed.');
}

/**
 * The failures a rep can act on (a refusal, a conflict, a full disk, a busy file), as they cross
 * the boundary; null for anything unexpected, which is reported and answered generically.
 */
export function knownFailure(error: unknown): ApiResult<never> | null {
  if (error instanceof ApiFailure) return fail(error.code, error.message, error.fields);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return fail('conflict', 'That change conflicts with data already saved.');
  }
  if (code === 'SQLITE_FULL') {
    return fail('internal', 'The disk is full: nothing was saved. Free some space and try again.');
  }
  if (code === 'SQLITE_BUSY') {
    return fail('conflict', 'The database is busy; nothing was saved. Try again.');
  }
  return null;
}
