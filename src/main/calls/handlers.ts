import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import {
  addNote,
  callDetail,
  editNote,
  finishCall,
  logCall,
  prepareBriefing,
  saveCallDraft,
} from './service';
import { noteIndexUpkeep } from './note-index';
import { listCallsForProspect } from './repository';

type CallChannels = FeatureHandlers<'calls'>;

/** Runs `write`, then lets the note index's upkeep know a note was written (see note-index.ts). */
const thenUpkeep =
  <I, R>(db: Db, write: (db: Db, input: I) => R) =>
  (input: I): R => {
    const result = write(db, input);
    noteIndexUpkeep(db).noteWritten();
    return result;
  };

export const callHandlers = (db: Db): CallChannels => ({
  'calls:get': ({ id }) => callDetail(db, id),
  'calls:list': ({ prospectId, limit }) => listCallsForProspect(db, prospectId, limit),
  'calls:add-note': thenUpkeep(db, addNote),
  'calls:edit-note': thenUpkeep(db, editNote),
  'calls:save-draft': (input) => saveCallDraft(db, input),
  'calls:end': (input) => finishCall(db, input),
  // A call logged afterwards can carry its notes.
  'calls:log': thenUpkeep(db, logCall),
  'calls:prepare-briefing': ({ callId }) => prepareBriefing(db, callId),
});
