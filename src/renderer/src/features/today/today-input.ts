import type { ChannelInput } from '../../../../shared/api/contract';
import { localDate } from '../../../../shared/domain/local-date';

/**
 * "Now" is the renderer's clock (the rep's machine, and the clock an e2e test sets), sent with
 * the rep's own calendar date so "due today" means their today. Free of React and the transport:
 * the page's first script (src/early.ts) asks for Today with it too.
 */
export const todayInput = (now: Date): ChannelInput<'today:get'> => ({
  now: now.toISOString(),
  today: localDate(now),
});
