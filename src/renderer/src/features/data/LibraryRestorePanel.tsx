import { useState } from 'react';
import type {
  LibraryImportResult,
  LibraryPreview,
  LibraryRefusal,
} from '../../../../shared/domain/data';
import { useDiscardUpload, usePreviewLibrary, useRestoreLibrary } from './queries';
import { uploadFile } from './upload';

const KINDS: [keyof LibraryImportResult, string, string][] = [
  ['prospects', 'prospect', 'prospects'],
  ['insights', 'insight', 'insights'],
  ['briefings', 'briefing', 'briefings'],
  ['plans', 'plan', 'plans'],
  ['calls', 'call', 'calls'],
  ['notes', 'note', 'notes'],
  ['meetings', 'meeting', 'meetings'],
];

function describeCounts(counts: LibraryImportResult): string {
  return KINDS.map(
    ([kind, one, many]) => `${counts[kind].toLocaleString()} ${counts[kind] === 1 ? one : many}`,
  ).join(', ');
}

/**
 * A library export goes back in whole, into an empty library only (the backend refuses
 * otherwise). The file is checked first: the rep sees what would be restored and every record
 * refused with the field at fault, and restores or cancels; cancelling writes nothing.
 */
export function LibraryRestorePanel() {
  const previewing = usePreviewLibrary();
  const restore = useRestoreLibrary();
  const discard = useDiscardUpload();
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [skipRefused, setSkipRefused] = useState(false);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const shown = previewing.data ?? null;

  function reset() {
    // A restored upload is gone already; any other is dropped so nothing of it stays behind.
    if (uploadId && !restore.isSuccess) discard.mutate(uploadId);
    setUploadId(null);
    setProblem(null);
    setSkipRefused(false);
    previewing.reset();
    restore.reset();
  }

  async function choose(file: File | undefined) {
    reset();
    if (!file) return;
    setUploading(true);
    try {
      const id = await uploadFile(file, () => {});
      setUploadId(id);
      previewing.mutate(id);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setUploading(false);
    }
  }

  const busy = uploading || previewing.isPending || restore.isPending;
  const failure = problem ?? previewing.error?.message ?? restore.error?.message ?? null;
  return (
    <section className="card data-card" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore a library export</h2>
      <p className="muted">
        A JSON file from “Export whole library” brings back every prospect, insight, briefing, plan,
        call, note and meeting, into an empty library.
      </p>
      <div className="field import-file">
        <label htmlFor="library-file">Library file (JSON)</label>
        <input
          id="library-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {uploading || previewing.isPending ? (
        <p role="status" className="muted">
          Checking the file…
        </p>
      ) : null}
      {shown && !restore.isSuccess ? (
        <>
          <p role="status">
            Exported {new Date(shown.exportedAt).toLocaleString()}: {describeCounts(shown.inFile)}.
            {shown.refusedRecords > 0
              ? ` Leaving out the refused records, restoring writes ${describeCounts(shown.toRestore)}.`
              : ''}
          </p>
          <RefusalList preview={shown} />
          {shown.refusedRecords > 0 ? (
            <label className="import-skip-invalid">
              <input
                type="checkbox"
                checked={skipRefused}
                disabled={busy}
                onChange={(event) => setSkipRefused(event.target.checked)}
              />
              Leave out the {shown.refusedRecords.toLocaleString()} refused record
              {shown.refusedRecords === 1 ? '' : 's'}
            </label>
          ) : null}
          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || (shown.refusedRecords > 0 && !skipRefused)}
              onClick={() => restore.mutate({ uploadId: shown.uploadId, skipRefused })}
            >
              Restore
            </button>
            <button type="button" className="button" disabled={busy} onClick={reset}>
              Cancel
            </button>
            {restore.isPending ? (
              <span className="import-progress">
                <progress aria-label="Restoring" />
                Restoring in one transaction…
              </span>
            ) : null}
          </div>
        </>
      ) : null}
      {restore.isSuccess ? (
        <div className="banner ok" role="status">
          Restored {describeCounts(restore.data)}.
        </div>
      ) : null}
      {failure ? (
        <div className="banner error" role="alert">
          {failure}
        </div>
      ) : null}
    </section>
  );
}

/** Each refused record with the field at fault, as `prospects[3].email`, and why. */
export function RefusalList({ preview }: { preview: LibraryPreview }) {
  if (preview.refusedRecords === 0) return null;
  return (
    <section className="import-errors" aria-labelledby="restore-refused-title">
      <h3 id="restore-refused-title">
        {preview.refusedRecords.toLocaleString()} record
        {preview.refusedRecords === 1 ? '' : 's'} cannot be restored
      </h3>
      <ul>
        {preview.refused.map((refusal: LibraryRefusal, index) => (
          <li key={`${refusal.path}-${index}`}>
            <strong>{refusal.path}</strong>
            {refusal.label ? ` (${refusal.label})` : ''}: {refusal.message}
          </li>
        ))}
      </ul>
      {preview.refused.length < preview.refusedRecords ? (
        <p className="muted">The first {preview.refused.length} problems are listed.</p>
      ) : null}
    </section>
  );
}
