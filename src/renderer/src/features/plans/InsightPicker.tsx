import { useDeferredValue, useState } from 'react';
import type { Insight } from '../../../../shared/domain/insight';
import { usePlanInsightSearch, usePlanInsightSuggestions } from './queries';
import { LIMITS } from '../../../../shared/domain/fields';

interface Props {
  prospectId: number;
  chosen: Insight[];
  onChange: (insights: Insight[]) => void;
}

/** The plan's insights in order, with suggestions for this prospect first and search below. */
export function InsightPicker({ prospectId, chosen, onChange }: Props) {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const suggestions = usePlanInsightSuggestions(prospectId);
  const results = usePlanInsightSearch(query);
  const chosenIds = new Set(chosen.map((insight) => insight.id));
  const candidates =
    query === ''
      ? (suggestions.data ?? []).map((s) => ({ insight: s.insight, note: s.reasons.join(' · ') }))
      : (results.data ?? []).map((hit) => ({ insight: hit.insight, note: '' }));

  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };

  return (
    <section className="panel" aria-labelledby="insights-title">
      <h3 id="insights-title" className="panel-title">
        Insights for this call
      </h3>
      {chosen.length === 0 ? (
        <p className="muted small">Pick the insight you will trade for their time.</p>
      ) : null}
      <ol className="chosen-insights stack-list">
        {chosen.map((insight, index) => (
          <li key={insight.id}>
            <span className="chosen-headline">{insight.headline}</span>
            <span className="chosen-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move up: ${insight.headline}`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move down: ${insight.headline}`}
                disabled={index === chosen.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove: ${insight.headline}`}
                onClick={() => onChange(chosen.filter((c) => c.id !== insight.id))}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <label htmlFor="insight-picker-search" className="visually-hidden">
        Search insights to add
      </label>
      <input
        id="insight-picker-search"
        className="search-input compact"
        type="search"
        maxLength={LIMITS.query}
        placeholder="Search your insights…"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p className="muted small">{query === '' ? 'Suggested for this prospect' : 'Matches'}</p>
      <ul
        className="insight-candidates stack-list"
        aria-label={query === '' ? 'Suggested insights' : 'Matching insights'}
      >
        {candidates
          .filter((candidate) => !chosenIds.has(candidate.insight.id))
          .map(({ insight, note }) => (
            <li key={insight.id}>
              <button
                type="button"
                className="candidate"
                onClick={() => onChange([...chosen, insight])}
              >
                <span className="candidate-headline">
                  <span aria-hidden="true">+ </span>
                  <span className="visually-hidden">Add insight: </span>
                  {insight.headline}
                </span>
                {note ? <span className="candidate-note">{note}</span> : null}
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
