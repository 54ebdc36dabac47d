import { useConnection } from '../../lib/connection';
import { retryReason } from '../../ui/autosave';

const clock = (at: Date) =>
  at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

interface Props {
  /** When the backend last confirmed a save as durable; null before the first one. */
  at: Date | null;
  /** The draft text that save left on disk, so a crash test can compare it with what survives. */
  savedDraft: string;
  /** The last failure: a draft save being retried, or a note that could not be saved. */
  error: SaveError | null;
}

export interface SaveError {
  message: string;
  retrying: boolean;
}

/** Shows only what the backend has confirmed: a time here means the text is on disk. */
export function SaveIndicator({ at, savedDraft, error }: Props) {
  const connection = useConnection();
  return (
    <p
      className={`save-indicator${error ? ' save-error' : ''}`}
      role="status"
      aria-label="Save status"
      data-saved-draft={savedDraft}
      data-saved-at={at?.toISOString() ?? ''}
    >
      {error ? (
        <>
          {error.retrying
            ? `Not saved — retrying (${retryReason(error.message, connection)})`
            : `Not saved: ${error.message}`}
          {at ? <span className="save-last"> (last saved {clock(at)})</span> : null}
        </>
      ) : at ? (
        `Saved ${clock(at)}`
      ) : (
        'Nothing to save yet'
      )}
    </p>
  );
}
