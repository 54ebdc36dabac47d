import type { ApiErrorCode, ApiFieldError } from '../../../shared/api/result';

/**
 * A failure the backend reported (or the transport could not reach it), thrown by `unwrap` so
 * React Query and the autosave see it. Importable anywhere: it carries data, not the transport.
 */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | string,
    message: string,
    readonly fields: ApiFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** True when `error` is the backend refusing a save based on an older revision. */
export const isConflict = (error: unknown): error is ApiCallError =>
  error instanceof ApiCallError && error.code === 'conflict';

/** True when `error` is this tab losing OneUp (down, or restarted with a new link), which
 * ConnectionBanner already says once for the whole window. */
export const isConnectionError = (error: unknown): error is ApiCallError =>
  error instanceof ApiCallError && (error.code === 'unreachable' || error.code === 'unauthorized');

/** The message to show for anything thrown by an API call. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
