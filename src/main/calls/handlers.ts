import { ApiFailure, required } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { addNote, callDetail, finishCall, logCall } from './service';
import { reviseNote, saveDraft } from './notes';
import { getCall, listCallsForProspect } from './repository';

type CallChannels = FeatureHandlers<'calls'>;

const call = required('Call');

export const callHandlers = (db: Db): CallChannels => ({
  'calls:get': ({ id }) => callDetail(db, id),
  'calls:list': ({ prospectId, limit }) => listCallsForProspect(db, prospectId, limit),
  'calls:add-note': (input) => addNote(db, input),
  'calls:edit-note': ({ noteId, ...change }) => {
    const revised = required('Note')(reviseNote(db, noteId, change), noteId);
    if (revised === 'stale') {
      throw new ApiFailure(
        'conflict',
        'This note changed since you opened it. Reload to see the latest text; your edit was not saved.',
      );
    }
    return revised;
  },
  'calls:save-draft': (input) => {
    // A draft belongs to the call named in the save and nowhere else.
    call(getCall(db, input.callId), input.callId);
    return saveDraft(db, input);
  },
  'calls:end': (input) => finishCall(db, input),
  'calls:log': (input) => logCall(db, input),
});
