import { z } from 'zod';
import { DIAL_HANDOFFS, type DialHandoff } from './dialing';
import { LIMITS, lineText } from './fields';

export interface Settings {
  repName: string;
  repCompany: string;
  /** Speaking pace used to estimate how long an opener takes to say. */
  wordsPerMinute: number;
  theme: 'system' | 'light' | 'dark';
  /** How a number goes to the rep's phone: see ./dialing. */
  dialHandoff: DialHandoff;
  /** Calling hours in the prospect's local time, "HH:MM" 24-hour; start before end. */
  callingHoursStart: string;
  callingHoursEnd: string;
  /** Days a prospect may be called, 0 = Sunday … 6 = Saturday, in their time zone. */
  callingDays: number[];
  /** Set once the first-run questions (name, company, calling hours) were answered or skipped. */
  firstRunDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  repName: '',
  repCompany: '',
  wordsPerMinute: 150,
  theme: 'system',
  dialHandoff: 'tel',
  callingHoursStart: '08:00',
  callingHoursEnd: '18:00',
  callingDays: [1, 2, 3, 4, 5],
  firstRunDone: false,
};

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Use a 24-hour time like 08:00 or 17:30.');

export const settingsSchema = z.strictObject({
  repName: lineText(LIMITS.name),
  repCompany: lineText(LIMITS.shortText),
  wordsPerMinute: z
    .number()
    .int('Use a whole number of words per minute.')
    .min(80, 'A pace under 80 words per minute is unusually slow; use 80–250.')
    .max(250, 'A pace over 250 words per minute is faster than speech; use 80–250.'),
  theme: z.enum(['system', 'light', 'dark']),
  dialHandoff: z.enum(DIAL_HANDOFFS, 'Pick how numbers go to your phone.'),
  callingHoursStart: clockTime,
  callingHoursEnd: clockTime,
  callingDays: z
    .array(z.number().int().min(0).max(6))
    .max(7)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  firstRunDone: z.boolean(),
});

/**
 * A change names only its own fields; calling hours that end before they start are refused on
 * the field that was changed, checked against the stored other end by the handler.
 */
export const settingsUpdateInput = settingsSchema.partial();
