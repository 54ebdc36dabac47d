import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type {
  DuplicateStrategy,
  ImportFormat,
  ImportKind,
  ImportResult,
  ImportTarget,
} from '../../../../shared/domain/data';
import { useCommands } from '../../app/commands/useCommands';
import { Keys } from '../../app/commands/Keys';
import {
  DuplicateList,
  ErrorList,
  MappingTable,
  PreviewSummary,
  PreviewTable,
} from './ImportPreviewView';
import { discardUpload, useCommitImport, usePreviewImport } from './queries';
import { uploadFile } from './upload';

const KIND_LABELS: Record<ImportKind, string> = { prospects: 'Prospects', insights: 'Insights' };

/**
 * Choose a file, see how its columns map and what its first rows become, settle duplicates and
 * rows with errors, then import it whole (one transaction) or not at all.
 */
export function ImportPanel() {
  const [kind, setKind] = useState<ImportKind>('prospects');
  const [file, setFile] = useState<{ name: string; format: ImportFormat } | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [strategy, setStrategy] = useState<DuplicateStrategy>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<{ kind: ImportKind; counts: ImportResult } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const shown = uploadId && preview.data?.uploadId === uploadId ? preview.data : null;

  useCommands([
    {
      id: 'data.choose-file',
      title: 'Choose a file to import',
      section: 'Import & export',
      shortcut: 'i',
      run: () => fileInput.current?.click(),
    },
  ]);

  function reset() {
    if (uploadId) void discardUpload(uploadId);
    setUploadId(null);
    setProblem(null);
    setResult(null);
    setSkipInvalid(false);
    preview.reset();
    commit.reset();
  }

  async function choose(chosen: File | undefined) {
    reset();
    if (!chosen) {
      setFile(null);
      return;
    }
    const format: ImportFormat = /\.json$/iu.test(chosen.name) ? 'json' : 'csv';
    setFile({ name: chosen.name, format });
    try {
      const id = await uploadFile(chosen, setUploaded);
      setUploadId(id);
      preview.mutate({ uploadId: id, kind, format });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setUploaded(null);
    }
  }

  function changeKind(next: ImportKind) {
    setKind(next);
    setResult(null);
    // The same file read again as the other kind: the detected mapping starts over.
    if (uploadId && file) preview.mutate({ uploadId, kind: next, format: file.format });
  }

  function remap(mapping: (ImportTarget | null)[]) {
    if (uploadId && file) preview.mutate({ uploadId, kind, format: file.format, mapping });
  }

  function runImport() {
    if (!shown) return;
    commit.mutate(
      {
        uploadId: shown.uploadId,
        mapping: shown.mapping,
        duplicateStrategy: strategy,
        skipInvalidRows: skipInvalid,
      },
      {
        onSuccess: (counts) => {
          setResult({ kind: shown.kind, counts });
          setUploadId(null);
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  }

  const busy = uploaded !== null || preview.isPending || commit.isPending;
  const importable = shown ? shown.totalRows - shown.invalidRows : 0;
  const blockedByErrors = shown !== null && shown.invalidRows > 0 && !skipInvalid;
  const canImport =
    shown !== null && !shown.blocking && importable > 0 && !blockedByErrors && !busy;
  const failure = problem ?? preview.error?.message ?? commit.error?.message ?? null;
  const duplicateCount = shown ? shown.duplicates.inDatabase + shown.duplicates.inFile : 0;

  return (
    <section className="card data-card" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className="muted">
        CSV exports from HubSpot, Salesforce or Apollo, a plain spreadsheet saved as CSV, or JSON.
        Nothing is saved until you press Import, and then all of it or none.
      </p>
      <div className="import-choose">
        <fieldset className="import-kind">
          <legend>The file holds</legend>
          {(['prospects', 'insights'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="import-kind"
                value={option}
                checked={kind === option}
                disabled={busy}
                onChange={() => changeKind(option)}
              />
              {KIND_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <div className="field import-file">
          <label htmlFor="import-file">
            File to import <Keys shortcut="i" />
          </label>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            disabled={busy}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
      </div>

      {uploaded !== null ? (
        <div className="import-progress">
          <label htmlFor="upload-progress">Uploading {file?.name}…</label>
          <progress id="upload-progress" max={1} value={uploaded} />
          <span>{Math.round(uploaded * 100)}%</span>
        </div>
      ) : null}
      {preview.isPending ? (
        <p role="status" className="muted">
          Reading and checking every row…
        </p>
      ) : null}
      {failure ? (
        <div className="banner error" role="alert">
          {failure}
        </div>
      ) : null}

      {result ? <ImportDone kind={result.kind} counts={result.counts} /> : null}

      {shown ? (
        <div className="import-preview-block">
          <PreviewSummary preview={shown} />
          {shown.notices.map((notice) => (
            <div key={notice} className="banner warn" role="note">
              {notice}
            </div>
          ))}
          {shown.blocking ? (
            <div className="banner error" role="alert">
              {shown.blocking}
            </div>
          ) : null}
          <MappingTable preview={shown} disabled={busy} onChange={remap} />
          <PreviewTable preview={shown} />
          <ErrorList preview={shown} />

          {duplicateCount > 0 ? (
            <fieldset className="import-strategy">
              <legend>
                {duplicateCount.toLocaleString()} duplicate{duplicateCount === 1 ? '' : 's'} (same
                {kind === 'prospects' ? ' email or phone' : ' headline'}):{' '}
                {shown.duplicates.inDatabase} already in your library, {shown.duplicates.inFile}{' '}
                repeated in the file
              </legend>
              <DuplicateList preview={shown} />
              <label>
                <input
                  type="radio"
                  name="duplicate-strategy"
                  checked={strategy === 'skip'}
                  onChange={() => setStrategy('skip')}
                />
                Skip duplicates (keep what is there)
              </label>
              <label>
                <input
                  type="radio"
                  name="duplicate-strategy"
                  checked={strategy === 'merge'}
                  onChange={() => setStrategy('merge')}
                />
                Merge: fill empty fields and add tags, never overwrite
              </label>
            </fieldset>
          ) : null}

          {shown.invalidRows > 0 && !shown.blocking ? (
            <label className="import-skip-invalid">
              <input
                type="checkbox"
                checked={skipInvalid}
                onChange={(event) => setSkipInvalid(event.target.checked)}
              />
              Leave out the {shown.invalidRows.toLocaleString()} row
              {shown.invalidRows === 1 ? '' : 's'} with errors
            </label>
          ) : null}

          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              disabled={!canImport}
              onClick={runImport}
            >
              Import {importable.toLocaleString()} {kind === 'prospects' ? 'prospect' : 'insight'}
              {importable === 1 ? '' : 's'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void choose(undefined)}
            >
              Cancel
            </button>
            {commit.isPending ? (
              <span className="import-progress">
                <progress aria-label="Importing" />
                Importing {importable.toLocaleString()} rows in one transaction…
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}

function ImportDone({ kind, counts }: { kind: ImportKind; counts: ImportResult }) {
  const noun = kind === 'prospects' ? 'prospect' : 'insight';
  const parts = [
    `${counts.created.toLocaleString()} new ${noun}${counts.created === 1 ? '' : 's'}`,
  ];
  if (counts.merged > 0) parts.push(`${counts.merged.toLocaleString()} merged into existing ones`);
  if (counts.skipped > 0) parts.push(`${counts.skipped.toLocaleString()} duplicates skipped`);
  if (counts.invalid > 0)
    parts.push(`${counts.invalid.toLocaleString()} rows with errors left out`);
  return (
    <div className="banner ok import-done" role="status">
      Imported: {parts.join(', ')}.{' '}
      <Link href={`/${kind}`}>Open {KIND_LABELS[kind].toLowerCase()}</Link>
    </div>
  );
}
