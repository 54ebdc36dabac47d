import { describeRate, percent } from '../labels';
import type { LabeledRate } from './ChartFigure';

const COUNT_WIDTH = 70;
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 22;
/**
 * Room for labels: short ones (verdicts, bands) or insight headlines in the wide layout. The wide
 * one fits a 900 px window at nearly full size (at 1000 units its text shrank to 10 px there).
 */
const LAYOUTS = {
  narrow: { width: 600, labelWidth: 190, labelChars: 28 },
  wide: { width: 800, labelWidth: 340, labelChars: 44 },
} as const;

/**
 * Horizontal bars of meeting rate, each with its Wilson interval drawn as an error bar and its
 * number of calls beside it: a wide whisker says "too few calls to tell" at a glance.
 */
export function RateBars({
  rows,
  label,
  wide = false,
}: {
  rows: LabeledRate[];
  label: string;
  wide?: boolean;
}) {
  const {
    width: WIDTH,
    labelWidth: PLOT_LEFT,
    labelChars: LABEL_CHARS,
  } = LAYOUTS[wide ? 'wide' : 'narrow'];
  const PLOT_RIGHT = WIDTH - COUNT_WIDTH;
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const x = (value: number) => PLOT_LEFT + value * (PLOT_RIGHT - PLOT_LEFT);
  const summary = `${label}. ${rows.map((row) => `${row.label}: ${describeRate(row.rate)}`).join('. ')}.`;
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMinYMin meet"
      // Never drawn larger than designed, so the labels keep the size of the text around them.
      style={{ maxWidth: WIDTH }}
    >
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line
            className="chart-grid"
            x1={x(tick)}
            x2={x(tick)}
            y1={0}
            y2={rows.length * ROW_HEIGHT}
          />
          <text
            className="chart-axis-label"
            x={x(tick)}
            y={height - 6}
            textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}
          >
            {percent.format(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const top = index * ROW_HEIGHT;
        const middle = top + ROW_HEIGHT / 2;
        const { rate } = row;
        const short =
          row.label.length > LABEL_CHARS ? `${row.label.slice(0, LABEL_CHARS - 1)}…` : row.label;
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${describeRate(rate)}`}</title>
            <text className="chart-label" x={0} y={middle + 4}>
              {short}
            </text>
            {rate.rate === null ? (
              <text className="chart-axis-label" x={PLOT_LEFT + 4} y={middle + 4}>
                no calls yet
              </text>
            ) : (
              <>
                <rect
                  className="chart-bar"
                  x={PLOT_LEFT}
                  y={top + 7}
                  width={Math.max(1, x(rate.rate) - PLOT_LEFT)}
                  height={ROW_HEIGHT - 14}
                  rx={2}
                />
                <line
                  className="chart-interval"
                  x1={x(rate.lower)}
                  x2={x(rate.upper)}
                  y1={middle}
                  y2={middle}
                />
                <line
                  className="chart-interval"
                  x1={x(rate.lower)}
                  x2={x(rate.lower)}
                  y1={middle - 6}
                  y2={middle + 6}
                />
                <line
                  className="chart-interval"
                  x1={x(rate.upper)}
                  x2={x(rate.upper)}
                  y1={middle - 6}
                  y2={middle + 6}
                />
                <circle className="chart-point" cx={x(rate.rate)} cy={middle} r={3.5} />
              </>
            )}
            <text className="chart-count" x={WIDTH} y={middle + 4} textAnchor="end">
              {`${rate.meetings} of ${rate.calls}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
