import type { ApiClient } from '../shared/api/contract';

// What the preload puts on `window` in the desktop app. Absent in the browser, where
// src/renderer/src/lib/api.ts falls back to HTTP.
declare global {
  interface Window {
    oneup?: ApiClient;
  }
}

export {};
