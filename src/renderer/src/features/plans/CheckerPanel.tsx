import type { CheckResult, ComponentName, Finding, Severity } from '../../../../shared/checker';

interface Props {
  result: CheckResult;
  text: string;
  subject?: string;
  /** Replaces the finding's span with `replacement`; offered when the rule has one. */
  onApply?: (finding: Finding, replacement: string) => void;
  activeOffset?: number;
  /**
   * The opener of a call that has ended: the panel tells what happened (finished, its outcome)
   * and the check as it stood when it was dialed, and invites no dial.
   */
  finished?: { outcome: string };
  /** The opener of a call in progress: the check as it stood when it was dialed. */
  dialed?: boolean;
}

/** An email is sent, not dialed: the panel of the follow-up email says so in its own words. */
const VERDICT_LABEL = {
  call: { ready: 'Ready to dial', needs_work: 'Needs work', blocked: 'Blocked' },
  email: { ready: 'Ready to send', needs_work: 'Needs work', blocked: 'Blocked' },
  dialed: {
    ready: 'Ready when dialed',
    needs_work: 'Needed work when dialed',
    blocked: 'Blocked when dialed',
  },
} as const;
const NOTHING_TO_FIX = {
  call: 'Nothing to fix. Sound like a peer and dial.',
  email: 'Nothing to fix. Write like a peer and send.',
  dialed: 'Nothing was flagged when it was dialed.',
} as const;
const SEVERITY_LABEL: Record<Severity, string> = { block: 'Blocks', warn: 'Warning', info: 'Note' };
// Shapes as well as colors, so severity reads without color too.
const SEVERITY_ICON: Record<Severity, string> = { block: '■', warn: '▲', info: '●' };
/** A block wears the blocked verdict's colours and a warning the needs-work ones (theme.css). */
const SEVERITY_TONE: Record<Severity, string> = {
  block: 'verdict-blocked',
  warn: 'verdict-needs_work',
  info: 'badge-info',
};
const COMPONENT_LABEL: Record<ComponentName, string> = {
  identity: 'Who you are (name + company)',
  reason: 'Why you are calling',
  insight: 'An insight they don’t have',
  benefit: 'How they benefit',
  ask: 'One clear ask with a time',
};
const ORDER: Severity[] = ['block', 'warn', 'info'];

/** A template slot left in the text, which Dial refuses whatever the verdict. */
const isSlot = (finding: Finding) => finding.category === 'placeholder';

/** In place of the verdict while the checker's language model loads (or if it failed to). */
export function CheckerPending({ status }: { status: 'loading' | 'ready' | 'failed' }) {
  return (
    <section className="checker" aria-label="Opener check">
      <div className="verdict verdict-checking" role="status" aria-live="polite">
        <span className="verdict-label">
          {status === 'failed'
            ? 'The checker could not load; the opener is checked when you dial.'
            : 'Checking…'}
        </span>
      </div>
    </section>
  );
}

/**
 * The checker's verdict, the five parts of a One-Up opener, the pace, and every finding: one
 * line each (severity, message, the words it is about), opening to its why, evidence and fix.
 */
export function CheckerPanel({
  result,
  text,
  subject,
  onApply,
  activeOffset,
  finished,
  dialed,
}: Props) {
  // The email tab hands in its subject; an opener has none. A dialed opener invites no dial.
  const kind = finished || dialed ? 'dialed' : subject === undefined ? 'call' : 'email';
  const finishedLine = finished ? (
    <p className="checker-finished" role="note">
      <strong>Call finished</strong> · {finished.outcome}
    </p>
  ) : null;
  if (text.trim() === '' && !subject?.trim()) {
    return kind === 'dialed' ? (
      <section className="checker" aria-label="Opener check">
        {finishedLine}
        <p className="muted">No opener was used on this call.</p>
      </section>
    ) : (
      <NothingWritten kind={kind} />
    );
  }
  // An unfilled slot is no block of the opener's craft (the verdict stays as the checker gave
  // it), but Dial refuses it outright: the panel says so first, in the same red, not as a warning.
  const slots = kind === 'dialed' ? 0 : result.findings.filter(isSlot).length;
  const rank = (finding: Finding) => (isSlot(finding) ? -1 : ORDER.indexOf(finding.severity));
  const findings = [...result.findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const seconds = Math.round(result.stats.seconds);
  return (
    <section className="checker" aria-label="Opener check">
      {finishedLine}
      <div
        className={`verdict verdict-${slots > 0 ? 'blocked' : result.verdict}`}
        role="status"
        aria-live="polite"
      >
        <span className="verdict-label">
          {slots > 0
            ? `Fill in ${slots === 1 ? 'the blank' : `${slots} blanks`} first`
            : VERDICT_LABEL[kind][result.verdict]}
        </span>
        <span className="verdict-score" aria-label={`score ${result.score} of 100`}>
          {result.score}
          <small>/100</small>
        </span>
      </div>

      <h3 className="panel-title">The five parts</h3>
      <ul className="components" aria-label="Opener parts">
        {(Object.keys(COMPONENT_LABEL) as ComponentName[]).map((name) => {
          const present = result.components[name].present;
          return (
            <li key={name} className={present ? 'present' : 'missing'}>
              <span aria-hidden="true">{present ? '✓' : '○'}</span> {COMPONENT_LABEL[name]}
              <span className="visually-hidden">{present ? ' — present' : ' — missing'}</span>
            </li>
          );
        })}
      </ul>

      {kind !== 'email' ? (
        <p className={`pace ${result.stats.seconds > 30 ? 'pace-long' : ''}`}>
          About <strong>{seconds} s</strong> to say at {result.stats.wpm} wpm · {result.stats.words}{' '}
          words · you/your {result.stats.youYour} vs I/we/our {result.stats.iWeOur}
        </p>
      ) : (
        // Read, not spoken: its length is counted in words (25–50 is the first touch's range).
        <p className={`pace ${result.stats.words > 75 ? 'pace-long' : ''}`}>
          <strong>{result.stats.words} words</strong> (25–50 reads best in a first email) · you/your{' '}
          {result.stats.youYour} vs I/we/our {result.stats.iWeOur}
        </p>
      )}

      <h3 className="panel-title">
        Findings <span className="count">{findings.length}</span>
      </h3>
      {findings.length === 0 ? <p className="muted">{NOTHING_TO_FIX[kind]}</p> : null}
      <ol className="findings stack-list" aria-label="Findings">
        {findings.map((finding, index) => {
          const source = finding.field === 'subject' ? (subject ?? '') : text;
          const quote = finding.category.startsWith('missing_')
            ? null
            : source.slice(finding.start, finding.end);
          const active =
            activeOffset !== undefined &&
            activeOffset >= finding.start &&
            activeOffset <= finding.end &&
            quote !== null;
          const replacement = finding.replacement;
          // Several findings often rest on one study: it is shown with the first of them only.
          const evidenceShownAbove =
            finding.evidence !== undefined &&
            findings
              .slice(0, index)
              .some((earlier) => earlier.evidence?.fact === finding.evidence?.fact);
          return (
            <li
              key={`${finding.ruleId}-${finding.start}`}
              className={`finding finding-${finding.severity} ${active ? 'active' : ''}`}
            >
              <details open={active}>
                <summary>
                  {isSlot(finding) && kind !== 'dialed' ? (
                    <span className={`badge ${SEVERITY_TONE.block}`}>
                      <span aria-hidden="true">{SEVERITY_ICON.block}</span> Fill in
                    </span>
                  ) : (
                    <span className={`badge ${SEVERITY_TONE[finding.severity]}`}>
                      <span aria-hidden="true">{SEVERITY_ICON[finding.severity]}</span>{' '}
                      {SEVERITY_LABEL[finding.severity]}
                    </span>
                  )}
                  <span className="finding-line">
                    <span className="finding-message">{finding.message}</span>
                    {quote ? (
                      <>
                        {' '}
                        {/* The words past the limit, however few: "From “you…”", not a bare
                            “you” that reads as the fault. */}
                        <span className="finding-quote">
                          {finding.ruleId === 'length.too_long' ? (
                            <>
                              From <q>{quote}…</q>
                            </>
                          ) : (
                            <q>{quote}</q>
                          )}
                        </span>
                      </>
                    ) : null}
                  </span>
                </summary>
                <div className="finding-body">
                  {finding.blockedBecause ? (
                    <p className="finding-because">
                      <strong>Blocks because: </strong>
                      {finding.blockedBecause}
                    </p>
                  ) : null}
                  <p className="finding-why">
                    <strong>Why: </strong>
                    {finding.why}
                  </p>
                  {finding.evidence && !evidenceShownAbove ? (
                    <p className="finding-evidence">
                      <strong>Evidence: </strong>
                      {finding.evidence.fact} <cite>— {finding.evidence.source}</cite>
                    </p>
                  ) : null}
                  <p className="finding-fix">
                    <strong>Try: </strong>
                    {finding.suggestion}
                  </p>
                </div>
              </details>
              {replacement !== undefined && onApply ? (
                <button
                  type="button"
                  className="button small"
                  onClick={() => onApply(finding, replacement)}
                >
                  {replacement === '' ? 'Remove it' : `Replace with “${replacement}”`}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Before anything is written: a blank opener or email is not "Blocked, 0/100" with six findings
 * about parts nobody has tried to write yet; it is checked from the first word.
 */
function NothingWritten({ kind }: { kind: 'call' | 'email' }) {
  return (
    <section className="checker" aria-label="Opener check">
      <div className="verdict verdict-checking" role="status" aria-live="polite">
        <span className="verdict-label">{kind === 'call' ? 'No opener yet' : 'No email yet'}</span>
      </div>
      <p className="muted">
        {kind === 'call'
          ? 'Write the opener or build it from parts: it is checked as you type.'
          : 'Write the follow-up email: it is checked as you type, in email mode (a subject, 25–50 words, one ask).'}
      </p>
    </section>
  );
}
