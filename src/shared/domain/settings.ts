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
}

export const DEFAULT_SETTINGS: Settings = {
  repName: '',
  repCompany: '',
  wordsPerMinute: 150,
  theme: 'system',
  dialHandoff: 'tel',
};

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
});

export const settingsUpdateInput = settingsSchema.partial();
