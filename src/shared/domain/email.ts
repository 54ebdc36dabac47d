import { z } from 'zod';

/** RFC 5321's limit on a whole address. */
export const EMAIL_MAX = 254;

/**
 * Characters that must never reach a `mailto:` URL from an address: `?` starts headers
 * (`?bcc=attacker@evil.example&body=…`), `,` and `;` add recipients, `%` smuggles any of them
 * percent-encoded, `&` and `#` split headers and fragments, and whitespace or control characters
 * hide the rest. zod's email pattern already excludes them; this says so where it matters.
 */
const MAILTO_UNSAFE = /[?,;%&#/\\<>()[\]:"\s\p{Cc}\p{Cf}]/u;
/** Built once: an import checks every row's address with it. */
const ADDRESS = z.email();

/** A plain address (`name@company.com`): nothing a `mailto:` link would read as more than that. */
export function isMailAddress(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= EMAIL_MAX &&
    !MAILTO_UNSAFE.test(value) &&
    ADDRESS.safeParse(value).success
  );
}

/**
 * The `mailto:` link for an address, or null when it is not a plain address. Rows saved before
 * the rule was this strict may hold anything, so the renderer shows those as text, never a link.
 */
export function mailtoHref(email: string): string | null {
  return isMailAddress(email) ? `mailto:${email}` : null;
}
