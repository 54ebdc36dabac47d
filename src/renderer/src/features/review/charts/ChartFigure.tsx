import { useId, useState, type ReactNode } from 'react';
import type { RateRow } from '../../../../../shared/domain/review';
import { percent } from '../labels';

export interface LabeledRate {
  key: string;
  label: string;
  rate: RateRow;
}

/**
 * A chart with its title, a caption saying how to read it, and a button that swaps the picture
 * for the same figures as a table: for screen readers, for copying numbers, for anyone who
 * prefers rows to shapes.
 */
export function ChartFigure({
  title,
  caption,
  rows,
  rowHeader,
  className,
  children,
}: {
  title: string;
  caption: string;
  rows: LabeledRate[];
  rowHeader: string;
  className?: string;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <figure className={`chart card ${className ?? ''}`} aria-labelledby={titleId}>
      <div className="chart-head">
        <h3 id={titleId}>{title}</h3>
        <button
          type="button"
          className="button chart-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {asTable ? 'Show chart' : 'Show table'}
          <span className="visually-hidden"> for {title}</span>
        </button>
      </div>
      {asTable ? <RateTable rows={rows} rowHeader={rowHeader} title={title} /> : children}
      <figcaption className="chart-caption">{caption}</figcaption>
    </figure>
  );
}

function RateTable({
  rows,
  rowHeader,
  title,
}: {
  rows: LabeledRate[];
  rowHeader: string;
  title: string;
}) {
  return (
    <div className="chart-table-wrap">
      <table className="table chart-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">Calls</th>
            <th scope="col">Meetings</th>
            <th scope="col">Rate</th>
            <th scope="col">95 % interval</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, rate }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{rate.calls}</td>
              <td>{rate.meetings}</td>
              <td>{rate.rate === null ? '–' : percent.format(rate.rate)}</td>
              <td>
                {rate.calls === 0
                  ? '–'
                  : `${percent.format(rate.lower)}–${percent.format(rate.upper)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
