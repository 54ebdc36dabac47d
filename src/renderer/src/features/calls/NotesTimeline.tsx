import { useState } from 'react';
import {
  NOTE_TAG_LABELS,
  formatOffset,
  type CallNote,
  type NoteTag,
} from '../../../../shared/domain/call';
import { ApiCallError } from '../../lib/api-error';
import { TextAreaField } from '../../ui/Field';
import { useEditNote } from './queries';

/** A note typed on this screen whose save has not been confirmed yet. */
export interface UnsavedNote {
  clientId: string;
  body: string;
  tags: NoteTag[];
  offsetMs: number;
  status: 'saving' | 'failed';
  error?: string;
}

interface Props {
  notes: CallNote[];
  unsaved?: UnsavedNote[];
  onRetry?: (clientId: string) => void;
  /** The record view lets the rep correct a note; the live view keeps its hands off. */
  editable?: boolean;
  /** Notes of a call logged afterwards have no time into the call to show. */
  showOffsets?: boolean;
}

export function TagChips({ tags }: { tags: NoteTag[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="note-tags">
      {tags.map((tag) => (
        <span key={tag} className={`note-tag note-tag-${tag}`}>
          {NOTE_TAG_LABELS[tag]}
        </span>
      ))}
    </span>
  );
}

/** The call's notes in the order they were said, each stamped with its time into the call. */
export function NotesTimeline({
  notes,
  unsaved = [],
  onRetry,
  editable = false,
  showOffsets = true,
}: Props) {
  if (notes.length === 0 && unsaved.length === 0) {
    return <p className="muted notes-empty">No notes yet.</p>;
  }
  return (
    <ol
      className={`notes-timeline stack-list${showOffsets ? '' : ' no-offsets'}`}
      aria-label="Notes"
    >
      {notes.map((note) => (
        <SavedNote key={note.id} note={note} editable={editable} showOffset={showOffsets} />
      ))}
      {unsaved.map((note) => (
        <li key={note.clientId} className={`note note-${note.status}`} data-state={note.status}>
          <span className="note-offset">{formatOffset(note.offsetMs)}</span>
          <div className="note-content">
            <TagChips tags={note.tags} />
            <p className="note-body">{note.body}</p>
            {note.status === 'saving' ? (
              <span className="note-state">Saving…</span>
            ) : (
              <span className="note-state note-state-failed" role="alert">
                Not saved yet{note.error ? ` (${note.error})` : ''}: kept in this browser and sent
                again until it is saved{' '}
                {onRetry ? (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onRetry(note.clientId)}
                  >
                    Retry
                  </button>
                ) : null}
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function SavedNote({
  note,
  editable,
  showOffset,
}: {
  note: CallNote;
  editable: boolean;
  showOffset: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const edit = useEditNote();
  const error = edit.error instanceof ApiCallError ? edit.error.message : null;
  const save = () =>
    edit.mutate(
      { noteId: note.id, body, expectedRevision: note.revision },
      { onSuccess: () => setEditing(false) },
    );
  return (
    <li className="note" data-state="saved">
      {showOffset ? (
        <span className="note-offset" title="Time into the call">
          {formatOffset(note.offsetMs)}
        </span>
      ) : null}
      <div className="note-content">
        <TagChips tags={note.tags} />
        {editing ? (
          <form
            className="note-edit"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <TextAreaField
              label="Edit note"
              hideLabel
              rows={2}
              value={body}
              autoFocus
              onChange={(event) => setBody(event.target.value)}
              error={error ?? undefined}
            />
            <div className="note-edit-actions">
              <button type="submit" className="button small primary" disabled={edit.isPending}>
                Save note
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setBody(note.body);
                  setEditing(false);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <p className="note-body">{note.body}</p>
        )}
        {note.history.length > 0 ? (
          <details className="note-history">
            <summary>
              Edited · {note.history.length} earlier{' '}
              {note.history.length === 1 ? 'version' : 'versions'}
            </summary>
            <ol>
              {note.history.map((revision) => (
                <li key={revision.revision}>
                  <span className="muted">{new Date(revision.savedAt).toLocaleString()}</span>{' '}
                  {revision.body}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {editable && !editing ? (
          <button
            type="button"
            className="button small ghost note-edit-button"
            aria-label={`Edit note: ${note.body.slice(0, 40)}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        ) : null}
      </div>
    </li>
  );
}
