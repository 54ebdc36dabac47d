import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppLocation, type AppLocation } from '../../../src/main/electron/app-location';
import { guardWebContents, installSessionSecurity } from '../../../src/main/electron/security';
import { DEV_CSP, PRODUCTION_CSP } from '../../../src/main/security/csp';
import { FakeSession, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const INDEX_URL = 'app://oneup/index.html';

const appLocation = resolveAppLocation({
  isPackaged: false,
  devServerUrl: undefined,
});
const devLocation = resolveAppLocation({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173/',
});

function securedSession(location: AppLocation): FakeSession {
  const session = new FakeSession();
  installSessionSecurity(session as unknown as Session, location);
  return session;
}

function cspOf(headers: Record<string, string | string[]>): string[] {
  return Object.entries(headers)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]));
}

describe('the Content-Security-Policy served to the window', () => {
  it('is the strict policy for the app page loaded from app://', () => {
    const [csp, ...others] = cspOf(
      securedSession(appLocation).headersFor(`${INDEX_URL}#/prospects`),
    );
    expect(others).toEqual([]);
    expect(csp).toBe(PRODUCTION_CSP);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('replaces a looser policy the response already carried, whatever its spelling', () => {
    const headers = securedSession(appLocation).headersFor(INDEX_URL, {
      'content-security-policy': ["default-src * 'unsafe-eval'"],
      'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'],
      'x-kept': ['yes'],
    });
    expect(cspOf(headers)).toEqual([PRODUCTION_CSP]);
    expect(Object.keys(headers).some((name) => /report-only/i.test(name))).toBe(false);
    expect(headers['x-kept']).toEqual(['yes']);
  });

  it("relaxes only for the dev server's own origin when unpackaged", () => {
    const session = securedSession(devLocation);
    expect(cspOf(session.headersFor('http://localhost:5173/src/main.tsx'))).toEqual([DEV_CSP]);
    expect(cspOf(session.headersFor('http://localhost:9999/'))).toEqual([PRODUCTION_CSP]);
    expect(cspOf(session.headersFor('https://cdn.example/lib.js'))).toEqual([PRODUCTION_CSP]);
  });

  it('never uses the dev server in a packaged app, even if the variable is set', () => {
    const packaged = resolveAppLocation({
      isPackaged: true,
      devServerUrl: 'http://localhost:5173/',
    });
    expect(packaged.kind).toBe('app');
    expect(cspOf(securedSession(packaged).headersFor('http://localhost:5173/'))).toEqual([
      PRODUCTION_CSP,
    ]);
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'hid',
  ])('a request for %s is denied', async (permission) => {
    await expect(securedSession(appLocation).requestPermission(permission)).resolves.toBe(false);
  });

  it('a permission check is answered "no"', () => {
    const session = securedSession(appLocation);
    expect(session.permissionCheckHandler?.({}, 'media', 'file:///')).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', INDEX_URL)).toBe(
      false,
    );
  });
});

describe('navigation and new windows', () => {
  let contents: FakeWebContents;
  let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  let blocked: string[];

  beforeEach(() => {
    contents = new FakeWebContents();
    openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    blocked = [];
    guardWebContents(contents as unknown as WebContents, {
      location: appLocation,
      openExternal,
      onBlocked: (what, url) => blocked.push(`${what} ${url}`),
    });
  });

  it('lets the app move between its own routes', () => {
    expect(contents.tryEvent('will-navigate', `${INDEX_URL}#/settings`)).toBe(true);
    expect(contents.tryEvent('will-navigate', `${INDEX_URL}?tab=2`)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'file:///opt/oneup/out/renderer/index.html',
    'app://other/index.html',
    'app://oneup:8080/index.html',
    'app://user@oneup/index.html',
    'http://localhost:5173/',
    'javascript:alert(1)',
  ])('blocks navigating the window to %s', (url) => {
    expect(contents.tryEvent('will-navigate', url)).toBe(false);
  });

  it('hands a clicked https link to the browser instead of navigating', () => {
    expect(contents.tryEvent('will-navigate', 'https://example.com/pricing')).toBe(false);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/pricing');
  });

  it('does not hand a file: link to the operating system', () => {
    contents.tryEvent('will-navigate', 'file:///etc/passwd');
    expect(openExternal).not.toHaveBeenCalled();
    expect(blocked).toEqual(['external link file:///etc/passwd']);
  });

  it('blocks redirects away from the app and never opens them', () => {
    expect(contents.tryEvent('will-redirect', 'https://evil.example/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, opening only safe links outside', () => {
    expect(contents.tryWindowOpen(`${INDEX_URL}#/prospects`)).toBe('deny');
    expect(contents.tryWindowOpen('tel:+14155550123')).toBe('deny');
    expect(contents.tryWindowOpen('javascript:alert(1)')).toBe('deny');
    expect(contents.tryWindowOpen('http://insecure.example/')).toBe('deny');
    expect(openExternal.mock.calls).toEqual([['tel:+14155550123']]);
  });

  it('refuses to attach a <webview>', () => {
    expect(contents.tryEvent('will-attach-webview')).toBe(false);
  });

  it('keeps the dev server origin as "ours" only in a dev location', () => {
    const devContents = new FakeWebContents();
    guardWebContents(devContents as unknown as WebContents, {
      location: devLocation,
      openExternal,
    });
    expect(devContents.tryEvent('will-navigate', 'http://localhost:5173/#/settings')).toBe(true);
    expect(devContents.tryEvent('will-navigate', 'http://localhost:5174/')).toBe(false);
    expect(devContents.tryEvent('will-navigate', INDEX_URL)).toBe(false);
  });
});
