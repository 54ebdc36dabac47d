import type { WeekRate } from '../../../../../shared/domain/review';
import { percent } from '../labels';

const WIDTH = 760;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const PLOT_BOTTOM = 170;
const VOLUME_TOP = 186;
const VOLUME_BOTTOM = 214;

/** Rounds the top of the rate axis up to the next 10 %, so small rates are not squashed flat. */
function axisTop(weeks: WeekRate[]): number {
  const highest = Math.max(
    0.1,
    ...weeks.filter((week) => week.calls > 0).map((week) => week.upper),
  );
  return Math.min(1, Math.ceil(highest * 10) / 10);
}

/**
 * Meeting rate week by week: the line is the rate, the shaded band its Wilson interval (wide in
 * quiet weeks), and the bars underneath the number of calls behind each point. A week without
 * calls breaks the line instead of drawing a slope nobody measured.
 */
export function WeeklyLine({ weeks }: { weeks: WeekRate[] }) {
  const top = axisTop(weeks);
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.length - 1);
  const x = (index: number) =>
    weeks.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + index * step;
  const y = (value: number) => PLOT_BOTTOM - (Math.min(value, top) / top) * (PLOT_BOTTOM - TOP);
  const maxCalls = Math.max(1, ...weeks.map((week) => week.calls));
  const barWidth = Math.max(1, Math.min(14, step * 0.6));

  // Runs of consecutive weeks with calls: each gets its own line and band.
  const runs: { week: WeekRate; index: number }[][] = [];
  weeks.forEach((week, index) => {
    if (week.rate === null) return;
    const run = runs.at(-1);
    if (run && run.at(-1)!.index === index - 1) run.push({ week, index });
    else runs.push([{ week, index }]);
  });
  const ticks = [0, top / 2, top];
  // Every week has room for its label up to eight weeks; beyond, the first, middle and last.
  const labelled = new Set(
    weeks.length <= 8 ? weeks.keys() : [0, Math.floor((weeks.length - 1) / 2), weeks.length - 1],
  );
  const busiest = weeks.reduce<WeekRate | null>(
    (best, week) => (week.calls > (best?.calls ?? 0) ? week : best),
    null,
  );
  const withCalls = weeks.filter((week) => week.calls > 0);
  const summary =
    withCalls.length === 0
      ? 'Meeting rate by week: no calls with an outcome in this range.'
      : `Meeting rate by week, ${weeks[0]!.week} to ${weeks.at(-1)!.week}: ${withCalls.length} weeks with calls; ` +
        `from ${percent.format(Math.min(...withCalls.map((week) => week.rate!)))} to ${percent.format(Math.max(...withCalls.map((week) => week.rate!)))}; ` +
        `busiest week ${busiest!.week} with ${busiest!.calls} calls at ${percent.format(busiest!.rate!)}.`;

  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMinYMin meet"
      style={{ maxWidth: WIDTH * 1.2 }}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text className="chart-axis-label" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
            {percent.format(tick)}
          </text>
        </g>
      ))}
      {runs.map((run) => (
        <g key={run[0]!.index}>
          <polygon
            className="chart-band"
            points={[
              ...run.map(({ week, index }) => `${x(index)},${y(week.upper)}`),
              ...[...run].reverse().map(({ week, index }) => `${x(index)},${y(week.lower)}`),
            ].join(' ')}
          />
          <polyline
            className="chart-line"
            points={run.map(({ week, index }) => `${x(index)},${y(week.rate!)}`).join(' ')}
          />
        </g>
      ))}
      {weeks.map((week, index) => (
        <g key={week.weekStart}>
          <title>{`${week.week} (from ${week.weekStart}): ${week.meetings} of ${week.calls} calls`}</title>
          {week.rate !== null && weeks.length <= 60 ? (
            <circle className="chart-point" cx={x(index)} cy={y(week.rate)} r={2.5} />
          ) : null}
          <rect
            className="chart-volume"
            x={x(index) - barWidth / 2}
            width={barWidth}
            y={VOLUME_BOTTOM - (week.calls / maxCalls) * (VOLUME_BOTTOM - VOLUME_TOP)}
            height={(week.calls / maxCalls) * (VOLUME_BOTTOM - VOLUME_TOP)}
          />
          {labelled.has(index) ? (
            <text
              className="chart-axis-label"
              x={x(index)}
              y={HEIGHT - 6}
              textAnchor={index === 0 ? 'start' : index === weeks.length - 1 ? 'end' : 'middle'}
            >
              {week.week}
            </text>
          ) : null}
        </g>
      ))}
      {/* Clear of the first week's bar, which is centred on LEFT. */}
      <text
        className="chart-axis-label"
        x={LEFT - barWidth / 2 - 4}
        y={VOLUME_BOTTOM}
        textAnchor="end"
      >
        calls
      </text>
    </svg>
  );
}
