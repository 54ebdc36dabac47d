import { useConnection, type Connection } from '../../lib/connection';
import type { SaveStatus as Status } from './autosave';
import './save-status.css';

const clock = (at: Date) => at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The words the indicator shows; "Saved" only ever follows the backend's confirmation. */
export function describeSaveStatus(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return 'No unsaved changes';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${clock(status.at)}`;
    case 'retrying':
      return 'Not saved — retrying';
    case 'refused':
      return status.fields.length > 0
        ? 'Not saved: fix the field marked below.'
        : `Not saved: ${status.message}`;
    case 'conflict':
      return 'Not saved — changed elsewhere';
  }
}

/**
 * Why a save is being retried. When the tab lost OneUp, the shell's banner already says so and
 * what to do; the indicator only says the text is safe here meanwhile.
 */
export function retryReason(message: string, connection: Connection): string {
  switch (connection.kind) {
    case 'unreachable':
      return 'Kept in this tab until OneUp is back.';
    case 'link-expired':
      return 'Kept in this tab until the new link is pasted.';
    case 'ok':
      return message;
  }
}

/** The save indicator of an autosaving editor, announced politely to screen readers. */
export function SaveStatus({ status }: { status: Status }) {
  const connection = useConnection();
  return (
    <p className={`save-state save-${status.kind}`} role="status" aria-label="Save status">
      {describeSaveStatus(status)}
      {status.kind === 'retrying' ? (
        <span className="save-reason">{retryReason(status.message, connection)}</span>
      ) : null}
    </p>
  );
}
