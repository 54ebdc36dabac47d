import type { CallOutcome, NoteTag } from '../../../../shared/domain/call';

/** Alt+1…4 put a quick tag on the next note; Alt+letter picks how the call ended. */
export const TAG_SHORTCUTS: Record<NoteTag, string> = {
  objection: 'alt+1',
  pain: 'alt+2',
  next_step: 'alt+3',
  insight_landed: 'alt+4',
};

export const OUTCOME_SHORTCUTS: Record<CallOutcome, string> = {
  meeting_booked: 'alt+m',
  callback: 'alt+c',
  not_interested: 'alt+n',
  voicemail: 'alt+v',
  gatekeeper: 'alt+g',
  no_answer: 'alt+a',
  wrong_person: 'alt+w',
};
