import { useRef, type ReactNode } from 'react';
import type { Finding, Severity } from '../../../../shared/checker';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  findings: Finding[];
  field: 'text' | 'subject';
  /** Show which finding the caret is on, so the panel can scroll to it. */
  onCaret?: (offset: number) => void;
  rows?: number;
  describedBy?: string;
}

const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/** Findings about a missing part point at the whole text; the checklist shows those instead. */
export const isHighlightable = (finding: Finding) => !finding.category.startsWith('missing_');

/**
 * A textarea with the checker's findings painted underneath: a mirror element with the same font,
 * padding and wrapping renders the text with <mark>s, and the transparent textarea on top keeps
 * native editing, selection, undo and accessibility.
 */
export function OpenerEditor({
  id,
  label,
  value,
  onChange,
  findings,
  field,
  onCaret,
  rows = 9,
  describedBy,
}: Props) {
  const mirror = useRef<HTMLDivElement>(null);
  const spans = findings.filter(
    (finding) =>
      finding.field === field &&
      isHighlightable(finding) &&
      finding.end > finding.start &&
      !coversNearlyAll(finding, value),
  );

  return (
    <div className="opener-editor">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <div className="opener-mirror" ref={mirror} aria-hidden="true">
        {paint(value, spans)}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        className="opener-input"
        value={value}
        rows={rows}
        spellCheck
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
        }}
        onSelect={(event) => onCaret?.(event.currentTarget.selectionStart)}
      />
    </div>
  );
}

/**
 * A finding about the opener as a whole (the I/we count, the length) spans nearly all of it and
 * points at no words: painting it would hide the words the other findings point at. The panel
 * lists it.
 */
function coversNearlyAll(finding: Finding, text: string): boolean {
  const words = text.trim().length;
  return words > 0 && finding.end - finding.start >= 0.9 * words;
}

/**
 * Splits the text into plain runs and marked runs. Where findings overlap, each stretch of text
 * takes the most severe finding over it, so a long warning never hides the block inside it; on a
 * tie the finding that starts first keeps its words whole ("our solutions", not "our" and
 * "solutions").
 */
export function paint(text: string, spans: readonly Finding[]): ReactNode[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])]
    .filter((at) => at >= 0 && at <= text.length)
    .sort((a, b) => a - b);
  const out: ReactNode[] = [];
  let run: { span: Finding | null; start: number; end: number } | null = null;
  const flush = () => {
    if (!run || run.end <= run.start) return;
    const slice = text.slice(run.start, run.end);
    out.push(
      run.span ? (
        <mark
          key={`${run.span.ruleId}-${run.start}`}
          className={`hl hl-${run.span.severity}`}
          data-rule={run.span.ruleId}
        >
          {slice}
        </mark>
      ) : (
        slice
      ),
    );
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const over = spans
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.start - b.start || b.end - a.end)[0];
    const span = over ?? null;
    if (run && run.span === span && run.end === start) run.end = end;
    else {
      flush();
      run = { span, start, end };
    }
  }
  flush();
  return out;
}
