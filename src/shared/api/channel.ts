import { z } from 'zod';
import { idField } from '../domain/fields';

/**
 * What a channel does to the library. A `read` only reads it, so any connection may serve it: the
 * backend runs reads on a pool of read-only connections in worker threads, beside the one
 * connection that writes. Everything else is a `write` and stays on the writing connection.
 */
export type ChannelAccess = 'read' | 'write';

/** A channel: the zod schema its input must pass, and (as a phantom) the type it returns. */
export interface Channel<Input extends z.ZodType, Result> {
  input: Input;
  access: ChannelAccess;
  /** Never set at runtime; carries the result type for inference. */
  result?: Result;
}

/** A channel that writes, or needs the main process's state (backups, health, files). */
export const channel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): Channel<Input, Result> => ({ input, access: 'write' });

/**
 * A channel that only reads the library (plain SELECTs, no state outside the database). A reader
 * connection is opened read-only, so a write slipped into such a handler fails with
 * SQLITE_READONLY instead of landing outside the writing connection's order.
 */
export const readChannel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): Channel<Input, Result> => ({ input, access: 'read' });

export const byId = z.strictObject({ id: idField });
export const nothing = z.strictObject({}).optional();
