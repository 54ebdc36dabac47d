import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { BriefingInsight } from '../../../../shared/domain/briefing';
import type { Insight } from '../../../../shared/domain/insight';
import { fetchInsightCandidates, useInsightCandidates } from './queries';
import { LIMITS } from '../../../../shared/domain/fields';

export const INSIGHT_SEARCH_ID = 'briefing-insight-search';

export const toBriefingInsight = (insight: Insight): BriefingInsight => ({
  id: insight.id,
  headline: insight.headline,
  detail: insight.detail,
  evidence: insight.evidence,
  source: insight.source,
  sourceUrl: insight.sourceUrl,
  isPublic: insight.isPublic,
  archived: insight.archivedAt !== null,
});

interface Props {
  chosenIds: ReadonlySet<number>;
  onAdd: (insight: BriefingInsight) => void;
  disabled: boolean;
}

/** Finds insights in the library (newest first until the rep types) and adds them at the end. */
export function InsightAdder({ chosenIds, onAdd, disabled }: Props) {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const candidates = useInsightCandidates(query);
  const available = candidates.insights.filter((insight) => !chosenIds.has(insight.id));
  const queryClient = useQueryClient();
  const addFirstMatch = async () => {
    const matches = await fetchInsightCandidates(queryClient, search.trim());
    const first = matches.find((insight) => !chosenIds.has(insight.id));
    if (first) onAdd(toBriefingInsight(first));
  };

  return (
    <div className="insight-adder">
      <label htmlFor={INSIGHT_SEARCH_ID} className="field-label">
        Add insights from your library
      </label>
      <input
        id={INSIGHT_SEARCH_ID}
        className="search-input compact"
        type="search"
        maxLength={LIMITS.query}
        placeholder="Search headline, detail, evidence, tags…"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !disabled) {
            event.preventDefault();
            void addFirstMatch();
          }
        }}
        aria-describedby="briefing-insight-search-hint"
      />
      <span id="briefing-insight-search-hint" className="field-hint">
        <kbd>Enter</kbd> adds the first match.
      </span>
      <ul className="pick-list" aria-label={query ? 'Matching insights' : 'Recent insights'}>
        {available.map((insight) => (
          <li key={insight.id} className="pick-row">
            <span className="pick-text">
              <strong>{insight.headline}</strong>
              {insight.evidence ? <span className="muted small">{insight.evidence}</span> : null}
            </span>
            <button
              type="button"
              className="button small"
              disabled={disabled}
              aria-label={`Add: ${insight.headline}`}
              onClick={() => onAdd(toBriefingInsight(insight))}
            >
              Add
            </button>
          </li>
        ))}
        {!candidates.isLoading && available.length === 0 ? (
          <li className="muted small">
            {query
              ? `No other insight matches “${query}”.`
              : candidates.insights.length > 0
                ? 'Every recent insight is already in this briefing. Search for more.'
                : 'Your insight library is empty. Add insights on the Insights screen first.'}
          </li>
        ) : null}
      </ul>
      {candidates.error ? (
        <div className="banner error" role="alert">
          {candidates.error.message}
        </div>
      ) : null}
    </div>
  );
}
