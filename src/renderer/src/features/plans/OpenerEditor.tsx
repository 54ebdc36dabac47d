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
  const spans = findings
    .filter(
      (finding) =>
        finding.field === field && isHighlightable(finding) && finding.end > finding.start,
    )
    .sort((a, b) => a.start - b.start || RANK[b.severity] - RANK[a.severity]);

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

/** Splits the text into plain runs and marked runs; overlapping findings keep the most severe. */
function paint(text: string, spans: Finding[]): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    if (start > cursor) out.push(text.slice(cursor, start));
    out.push(
      <mark
        key={`${span.ruleId}-${span.start}`}
        className={`hl hl-${span.severity}`}
        data-rule={span.ruleId}
      >
        {text.slice(start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  out.push(text.slice(cursor));
  return out;
}
