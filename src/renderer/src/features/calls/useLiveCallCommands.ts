import type { RefObject } from 'react';
import {
  CALL_OUTCOMES,
  NOTE_TAGS,
  NOTE_TAG_LABELS,
  OUTCOME_LABELS,
  type CallOutcome,
  type NoteTag,
} from '../../../../shared/domain/call';
import { useCommands } from '../../app/commands/useCommands';
import { OUTCOME_SHORTCUTS, TAG_SHORTCUTS } from './shortcuts';

interface Options {
  toggleTag: (tag: NoteTag) => void;
  end: (outcome: CallOutcome) => void;
  /** While the end dialog is open, the outcome keys belong to it. */
  ending: boolean;
  notesBox: RefObject<HTMLTextAreaElement | null>;
}

/** The live call's shortcuts, in the command palette too: quick tags, outcomes, the notes box. */
export function useLiveCallCommands({ toggleTag, end, ending, notesBox }: Options) {
  useCommands([
    ...NOTE_TAGS.map((tag) => ({
      id: `call.tag.${tag}`,
      title: `Tag the next note: ${NOTE_TAG_LABELS[tag]}`,
      section: 'Live call',
      shortcut: TAG_SHORTCUTS[tag],
      when: 'calls',
      run: () => toggleTag(tag),
    })),
    ...CALL_OUTCOMES.map((outcome) => ({
      id: `call.outcome.${outcome}`,
      title: `End the call: ${OUTCOME_LABELS[outcome]}`,
      section: 'Live call',
      shortcut: OUTCOME_SHORTCUTS[outcome],
      when: 'calls',
      enabled: !ending,
      run: () => end(outcome),
    })),
    {
      id: 'call.notes',
      title: 'Go to the notes box',
      section: 'Live call',
      shortcut: 'n',
      when: 'calls',
      run: () => notesBox.current?.focus(),
    },
  ]);
}
