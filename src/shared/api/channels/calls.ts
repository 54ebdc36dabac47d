import {
  addNoteInput,
  callListInput,
  editNoteInput,
  endCallInput,
  logCallInput,
  prepareBriefingInput,
  saveDraftInput,
  type Call,
  type CallDetail,
  type CallNote,
  type DraftSaveResult,
  type EndedCall,
  type PreparedBriefing,
} from '../../domain/call';
import { byId, channel, readChannel } from '../channel';

export const callChannels = {
  /** The call with its notes timeline, the current draft and its plan's ask and briefing. */
  'calls:get': readChannel<CallDetail>()(byId),
  'calls:list': readChannel<Call[]>()(callListInput),
  /** Durable when it returns; the same clientId twice returns the first note. */
  'calls:add-note': channel<CallNote>()(addNoteInput),
  'calls:edit-note': channel<CallNote>()(editNoteInput),
  /** A save older than the stored revision is ignored (`applied: false`). */
  'calls:save-draft': channel<DraftSaveResult>()(saveDraftInput),
  /** Ends the call; a booked meeting with a time is stored with it, in one transaction. */
  'calls:end': channel<EndedCall>()(endCallInput),
  'calls:log': channel<CallDetail>()(logCallInput),
  /**
   * The briefing for the meeting a call booked: its prospect, the insights the call used and the
   * meeting's length, linked to the call and the meeting. A call that has one gets it back.
   */
  'calls:prepare-briefing': channel<PreparedBriefing>()(prepareBriefingInput),
} as const;
