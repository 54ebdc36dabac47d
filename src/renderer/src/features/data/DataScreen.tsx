import { JobProgress } from '../../ui/JobProgress';
import { JobStopped } from '../jobs/queries';
import { ImportPanel } from './ImportPanel';
import { LibraryRestorePanel } from './LibraryRestorePanel';
import { useExport, type ExportKind } from './queries';
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
      <LibraryRestorePanel />
    </div>
  );
}

function ExportPanel() {
  const exporting = useExport();
  return (
    <section className="card data-card" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        CSV files open in Excel, Numbers or Google Sheets. Whatever a spreadsheet would run as a
        formula, at the start of a cell or after a comma, semicolon, tab or line break inside it,
        gets an apostrophe in front, so a file can never run anything on your computer.
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
      {exporting.isPending && exporting.progress ? (
        <JobProgress
          label="Export"
          unit="records"
          progress={exporting.progress}
          onCancel={exporting.cancel}
        />
      ) : null}
      {exporting.isSuccess ? (
        <p role="status" className="muted">
          Saved {exporting.data.filename}.
        </p>
      ) : null}
      {exporting.error instanceof JobStopped && exporting.error.cancelled ? (
        <p role="status" className="muted">
          Export cancelled: no file was saved.
        </p>
      ) : exporting.isError ? (
        <div className="banner error" role="alert">
          {exporting.error.message}
        </div>
      ) : null}
    </section>
  );
}
