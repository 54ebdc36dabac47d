import { useRef } from 'react';
import { Link } from 'wouter';
import {
  TARGET_LABELS,
  type BlankableRow,
  type ImportKind,
  type ImportResult,
} from '../../../../shared/domain/data';
import { Keys } from '../../app/commands/Keys';
import { TextField } from '../../ui/Field';
import { JobProgress } from '../../ui/JobProgress';
import {
  DuplicateList,
  ErrorList,
  MappingTable,
  PreviewSummary,
  PreviewTable,
} from './ImportPreviewView';
import { useImport } from './useImport';

const KIND_LABELS: Record<ImportKind, string> = { prospects: 'Prospects', insights: 'Insights' };

/**
 * Choose a file, see how its columns map and what its first rows become, settle duplicates and
 * rows with errors, then import it whole (one transaction) or not at all.
 */
export function ImportPanel() {
  const fileInput = useRef<HTMLInputElement>(null);
  const importing = useImport(fileInput);
  const { kind, shown, busy, uploaded, file, failure, result, importable, duplicateCount } =
    importing;

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
                onChange={() => importing.changeKind(option)}
              />
              {KIND_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <TextField
          ref={fileInput}
          id="import-file"
          className="import-file"
          label={
            <>
              File to import <Keys shortcut="i" />
            </>
          }
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          disabled={busy}
          onChange={(event) => importing.choose(event.target.files?.[0])}
        />
      </div>

      {uploaded !== null ? (
        <div className="import-progress">
          <label htmlFor="upload-progress">Uploading {file?.name}…</label>
          <progress id="upload-progress" max={1} value={uploaded} />
          <span>{Math.round(uploaded * 100)}%</span>
        </div>
      ) : null}
      {importing.readingProgress ? (
        <JobProgress
          label="Reading the file"
          unit="rows checked"
          progress={importing.readingProgress}
          onCancel={importing.cancelReading}
        />
      ) : null}
      {importing.readingCancelled ? (
        <p role="status" className="muted">
          Cancelled: nothing was imported. Choose the file again to start over.
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
          <MappingTable preview={shown} disabled={busy} onChange={importing.remap} />
          <PreviewTable preview={shown} />
          <ErrorList preview={shown} />

          {duplicateCount > 0 ? (
            <fieldset className="import-strategy">
              <legend>
                {duplicateCount.toLocaleString()} duplicate{duplicateCount === 1 ? '' : 's'} (same
                {kind === 'prospects' ? ' email, phone, or name and company' : ' headline'}):{' '}
                {shown.duplicates.inDatabase} already in your library, {shown.duplicates.inFile}{' '}
                repeated in the file
              </legend>
              <DuplicateList preview={shown} />
              <label>
                <input
                  type="radio"
                  name="duplicate-strategy"
                  checked={importing.strategy === 'skip'}
                  onChange={() => importing.setStrategy('skip')}
                />
                Skip duplicates (keep what is there)
              </label>
              <label>
                <input
                  type="radio"
                  name="duplicate-strategy"
                  checked={importing.strategy === 'merge'}
                  onChange={() => importing.setStrategy('merge')}
                />
                Merge: fill empty fields and add tags, never overwrite
              </label>
            </fieldset>
          ) : null}

          {importing.blankable.length > 0 && !shown.blocking ? (
            <BlankFieldsChoice
              rows={importing.blankable}
              total={shown.blankableRows}
              chosen={importing.blankRows}
              onChoose={importing.chooseBlank}
            />
          ) : null}

          {importing.stillInvalid > 0 && !shown.blocking ? (
            <label className="import-skip-invalid">
              <input
                type="checkbox"
                checked={importing.skipInvalid}
                onChange={(event) => importing.setSkipInvalid(event.target.checked)}
              />
              Leave out the {importing.stillInvalid.toLocaleString()}
              {importing.blanking > 0 ? ' other' : ''} row
              {importing.stillInvalid === 1 ? '' : 's'} with errors
            </label>
          ) : null}

          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              disabled={!importing.canImport}
              onClick={importing.runImport}
              aria-describedby={importing.whyNot ? 'import-why-not' : undefined}
            >
              Import {importable.toLocaleString()} new{' '}
              {kind === 'prospects' ? 'prospect' : 'insight'}
              {importable === 1 ? '' : 's'}
              {importing.merging > 0 ? `, merge ${importing.merging.toLocaleString()}` : ''}
              {importing.blanking > 0
                ? ` (${importing.blanking.toLocaleString()} with fields left blank)`
                : ''}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => importing.choose(undefined)}
            >
              Cancel
            </button>
          </div>
          {importing.writingProgress ? (
            <JobProgress
              label="Importing"
              unit="rows written"
              progress={importing.writingProgress}
              onCancel={importing.cancelWriting}
            />
          ) : null}
          {importing.writingCancelled ? (
            <p role="status" className="muted">
              Cancelled: nothing was imported, your library is as it was.
            </p>
          ) : null}
          {importing.whyNot && !busy ? (
            <p id="import-why-not" className="field-hint import-why-not">
              {importing.whyNot}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * Rows with errors that can come in with their bad fields left blank: one box for all of them
 * and one per row, never ticked for the rep.
 */
function BlankFieldsChoice({
  rows,
  total,
  chosen,
  onChoose,
}: {
  rows: BlankableRow[];
  total: number;
  chosen: ReadonlySet<number>;
  onChoose: (rows: number[], on: boolean) => void;
}) {
  const all = rows.every((row) => chosen.has(row.row));
  const fields = (row: BlankableRow) => row.fields.map((field) => TARGET_LABELS[field]).join(', ');
  return (
    <fieldset className="import-blank-fields">
      <legend>
        {total === 1
          ? '1 row with errors can be imported with its bad fields left blank'
          : `${total.toLocaleString()} rows with errors can be imported with their bad fields left blank`}
      </legend>
      {rows.length > 1 ? (
        <label>
          <input
            type="checkbox"
            checked={all}
            onChange={(event) =>
              onChoose(
                rows.map((row) => row.row),
                event.target.checked,
              )
            }
          />
          Import all {total.toLocaleString()} with their bad fields left blank
        </label>
      ) : null}
      <ul>
        {rows.map((row) => (
          <li key={row.row}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(row.row)}
                onChange={(event) => onChoose([row.row], event.target.checked)}
              />
              Import row {row.row} with {fields(row)} left blank
              {row.duplicate ? ' (a duplicate: skipped or merged as chosen above)' : ''}
            </label>
          </li>
        ))}
      </ul>
      {total > rows.length ? (
        <p className="muted">
          The first {rows.length} are listed; “Import all” takes every one of the{' '}
          {total.toLocaleString()}.
        </p>
      ) : null}
    </fieldset>
  );
}

function ImportDone({ kind, counts }: { kind: ImportKind; counts: ImportResult }) {
  const noun = kind === 'prospects' ? 'prospect' : 'insight';
  const parts = [
    `${counts.created.toLocaleString()} new ${noun}${counts.created === 1 ? '' : 's'}`,
  ];
  if (counts.merged > 0) parts.push(`${counts.merged.toLocaleString()} merged into existing ones`);
  if (counts.skipped > 0)
    parts.push(
      `${counts.skipped.toLocaleString()} ${counts.skipped === 1 ? 'duplicate' : 'duplicates'} skipped`,
    );
  if (counts.blanked > 0)
    parts.push(
      `${counts.blanked.toLocaleString()} ${counts.blanked === 1 ? 'row' : 'rows'} with bad fields left blank`,
    );
  if (counts.invalid > 0)
    parts.push(
      `${counts.invalid.toLocaleString()} ${counts.invalid === 1 ? 'row' : 'rows'} with errors left out`,
    );
  return (
    <div className="banner ok import-done" role="status">
      Imported: {parts.join(', ')}.{' '}
      <Link href={`/${kind}`}>Open {KIND_LABELS[kind].toLowerCase()}</Link>
    </div>
  );
}
