import {
  INSIGHT_TARGETS,
  PROSPECT_TARGETS,
  TARGET_LABELS,
  type ImportPreview,
  type ImportRowError,
  type ImportSampleRow,
  type ImportTarget,
} from '../../../../shared/domain/data';

const SOURCE_NAMES: Record<ImportPreview['detectedSource'], string> = {
  hubspot: 'a HubSpot export',
  salesforce: 'a Salesforce export',
  apollo: 'an Apollo export',
  oneup: 'a OneUp export',
  plain: 'a plain list',
};

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** One line that says what the file is and what importing it would do. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const parts = [
    preview.format === 'csv' ? `Looks like ${SOURCE_NAMES[preview.detectedSource]}` : 'JSON file',
    count(preview.totalRows, 'row'),
    `${count(preview.invalidRows, 'row')} with errors`,
    count(preview.duplicates.inDatabase + preview.duplicates.inFile, 'duplicate'),
  ];
  if (preview.encoding !== 'utf-8') parts.push(`read as ${preview.encoding}`);
  return (
    <p className="import-summary" role="status">
      {parts.join(' · ')}
    </p>
  );
}

/** One dropdown per column of the file: which field it fills, or left out. */
export function MappingTable({
  preview,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (mapping: (ImportTarget | null)[]) => void;
}) {
  const targets = preview.kind === 'prospects' ? PROSPECT_TARGETS : INSIGHT_TARGETS;
  return (
    <div className="import-scroll">
      <table className="table import-mapping">
        <caption>Columns in the file and where they go</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Example</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => {
            const target = preview.mapping[index] ?? null;
            const detected = preview.detectedMapping[index] ?? null;
            return (
              <tr key={`${index}-${column}`}>
                <th scope="row">{column}</th>
                <td className="import-example">{preview.examples[index]}</td>
                <td>
                  <select
                    aria-label={`Import column "${column}" as`}
                    value={target ?? ''}
                    disabled={disabled}
                    onChange={(event) => {
                      const next = [...preview.mapping];
                      next[index] = (event.target.value || null) as ImportTarget | null;
                      onChange(next);
                    }}
                  >
                    <option value="">Leave out</option>
                    {targets.map((option) => (
                      <option key={option} value={option}>
                        {TARGET_LABELS[option]}
                        {option === detected ? ' (detected)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The fields the preview table shows: what the mapping fills, first and last name as one. */
function shownFields(preview: ImportPreview): ImportTarget[] {
  const mapped = new Set<ImportTarget>(
    preview.mapping
      .filter((target): target is ImportTarget => target !== null)
      .map((target) => (target === 'firstName' || target === 'lastName' ? 'name' : target)),
  );
  const order: readonly ImportTarget[] =
    preview.kind === 'prospects' ? PROSPECT_TARGETS : INSIGHT_TARGETS;
  return order.filter((target) => mapped.has(target));
}

/** The message without the field's label, which the cell's column already shows. */
function cellMessage(error: ImportRowError): string {
  const label = TARGET_LABELS[error.field as ImportTarget];
  return label && error.message.startsWith(`${label}: `)
    ? error.message.slice(label.length + 2)
    : error.message;
}

/**
 * The first rows as they will be saved. A bad value is marked in its own cell with what is wrong
 * under it, where the rep's eye already is; only a problem with no column shown (a ragged row, a
 * field left out of the mapping) needs the Problems column at the end.
 */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const fields = shownFields(preview);
  if (preview.sampleRows.length === 0) return null;
  const shown = new Set<string>(fields);
  const elsewhere = (row: ImportSampleRow) => row.errors.filter((error) => !shown.has(error.field));
  const problemsColumn = preview.sampleRows.some((row) => elsewhere(row).length > 0);
  return (
    // Focusable so that keyboard users can scroll a preview wider than the screen.
    <div className="import-scroll" tabIndex={0} role="region" aria-label="Preview of the rows">
      <table className="table import-preview">
        <caption>
          {preview.sampleRows.length === 1
            ? 'The row as it will be saved'
            : `The first ${preview.sampleRows.length} rows as they will be saved`}
          {preview.totalRows > preview.sampleRows.length
            ? ` (of ${preview.totalRows.toLocaleString()})`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {fields.map((field) => (
              <th scope="col" key={field}>
                {TARGET_LABELS[field]}
              </th>
            ))}
            {problemsColumn ? <th scope="col">Problems</th> : null}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.map((row) => (
            <tr key={row.row} className={row.errors.length > 0 ? 'import-row-error' : undefined}>
              <th scope="row">{row.row}</th>
              {fields.map((field) => {
                const errors = row.errors.filter((error) => error.field === field);
                return errors.length > 0 ? (
                  <td key={field} className="import-cell-error">
                    <span className="import-cell-value">{row.values[field] || '(empty)'}</span>
                    {errors.map((error, index) => (
                      <span key={index} className="import-problem">
                        {cellMessage(error)}
                      </span>
                    ))}
                  </td>
                ) : (
                  <td key={field}>{row.values[field] ?? ''}</td>
                );
              })}
              {problemsColumn ? (
                <td className="import-problems">
                  <span className="import-problem">
                    {elsewhere(row)
                      .map((error) => error.message)
                      .join(' ')}
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ErrorList({ preview }: { preview: ImportPreview }) {
  if (preview.errorCount === 0) return null;
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">
        {count(preview.errorCount, 'problem')} in {count(preview.invalidRows, 'row')}
      </h3>
      <ul>
        {preview.errors.map((error, index) => (
          <li key={`${error.row}-${error.field}-${index}`}>
            <strong>Row {error.row}:</strong> {error.message}
          </li>
        ))}
      </ul>
      {preview.errorCount > preview.errors.length ? (
        <p className="muted">
          The first {preview.errors.length} are listed; fix these and preview again to see more.
        </p>
      ) : null}
    </section>
  );
}

export function DuplicateList({ preview }: { preview: ImportPreview }) {
  const { duplicates } = preview;
  if (duplicates.examples.length === 0) return null;
  return (
    <ul className="import-duplicates">
      {duplicates.examples.slice(0, 10).map((example) => (
        <li key={example.row}>
          Row {example.row} ({example.matchedBy} {example.value}):{' '}
          {example.existing
            ? `already in your library as ${example.existing.label}`
            : `same as row ${example.firstRow}`}
        </li>
      ))}
    </ul>
  );
}
