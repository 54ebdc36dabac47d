/**
 * The envelope every API call returns, over Electron IPC and over the browser host alike.
 * Errors travel as data because `ipcMain.handle` keeps only an Error's message.
 */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'internal'
  /** The renderer's transport could not reach the backend at all; the backend never sends it. */
  | 'unreachable';

export interface ApiFieldError {
  /** Dotted path of the offending field, e.g. `tags.2` or `name`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fields?: ApiFieldError[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (
  code: ApiErrorCode,
  message: string,
  fields?: ApiFieldError[],
): ApiResult<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
