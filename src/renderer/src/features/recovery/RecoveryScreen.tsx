import { useState } from 'react';
import { Link } from 'wouter';
import type { BackupEntry } from '../../../../shared/domain/backup';
import type { RecoveryRemedy, RecoveryStatus } from '../../../../shared/domain/recovery';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatBytes, formatWhen } from '../backup/format';
import {
  useMoveAside,
  useRecoverFromBackup,
  useRecoveryStatus,
  useRetryOpen,
} from '../backup/queries';
import './recovery.css';

type Choice = { action: 'restore'; backup: BackupEntry } | { action: 'fresh' };

/**
 * What happened to the library file, in plain words, and what the rep can do — the backend says
 * which (`status.remedies`): try again when the cause is the disk or another program; for a bad
 * file, restore the latest good backup or start afresh, each only after they agree, and each
 * keeping a copy of the bad file (never deleting it). Shown instead of the app when the file could
 * not be opened, and at #/recovery when the background check found damage.
 */
export default function RecoveryScreen() {
  const status = useRecoveryStatus();
  if (status.isError) {
    return (
      <div className="banner error" role="alert">
        {status.error.message}
      </div>
    );
  }
  if (!status.data) return <p className="muted">Checking your library…</p>;
  if (!status.data.problem) {
    return (
      <section className="card empty" aria-labelledby="recovery-title">
        <h1 id="recovery-title">Your library is fine</h1>
        <p>The last check found nothing wrong with {status.data.file.path}.</p>
        <Link href="/prospects" className="button">
          Back to prospects
        </Link>
      </section>
    );
  }
  return <Recovery status={status.data} />;
}

function Recovery({ status }: { status: RecoveryStatus }) {
  const problem = status.problem!;
  const restore = useRecoverFromBackup();
  const fresh = useMoveAside();
  const retry = useRetryOpen();
  const [choice, setChoice] = useState<Choice | null>(null);
  const running = choice?.action === 'fresh' ? fresh : restore;
  const latest = status.latestGoodBackup;
  const older = status.backups.filter((backup) => backup.name !== latest?.name);
  const offers = (remedy: RecoveryRemedy) => status.remedies.includes(remedy);

  const confirm = () => {
    if (!choice) return;
    const done = () => setChoice(null);
    if (choice.action === 'restore') restore.mutate(choice.backup.name, { onSuccess: done });
    else fresh.mutate(undefined, { onSuccess: done });
  };

  return (
    <div className="recovery">
      <section className="card recovery-problem" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{problem.title}</h1>
        <p>{problem.explanation}</p>
        <dl className="recovery-facts">
          <dt>File</dt>
          <dd>
            <code>{status.file.path}</code>
          </dd>
          <dt>Size</dt>
          <dd>{formatBytes(status.file.bytes)}</dd>
          {status.file.modifiedAt ? (
            <>
              <dt>Last changed</dt>
              <dd>{formatWhen(status.file.modifiedAt)}</dd>
            </>
          ) : null}
        </dl>
        <details>
          <summary>Technical details</summary>
          <p className="muted">{problem.detail}</p>
        </details>
        {offers('retry') ? (
          <div className="form-actions recovery-retry">
            {retry.data?.problem ? (
              <span className="muted" role="status">
                Not yet: {retry.data.problem.title.toLowerCase()}.
              </span>
            ) : null}
            <button
              type="button"
              className="button primary"
              onClick={() => retry.mutate()}
              disabled={retry.isPending}
            >
              Try again
            </button>
          </div>
        ) : null}
      </section>

      {offers('restore_backup') || offers('start_new') ? (
        <section className="card recovery-options" aria-labelledby="recovery-options-title">
          <h2 id="recovery-options-title">What you can do</h2>
          {!offers('restore_backup') ? null : latest ? (
            <div className="recovery-option">
              <div>
                <h3>Restore your latest good backup</h3>
                <p>
                  From <strong>{formatWhen(latest.takenAt)}</strong> ({formatBytes(latest.bytes)}
                  ). It passed its check when it was made. Anything saved after that time is not in
                  it.
                </p>
              </div>
              <button
                type="button"
                className="button primary"
                onClick={() => setChoice({ action: 'restore', backup: latest })}
              >
                Restore this backup…
              </button>
            </div>
          ) : (
            <p>There is no backup to restore yet.</p>
          )}
          {offers('restore_backup') && older.length > 0 ? (
            <details className="recovery-older">
              <summary>Older backups ({older.length})</summary>
              <ul>
                {older.map((backup) => (
                  <li key={backup.name}>
                    <span>
                      {formatWhen(backup.takenAt)} · {formatBytes(backup.bytes)}
                    </span>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore the backup of ${formatWhen(backup.takenAt)}`}
                      onClick={() => setChoice({ action: 'restore', backup })}
                    >
                      Restore…
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {offers('start_new') ? (
            <div className="recovery-option">
              <div>
                <h3>Start a new, empty library</h3>
                <p>
                  Only if there is no backup you want. The old file is kept in the damaged folder.
                </p>
              </div>
              <button
                type="button"
                className="button"
                onClick={() => setChoice({ action: 'fresh' })}
              >
                Start empty…
              </button>
            </div>
          ) : null}
        </section>
      ) : null}

      {choice ? (
        <ConfirmDialog
          title={choice.action === 'restore' ? 'Restore this backup?' : 'Start a new library?'}
          confirmLabel={
            choice.action === 'restore' ? 'Move the file aside and restore' : 'Move the file aside'
          }
          pending={running.isPending}
          error={running.isError ? running.error.message : null}
          onCancel={() => {
            setChoice(null);
            running.reset();
          }}
          onConfirm={confirm}
        >
          <p>
            OneUp will first copy <code>{status.file.path}</code> into{' '}
            <code>{status.damagedFolder}</code>. It is not deleted, and you can hand it to someone
            who can repair it. If anything goes wrong on the way, the file stays where it is.
          </p>
          <p>
            {choice.action === 'restore'
              ? `Then the backup of ${formatWhen(choice.backup.takenAt)} takes its place.`
              : 'Then OneUp starts with an empty library.'}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
