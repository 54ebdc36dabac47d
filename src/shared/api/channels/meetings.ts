import {
  meetingCreateInput,
  meetingUpdateInput,
  meetingUpcomingInput,
  meetingsForBriefingInput,
  meetingsForProspectInput,
  type Meeting,
  type MeetingInvite,
} from '../../domain/meeting';
import { byId, channel } from '../channel';

export const meetingChannels = {
  /** Books a meeting; given a call, it replaces the meeting that call booked before. */
  'meetings:create': channel<Meeting>()(meetingCreateInput),
  'meetings:get': channel<Meeting>()(byId),
  /** Meetings that have not ended yet, soonest first: the Today list. */
  'meetings:upcoming': channel<Meeting[]>()(meetingUpcomingInput),
  'meetings:for-prospect': channel<Meeting[]>()(meetingsForProspectInput),
  'meetings:for-briefing': channel<Meeting[]>()(meetingsForBriefingInput),
  /**
   * The meeting as an `.ics` calendar invite, with its briefing in the description. For a
   * cancelled meeting it is the cancellation (METHOD:CANCEL, STATUS:CANCELLED).
   */
  'meetings:invite': channel<MeetingInvite>()(byId),
  /** Moves or changes a meeting: same invite UID, its SEQUENCE one higher. */
  'meetings:update': channel<Meeting>()(meetingUpdateInput),
  /** Cancels a meeting: it leaves every list, and its invite becomes a cancellation. */
  'meetings:cancel': channel<Meeting>()(byId),
} as const;
