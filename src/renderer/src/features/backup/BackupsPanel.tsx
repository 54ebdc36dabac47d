import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/domain/backup';
import { useCommands } from '../../app/commands/useCommands';
import { JobProgress } from '../../ui/JobProgress';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatBytes, formatWhen } from './format';
import { useBackUpNow, useBackups, useRestoreBackup, useUndoRestore } from './queries';
import './backup.css';

type Confirming =
  { action: 'restore'; entry: BackupEntry } | { action: 'undo'; entry: BackupEntry };

/** Settings → Backups: the automatic copies, "Back up now", "Restore…" and "Undo restore". */
export function BackupsPanel() {
  const list = useBackups();
  const backUp = useBackUpNow();
  const restore = useRestoreBackup();
  const undo = useUndoRestore();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const backUpNow = () => {
    setNotice(null);
    backUp.mutate(undefined, {
      onSuccess: (entry) => setNotice(`Backed up at ${formatWhen(entry.takenAt)}.`),
    });
  };
  useCommands([
    {
      id: 'backup.now',
      title: 'Back up now',
      section: 'Settings',
      when: 'settings',
      run: backUpNow,
      enabled: !backUp.isPending,
    },
  ]);

  const confirm = () => {
    if (!confirming) return;
    const { entry } = confirming;
    const done = () => {
      setConfirming(null);
      setNotice(
        confirming.action === 'restore'
          ? `Restored the backup of ${formatWhen(entry.takenAt)}. Your previous library was set aside; "Undo restore" puts it back.`
          : `Put back the library set aside at ${formatWhen(entry.takenAt)}.`,
      );
    };
    if (confirming.action === 'restore') restore.mutate(entry.name, { onSuccess: done });
    else undo.mutate(entry.name, { onSuccess: done });
  };
  const running = confirming?.action === 'undo' ? undo : restore;
  const latestSetAside = list.data?.setAside[0];

  return (
    <section className="card backups" aria-labelledby="backups-title">
      <div className="backups-header">
        <div>
          <h2 id="backups-title">Backups</h2>
          <p className="muted">
            OneUp copies your library when it starts and every few hours, keeping the last three of
            today and one a day for two weeks. Each copy is checked before it is kept.
            {list.data ? (
              <>
                {' '}
                They are in <code>{list.data.folder}</code>.
              </>
            ) : null}
          </p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={backUpNow}
          disabled={backUp.isPending}
        >
          {backUp.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      </div>

      {backUp.isPending && backUp.progress ? (
        <JobProgress label="Backup" unit="steps" progress={backUp.progress} />
      ) : null}
      {notice ? (
        <div className="banner ok" role="status">
          {notice}
        </div>
      ) : null}
      {backUp.isError ? (
        <div className="banner error" role="alert">
          {backUp.error.message}
        </div>
      ) : null}
      {list.data?.problem && !backUp.isError ? (
        <div className="banner error" role="alert">
          {list.data.problem}
        </div>
      ) : null}
      {list.isError ? (
        <div className="banner error" role="alert">
          {list.error.message}
        </div>
      ) : null}

      {list.data && list.data.backups.length === 0 ? (
        <p className="muted">No backups yet. The first one is made shortly after you add data.</p>
      ) : null}
      {list.data && list.data.backups.length > 0 ? (
        <BackupTable
          caption="Backups, newest first"
          entries={list.data.backups}
          actionLabel="Restore…"
          onAction={(entry) => setConfirming({ action: 'restore', entry })}
        />
      ) : null}

      {latestSetAside ? (
        <div className="backups-set-aside">
          <div className="backups-header">
            <div>
              <h3>Set aside by a restore</h3>
              <p className="muted">
                Each restore keeps the library it replaced, so you can go back to it.
              </p>
            </div>
            <button
              type="button"
              className="button"
              onClick={() => setConfirming({ action: 'undo', entry: latestSetAside })}
            >
              Undo restore
            </button>
          </div>
          <BackupTable
            caption="Libraries set aside, newest first"
            entries={list.data?.setAside ?? []}
            actionLabel="Put back…"
            onAction={(entry) => setConfirming({ action: 'undo', entry })}
          />
        </div>
      ) : null}

      {confirming ? (
        <ConfirmDialog
          title={
            confirming.action === 'restore'
              ? 'Restore this backup?'
              : 'Put back the set-aside library?'
          }
          confirmLabel={confirming.action === 'restore' ? 'Restore backup' : 'Undo restore'}
          pending={running.isPending}
          error={running.isError ? running.error.message : null}
          onCancel={() => {
            setConfirming(null);
            running.reset();
          }}
          onConfirm={confirm}
        >
          <p>
            {confirming.action === 'restore'
              ? `Your library will be replaced by the backup of ${formatWhen(confirming.entry.takenAt)}. Anything saved after that time is not in it.`
              : `Your library will be replaced by the one set aside at ${formatWhen(confirming.entry.takenAt)}.`}
          </p>
          <p>
            First, your library as it is now is set aside, so this can be undone with “Undo
            restore”.
          </p>
          {confirming.action === 'restore' && restore.isPending && restore.progress ? (
            <JobProgress label="Restore" unit="steps" progress={restore.progress} />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function BackupTable({
  caption,
  entries,
  actionLabel,
  onAction,
}: {
  caption: string;
  entries: BackupEntry[];
  actionLabel: string;
  onAction: (entry: BackupEntry) => void;
}) {
  return (
    <table className="table backups-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const when = formatWhen(entry.takenAt);
          return (
            <tr key={entry.name} title={entry.name}>
              <td>{when}</td>
              <td>{formatBytes(entry.bytes)}</td>
              <td className="backups-action">
                <button
                  type="button"
                  className="button"
                  aria-label={`${actionLabel.replace('…', '')} ${when}`}
                  onClick={() => onAction(entry)}
                >
                  {actionLabel}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
