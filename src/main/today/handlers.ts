import { ApiFailure } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { markFollowUpDone } from './repository';
import { buildToday } from './service';

type TodayChannels = FeatureHandlers<'today'>;

export const todayHandlers = (db: Db): TodayChannels => ({
  'today:get': (input) => buildToday(db, input),
  'today:follow-up-done': ({ callId, undo }) => {
    if (!markFollowUpDone(db, callId, undo)) {
      throw new ApiFailure('not_found', `Call ${callId} does not exist.`);
    }
    return { callId };
  },
});
