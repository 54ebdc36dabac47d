import type { Ref } from 'react';
import { NOTE_TAGS, NOTE_TAG_LABELS } from '../../../../shared/domain/call';
import { Keys } from '../../app/commands/Keys';
import { TAG_SHORTCUTS } from './shortcuts';
import type { LiveNotes } from './useLiveNotes';

interface Props {
  notes: Pick<LiveNotes, 'text' | 'change' | 'flush' | 'tags' | 'toggleTag' | 'submitNote'>;
  boxRef: Ref<HTMLTextAreaElement>;
}

/** The notes box of a live call: Enter adds the note, the quick tags mark the next one. */
export function NotesComposer({ notes, boxRef }: Props) {
  return (
    <div className="notes-compose">
      <label htmlFor="call-notes-box" className="notes-label">
        Note <Keys shortcut="n" />
      </label>
      <textarea
        id="call-notes-box"
        ref={boxRef}
        className="notes-box"
        rows={3}
        value={notes.text}
        aria-describedby="call-notes-hint"
        placeholder="What did they say?"
        onChange={(event) => notes.change(event.target.value)}
        onBlur={notes.flush}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void notes.submitNote();
          }
        }}
      />
      <p id="call-notes-hint" className="field-hint">
        <Keys shortcut="enter" /> adds the note, stamped with the time into the call;{' '}
        <Keys shortcut="shift+enter" /> starts a new line.
      </p>
      <div className="quick-tags" role="group" aria-labelledby="quick-tags-label">
        {/* Said on screen, not only to a screen reader: a tag pressed right after Enter goes
            on the note being written next, not on the one just added. */}
        <span id="quick-tags-label" className="quick-tags-label">
          Tags for the note you are writing
        </span>
        {NOTE_TAGS.map((tag) => (
          <button
            key={tag}
            type="button"
            className={`button small tag-toggle note-tag-${tag}`}
            aria-pressed={notes.tags.includes(tag)}
            onClick={() => notes.toggleTag(tag)}
          >
            {NOTE_TAG_LABELS[tag]} <Keys shortcut={TAG_SHORTCUTS[tag]} />
          </button>
        ))}
      </div>
    </div>
  );
}
