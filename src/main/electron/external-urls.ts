import { isMailAddress } from '../../shared/domain/email';
import { parseUrl } from './app-location';

/**
 * The only kinds of link OneUp hands to the operating system: dialling a prospect (the phone
 * app's `tel:`, a softphone's `callto:` or `sip:`, as the rep chose in Settings), writing an
 * email, opening a web page over TLS. Anything else (file:, javascript:, http:, custom app
 * schemes) could run or expose something on the rep's machine.
 */
const EXTERNAL_PROTOCOLS = new Set(['tel:', 'callto:', 'sip:', 'mailto:', 'https:']);
const DIAL_PROTOCOLS = new Set(['tel:', 'callto:', 'sip:']);
/** What a dial link may carry: a number, one leading +, separators, then maybe an extension. */
const DIALABLE_NUMBER = /^\+?[\d().-]{3,40}$/u;
const EXTENSION = /(?:;ext=|,)\d{1,6}$/u;

/** Long URLs are refused outright: no real phone number, address or page needs this much. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Returns the normalised URL to give `shell.openExternal`, or null when it must not be opened.
 * The parsed form is returned, not the input, so what the OS receives is what was checked.
 */
export function externalUrlToOpen(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH)
    return null;
  if (/^mailto:/iu.test(raw)) return mailtoToOpen(raw);
  const url = parseUrl(raw);
  if (!url || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:') {
    // Credentials in a link are a phishing trick (https://bank.com@evil.example), never needed.
    if (!url.hostname || url.username || url.password) return null;
  } else if (DIAL_PROTOCOLS.has(url.protocol)) {
    // A number and nothing else: no `sip:user@host` pointing elsewhere, no `?` parameters.
    if (url.search || url.hash || !DIALABLE_NUMBER.test(url.pathname.replace(EXTENSION, '')))
      return null;
  }
  return url.href;
}

/**
 * `mailto:` plus one plain address and nothing else: a query would let a link written by someone
 * else add recipients or a body (`mailto:x@b.co?bcc=attacker@evil.example&body=…`) in the rep's
 * own mail app. The address is checked as written, before any URL parser decodes it.
 */
function mailtoToOpen(raw: string): string | null {
  const address = raw.slice('mailto:'.length);
  return isMailAddress(address) ? `mailto:${address}` : null;
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return externalUrlToOpen(raw) !== null;
}
