import { z } from 'zod';
import { EMAIL_MAX, isMailAddress } from './email';

/** Length caps for stored text: generous for real use, far below anything that could hurt. */
export const LIMITS = {
  name: 200,
  shortText: 200,
  phone: 40,
  email: EMAIL_MAX,
  timezone: 64,
  tag: 40,
  tags: 30,
  notes: 20_000,
  headline: 300,
  longText: 10_000,
  url: 2_000,
  query: 500,
  pageSize: 500,
} as const;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text read
 * differently from how it is stored ("Trojan Source"): a name or link could display as something
 * else entirely. Right-to-left text needs none of them; the plain marks U+200E/U+200F stay allowed.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
const NO_BIDI_CONTROLS = 'Contains invisible text-direction characters; retype it without them.';

/** A single-line text field: trimmed, control and text-direction characters refused, capped. */
export const lineText = (max: number) =>
  z
    .string()
    .max(max * 4, `Must be at most ${max} characters.`) // cheap guard before trimming huge input
    .trim()
    .max(max, `Must be at most ${max} characters.`)
    .refine((value) => !/[\u0000-\u001f\u007f]/u.test(value), 'Must be a single line of text.')
    .refine((value) => !BIDI_CONTROLS.test(value), NO_BIDI_CONTROLS);

/** Multi-line text: newlines and tabs allowed, other control and text-direction characters refused. */
export const longText = (max: number) =>
  z
    .string()
    .max(max, `Must be at most ${max} characters.`)
    .refine(
      (value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(value),
      'Contains control characters.',
    )
    .refine((value) => !BIDI_CONTROLS.test(value), NO_BIDI_CONTROLS);

export const requiredLine = (max: number, label: string) =>
  lineText(max).refine((value) => value.length > 0, `${label} is required.`);

export const tagList = z
  .array(lineText(LIMITS.tag).refine((tag) => tag.length > 0, 'A tag cannot be empty.'))
  .max(LIMITS.tags, `At most ${LIMITS.tags} tags.`)
  .transform((tags) => dedupeCaseInsensitive(tags));

export function dedupeCaseInsensitive(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/** Digits with the usual separators, an optional leading +, an optional extension. */
const PHONE = /^\+?[\d\s().\-/]{5,30}(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/iu;

export const phoneField = lineText(LIMITS.phone).refine(
  (value) => value === '' || (PHONE.test(value) && value.replace(/\D/gu, '').length >= 5),
  'Enter a phone number that can be dialed, e.g. +1 415 555 0134.',
);

/** A plain address or nothing: the same rule decides whether the renderer links it (email.ts). */
export const emailField = lineText(LIMITS.email).refine(
  (value) => value === '' || isMailAddress(value),
  'Enter an email address like name@company.com.',
);

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timezoneField = lineText(LIMITS.timezone).refine(
  (value) => value === '' || isValidTimeZone(value),
  'Use an IANA time zone such as America/Chicago or Europe/Berlin.',
);

/** A calendar date as `2026-03-05`, or '' when unknown (a column with no NULL). */
export const optionalDateField = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || z.iso.date().safeParse(value).success,
    'Use a date like 2026-03-05.',
  );

export const idField = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The revision a save was based on: the one the rep's screen last loaded or saved. */
export const revisionField = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const pageFields = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
};

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}
