import type { ReviewAnalytics } from '../../../../shared/domain/review';
import { ChartFigure, type LabeledRate } from './charts/ChartFigure';
import { RateBars } from './charts/RateBars';
import { WeeklyLine } from './charts/WeeklyLine';
import { BAND_LABELS, VERDICT_LABELS, describeRate } from './labels';

/** The section's heading, which "What earns meetings ↓" at the top of Review moves focus to. */
export const ANALYTICS_TITLE_ID = 'review-analytics-title';

/** What earns meetings: the rate by verdict, score band, insight and week, each with its interval. */
export function AnalyticsSection({ analytics }: { analytics: ReviewAnalytics }) {
  const byVerdict: LabeledRate[] = analytics.byVerdict.map((row) => ({
    key: row.verdict ?? 'unchecked',
    label: row.verdict ? VERDICT_LABELS[row.verdict] : 'Not checked',
    rate: row,
  }));
  const byBand: LabeledRate[] = analytics.byScoreBand.map((row) => ({
    key: row.band,
    label: BAND_LABELS[row.band],
    rate: row,
  }));
  const byInsight: LabeledRate[] = analytics.byInsight.map((row) => ({
    key: String(row.insightId),
    label: row.headline,
    rate: row,
  }));
  const byWeek: LabeledRate[] = analytics.byWeek.map((row) => ({
    key: row.weekStart,
    label: `${row.week} (from ${row.weekStart})`,
    rate: row,
  }));
  const interval =
    'The bar is the share of calls that booked a meeting; the whisker spans where the true rate likely is, wide when few calls stand behind it. The table view has the figures and the 95 % Wilson interval.';
  return (
    <section className="review-analytics" aria-labelledby={ANALYTICS_TITLE_ID}>
      <div className="review-section-head">
        <h2 id={ANALYTICS_TITLE_ID} tabIndex={-1}>
          What earns meetings
        </h2>
        <p className="muted">
          {analytics.overall.calls === 0
            ? 'No call in this range has an outcome yet. Rates appear once calls end.'
            : `Overall, ${describeRate(analytics.overall)}. Only calls with an outcome count.`}
        </p>
      </div>
      {analytics.overall.calls === 0 ? null : (
        <div className="chart-grid-layout">
          <ChartFigure
            title="By verdict at dial time"
            caption={interval}
            rows={byVerdict}
            rowHeader="Verdict"
          >
            <RateBars rows={byVerdict} label="Meeting rate by verdict at dial time" />
          </ChartFigure>
          <ChartFigure
            title="By score at dial time"
            caption={interval}
            rows={byBand}
            rowHeader="Score band"
          >
            <RateBars rows={byBand} label="Meeting rate by score band" />
          </ChartFigure>
          <ChartFigure
            title="By insight"
            caption={`${interval} The ${byInsight.length} most used of ${analytics.insightsWithCalls} insights; a call with two insights counts for each.`}
            rows={byInsight}
            rowHeader="Insight"
            className="chart-wide"
          >
            <RateBars rows={byInsight} label="Meeting rate by insight" wide />
          </ChartFigure>
          <ChartFigure
            title="By week"
            caption="The line is the share of each week's calls that booked a meeting, the band where the true rate likely is (95 % Wilson interval); bars below show how many calls each week had."
            rows={byWeek}
            rowHeader="ISO week"
            className="chart-wide"
          >
            <WeeklyLine weeks={analytics.byWeek} />
          </ChartFigure>
        </div>
      )}
    </section>
  );
}
