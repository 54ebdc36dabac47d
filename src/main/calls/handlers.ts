import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { addNote, callDetail, editNote, finishCall, logCall, saveCallDraft } from './service';
import { listCallsForProspect } from './repository';

type CallChannels = FeatureHandlers<'calls'>;

export const callHandlers = (db: Db): CallChannels => ({
  'calls:get': ({ id }) => callDetail(db, id),
  'calls:list': ({ prospectId, limit }) => listCallsForProspect(db, prospectId, limit),
  'calls:add-note': (input) => addNote(db, input),
  'calls:edit-note': (input) => editNote(db, input),
  'calls:save-draft': (input) => saveCallDraft(db, input),
  'calls:end': (input) => finishCall(db, input),
  'calls:log': (input) => logCall(db, input),
});
