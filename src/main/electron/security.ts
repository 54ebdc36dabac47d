import type { Session, WebContents } from 'electron';
import { cspForResponse, isAppUrl, type AppLocation } from './app-location';
import { externalUrlToOpen } from './external-urls';

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * Replaces whatever CSP a response carries (any spelling of the header name) with ours, so a dev
 * server or a stray file cannot loosen it.
 */
export function withCspHeader(headers: ResponseHeaders | undefined, csp: string): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only')
      continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/**
 * Session-wide rules: our CSP on every response, and no permission (camera, microphone,
 * notifications, geolocation, clipboard reads, HID/serial/USB…) ever granted; OneUp needs none.
 */
export function installSessionSecurity(
  session: Pick<
    Session,
    'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'
  >,
  location: AppLocation,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withCspHeader(
        details.responseHeaders,
        cspForResponse(details.url, location),
      ),
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface GuardDeps {
  location: AppLocation;
  openExternal: (url: string) => Promise<void>;
  onBlocked?: (what: string, url: string) => void;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every webContents the app creates (app 'web-contents-created'), so a window or frame
 * added later cannot forget it. Nothing opens new windows, nothing navigates away from our page,
 * and no <webview> is ever attached. Links the rep clicks to a phone number, an email address or
 * an https page go to the operating system instead.
 */
export function guardWebContents(contents: GuardedContents, deps: GuardDeps): void {
  const openOutside = (url: string): void => {
    const safe = externalUrlToOpen(url);
    if (!safe) {
      deps.onBlocked?.('external link', url);
      return;
    }
    deps
      .openExternal(safe)
      .catch((error: unknown) => deps.onBlocked?.(`external link (${String(error)})`, url));
  };

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, deps.location)) return;
    event.preventDefault();
    // A plain <a href="tel:…"> click arrives here rather than at the window-open handler.
    openOutside(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, deps.location)) return;
    event.preventDefault();
    deps.onBlocked?.('redirect', event.url);
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.onBlocked?.('webview', '');
  });
}
