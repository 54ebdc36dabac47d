import { followUpDoneInput, todayInput, type Today } from '../../domain/today';
import { channel, readChannel } from '../channel';

export const todayChannels = {
  /** Who to call now: follow-ups due and overdue, plans ready to dial, prospects in hours. */
  'today:get': readChannel<Today>()(todayInput),
  /** Takes a follow-up off Today without a new call (e.g. done by email). */
  'today:follow-up-done': channel<{ callId: number }>()(followUpDoneInput),
} as const;
