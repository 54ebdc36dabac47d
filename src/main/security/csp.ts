/**
 * The Content-Security-Policy of the renderer, shared by the Electron window and the browser host
 * so that both run the page under the same rules. No inline script, no eval, no remote origin.
 * React sets `style` through the CSSOM, which `style-src 'self'` allows.
 */
const PRODUCTION_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const PRODUCTION_CSP = PRODUCTION_DIRECTIVES.join('; ');

/**
 * Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there (with a
 * console warning), so they live only in the header.
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The same policy for `<meta http-equiv="Content-Security-Policy">` in src/renderer/index.html:
 * it holds even where no header reaches the page (Electron applies header CSP to neither file://
 * nor every custom-protocol response), and test/unit/csp.test.ts keeps the two equal.
 */
export const META_CSP = PRODUCTION_DIRECTIVES.filter(
  (directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0]!),
).join('; ');

/** Vite's dev server injects an inline preamble and talks over a websocket for hot reload. */
export const DEV_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://localhost:* http://localhost:*",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
