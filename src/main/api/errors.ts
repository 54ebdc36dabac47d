import type { ApiErrorCode, ApiFieldError } from '../../shared/api/result';

/** Thrown by handlers for the failures a user can act on; the router turns it into data. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: ApiFieldError[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const notFound = (what: string, id: number | string) =>
  new ApiFailure('not_found', `${what} ${id} does not exist.`);

/** `required('Prospect')(repoResult, id)`: the value, or a not_found failure naming what and id. */
export const required =
  (what: string) =>
  <T>(value: T | undefined, id: number): T => {
    if (value === undefined) throw notFound(what, id);
    return value;
  };
