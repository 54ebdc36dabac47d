import {
  meetingCreateInput,
  meetingUpdateInput,
  meetingUpcomingInput,
  meetingsForBriefingInput,
  meetingsForProspectInput,
  type Meeting,
  type MeetingInvite,
} from '../../domain/meeting';
import { byId, channel, readChannel } from '../channel';

export const meetingChannels = {
  /** Books a meeting; given a call, it replaces the meeting that call booked before. */
  'meetings:create': channel<Meeting>()(meetingCreateInput),
  'meetings:get': readChannel<Meeting>()(byId),
  /** Meetings that have not ended yet, soonest first: the Today list. */
  'meetings:upcoming': readChannel<Meeting[]>()(meetingUpcomingInput),
  'meetings:for-prospect': readChannel<Meeting[]>()(meetingsForProspectInput),
  'meetings:for-briefing': readChannel<Meeting[]>()(meetingsForBriefingInput),
  /**
   * The meeting as an `.ics` calendar invite, with its briefing in the description. For a
   * cancelled meeting it is the cancellation (METHOD:CANCEL, STATUS:CANCELLED).
   */
  'meetings:invite': readChannel<MeetingInvite>()(byId),
  /** Moves or changes a meeting: same invite UID, its SEQUENCE one higher. */
  'meetings:update': channel<Meeting>()(meetingUpdateInput),
  /** Cancels a meeting: it leaves every list, and its invite becomes a cancellation. */
  'meetings:cancel': channel<Meeting>()(byId),
} as const;
