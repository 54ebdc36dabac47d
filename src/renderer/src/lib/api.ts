import type { ApiResult } from '../../../shared/api/result';
import { ApiCallError } from './api-error';

/**
 * The only module screens' queries reach the backend through. The transport itself (Electron
 * bridge or HTTP) lives in ./transport, which the page's first script also loads.
 */
export { adoptTokenFromUrl, api, transport } from './transport';

// Moved to ./api-error so screens can recognise failures without importing the transport;
// re-exported here until every caller imports it from there.
export { ApiCallError } from './api-error';

/** Unwraps a result for React Query: failures become thrown ApiCallErrors carrying the fields. */
export async function unwrap<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new ApiCallError(settled.error.code, settled.error.message, settled.error.fields);
}
