import { z } from 'zod';
import { idField } from '../domain/fields';

/** A channel: the zod schema its input must pass, and (as a phantom) the type it returns. */
export interface Channel<Input extends z.ZodType, Result> {
  input: Input;
  /** Never set at runtime; carries the result type for inference. */
  result?: Result;
}

export const channel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): Channel<Input, Result> => ({ input });

export const byId = z.strictObject({ id: idField });
export const nothing = z.strictObject({}).optional();
