import type { ReactNode } from 'react';
import type { Finding, Severity } from '../../../../shared/checker';
import type { ReviewCallDetail, ReviewComparison } from '../../../../shared/domain/review';
import { OUTCOME_LABELS, VERDICT_LABELS, dateTime } from './labels';

const SEVERITY_LABEL: Record<Severity, string> = { block: 'Blocks', warn: 'Warning', info: 'Note' };
// Shapes as well as colors, so severity reads without color too (as on the plan screen).
const SEVERITY_ICON: Record<Severity, string> = { block: '■', warn: '▲', info: '●' };
const ORDER: Severity[] = ['block', 'warn', 'info'];

/** Two openers side by side: the text with its flagged phrases, the findings, and how each call ended. */
export function CompareView({
  comparison,
  onClose,
}: {
  comparison: ReviewComparison;
  onClose: () => void;
}) {
  return (
    <section className="review-compare" aria-labelledby="review-compare-title">
      <div className="review-section-head">
        <h2 id="review-compare-title">Comparison</h2>
        <button type="button" className="button" onClick={onClose}>
          Close comparison <kbd>Esc</kbd>
        </button>
      </div>
      <div className="review-compare-grid">
        <CompareColumn call={comparison.a} side="A" />
        <CompareColumn call={comparison.b} side="B" />
      </div>
    </section>
  );
}

function CompareColumn({ call, side }: { call: ReviewCallDetail; side: 'A' | 'B' }) {
  const findings = [...(call.checkResult?.findings ?? [])]
    .filter((finding) => finding.field === 'text')
    .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.start - b.start);
  const headingId = `compare-${side}`;
  return (
    <article className="card review-compare-column" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {side}: {call.prospect.name}
        {call.prospect.company ? `, ${call.prospect.company}` : ''}
      </h3>
      <p className="muted">
        <a href={`#/calls/${call.id}`}>{dateTime.format(new Date(call.startedAt))}</a>
      </p>
      <dl className="review-compare-facts">
        <div>
          <dt>At dial time</dt>
          <dd>
            {call.verdict ? (
              <span className={`pill verdict-${call.verdict}`}>
                {VERDICT_LABELS[call.verdict]} · {call.score}
              </span>
            ) : (
              'Not checked'
            )}
          </dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            <span
              className={`pill ${call.outcome === 'meeting_booked' ? 'pill-meeting' : 'pill-outcome'}`}
            >
              {call.outcome ? OUTCOME_LABELS[call.outcome] : 'No outcome yet'}
            </span>
          </dd>
        </div>
        {call.nextStep ? (
          <div>
            <dt>Next step</dt>
            <dd>{call.nextStep}</dd>
          </div>
        ) : null}
      </dl>
      <h4>Opener</h4>
      <p className="review-compare-opener">{marked(call.opener, findings)}</p>
      {call.overrideReason ? (
        <p className="review-override">
          <strong>Dialed despite blocking findings:</strong> {call.overrideReason}
        </p>
      ) : null}
      <h4>Findings</h4>
      {findings.length === 0 ? (
        <p className="muted">{call.checkResult ? 'Nothing flagged.' : 'No check on record.'}</p>
      ) : (
        <ul className="review-findings" aria-label={`Findings for ${side}`}>
          {findings.map((finding) => (
            <li
              key={`${finding.ruleId}-${finding.start}`}
              className={`finding-${finding.severity}`}
            >
              <span className="review-finding-severity" aria-hidden="true">
                {SEVERITY_ICON[finding.severity]}
              </span>
              <span className="visually-hidden">{SEVERITY_LABEL[finding.severity]}: </span>
              {finding.message}
              {quotable(finding) ? (
                <q className="muted"> {call.opener.slice(finding.start, finding.end)}</q>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * A phrase worth quoting and marking. A missing part (no reason, no ask) spans the whole opener;
 * marking all of it would drown the phrases that are really at fault.
 */
function quotable(finding: Finding): boolean {
  return finding.end > finding.start && !finding.category.startsWith('missing_');
}

/** The opener with each flagged span marked; a span overlapping an earlier one stays unmarked. */
function marked(text: string, findings: Finding[]): ReactNode[] {
  const spans = findings.filter(quotable).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const finding of spans) {
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark key={finding.start} className={`review-mark review-mark-${finding.severity}`}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return parts;
}
