import type { LibraryImportResult } from '../../../../shared/domain/data';
import { TextField } from '../../ui/Field';
import { ImportPanel } from './ImportPanel';
import { useExport, type ExportKind } from './queries';
import { useRestore } from './useRestore';
import './data.css';

const EXPORTS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'prospects-csv',
    label: 'Prospects (CSV)',
    hint: 'Every prospect, archived ones marked.',
  },
  { kind: 'insights-csv', label: 'Insights (CSV)', hint: 'With times used and meetings booked.' },
  { kind: 'calls-csv', label: 'Calls (CSV)', hint: 'Opener, check, outcome and notes per call.' },
  {
    kind: 'library-json',
    label: 'Whole library (JSON)',
    hint: 'Everything, to move to another computer or keep as a copy.',
  },
];

/** The rep's data in and out: import from CRMs and spreadsheets, export to files they own. */
export default function DataScreen() {
  return (
    <div className="data-screen">
      <header className="page-header">
        <div>
          <h1>Import &amp; export</h1>
          <p>
            Bring prospects and insights in from your CRM, take everything out whenever you like.
            Press <kbd>i</kbd> to choose a file.
          </p>
        </div>
      </header>
      <ImportPanel />
      <ExportPanel />
      <RestorePanel />
    </div>
  );
}

function ExportPanel() {
  const exporting = useExport();
  return (
    <section className="card data-card" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        CSV files open in Excel, Numbers or Google Sheets. Cells that a spreadsheet would run as a
        formula start with an apostrophe, so a file can never run anything on your computer.
      </p>
      <ul className="export-list">
        {EXPORTS.map(({ kind, label, hint }) => (
          <li key={kind}>
            <button
              type="button"
              className="button"
              disabled={exporting.isPending}
              onClick={() => exporting.mutate(kind)}
            >
              Export {label}
            </button>
            <span className="muted">{hint}</span>
          </li>
        ))}
      </ul>
      {exporting.isSuccess ? (
        <p role="status" className="muted">
          Saved {exporting.data.filename}.
        </p>
      ) : null}
      {exporting.isError ? (
        <div className="banner error" role="alert">
          {exporting.error.message}
        </div>
      ) : null}
    </section>
  );
}

/** A library export goes back in whole, into an empty library only (the backend refuses otherwise). */
function RestorePanel() {
  const restore = useRestore();
  return (
    <section className="card data-card" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore a library export</h2>
      <p className="muted">
        A JSON file from “Export whole library” brings back every prospect, insight, briefing, plan,
        call and note, into an empty library.
      </p>
      <TextField
        id="library-file"
        className="import-file"
        label="Library file (JSON)"
        type="file"
        accept=".json,application/json"
        disabled={restore.busy}
        onChange={(event) => restore.choose(event.target.files?.[0])}
      />
      {restore.busy ? (
        <p role="status" className="muted">
          Restoring…
        </p>
      ) : null}
      {restore.restored ? <Restored counts={restore.restored} /> : null}
      {restore.failure ? (
        <div className="banner error" role="alert">
          {restore.failure}
        </div>
      ) : null}
    </section>
  );
}

function Restored({ counts }: { counts: LibraryImportResult }) {
  return (
    <div className="banner ok" role="status">
      Restored {counts.prospects} prospects, {counts.insights} insights, {counts.briefings}{' '}
      briefings, {counts.plans} plans, {counts.calls} calls and {counts.notes} notes.
    </div>
  );
}
