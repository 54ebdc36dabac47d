import type { z } from 'zod';
import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelParsedInput,
  type ChannelResult,
} from '../../shared/api/contract';
import { fail, ok, type ApiFieldError, type ApiResult } from '../../shared/api/result';
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

export interface ApiRouter {
  handle(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors are reported; the caller gets only a generic message. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * One router for every transport: looks the channel up, parses the input with the channel's zod
 * schema, runs the handler and wraps whatever happens in an ApiResult. It never throws.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): ApiRouter {
  return {
    async handle(channel, input) {
      if (typeof channel !== 'string' || !isChannelName(channel)) {
        return fail('not_found', `Unknown channel "${String(channel).slice(0, 80)}".`);
      }
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        const fields = toFieldErrors(parsed.error);
        return fail('invalid_input', describeFields(fields), fields);
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        return toFailure(channel, error, options);
      }
    },
  };
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
  options.onInternalError?.(channel, error);
  return fail('internal', 'Something went wrong on our side; nothing was changed.');
}
