import type { ApiClient } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    oneup?: ApiClient;
  }
}
