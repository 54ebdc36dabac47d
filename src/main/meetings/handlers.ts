import { required } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import {
  getMeeting,
  meetingsForBriefing,
  meetingsForProspect,
  upcomingMeetings,
} from './repository';
import { bookMeeting, cancelBookedMeeting, changeMeeting, inviteFor } from './service';

type MeetingChannels = FeatureHandlers<'meetings'>;

export const meetingHandlers = (db: Db): MeetingChannels => ({
  'meetings:create': (input) => bookMeeting(db, input),
  'meetings:get': ({ id }) => required('Meeting')(getMeeting(db, id), id),
  'meetings:upcoming': ({ limit }) => upcomingMeetings(db, limit),
  'meetings:for-prospect': ({ prospectId }) => meetingsForProspect(db, prospectId),
  'meetings:for-briefing': ({ briefingId }) => meetingsForBriefing(db, briefingId),
  'meetings:invite': ({ id }) => inviteFor(db, id),
  'meetings:update': (input) => changeMeeting(db, input),
  'meetings:cancel': ({ id }) => cancelBookedMeeting(db, id),
});
