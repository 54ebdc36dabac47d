import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { AnalyticsSection } from './AnalyticsSection';
import { CompareView } from './CompareView';
import { startOfLocalDay } from './labels';
import {
  useFilterOptions,
  useReuseOpener,
  useReviewAnalytics,
  useReviewComparison,
  useReviewList,
  type ReviewFiltersQuery,
} from './queries';
import { NO_FILTERS, ReviewFilters, type FilterState } from './ReviewFilters';
import { ReviewList } from './ReviewList';
import '../prospects/prospect-detail.css';
import './review.css';

/** The rep's offset from UTC, so weeks end on the rep's own Sunday night. */
const UTC_OFFSET_MINUTES = -new Date().getTimezoneOffset();

/** What the filter controls mean for the backend: local dates become the instants they start at. */
function toQuery(filters: FilterState): ReviewFiltersQuery {
  const query: ReviewFiltersQuery = {};
  if (filters.search.trim()) query.query = filters.search.trim();
  if (filters.outcome) query.outcome = filters.outcome as ReviewFiltersQuery['outcome'];
  if (filters.verdict) query.verdict = filters.verdict as ReviewFiltersQuery['verdict'];
  if (filters.insightId) query.insightId = Number(filters.insightId);
  if (filters.prospectId) query.prospectId = Number(filters.prospectId);
  if (filters.from) query.from = startOfLocalDay(filters.from);
  // `to` is inclusive on screen and exclusive in the API: the day after, at midnight.
  if (filters.to) query.to = startOfLocalDay(filters.to, 1);
  return query;
}

/** Past openers against their outcomes: filter, search, compare two, reuse one; and what works. */
export default function ReviewScreen() {
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const query = useMemo(() => toQuery(deferred), [deferred]);
  const list = useReviewList(query);
  const analytics = useReviewAnalytics({
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    utcOffsetMinutes: UTC_OFFSET_MINUTES,
  });
  const options = useFilterOptions();
  const [comparing, setComparing] = useState<number[]>([]);
  const [pair, setPair] = useState<{ a: number; b: number } | null>(null);
  const comparison = useReviewComparison(pair);
  const reuse = useReuseOpener();
  const [selected, setSelected] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const compareRef = useRef<HTMLDivElement>(null);

  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const filtered = Object.values(filters).some((value) => value !== '');

  const toggleCompare = (id: number) =>
    setComparing((current) =>
      current.includes(id)
        ? current.filter((other) => other !== id)
        : // A third pick replaces the older of the two.
          [...current, id].slice(-2),
    );
  const compare = () => {
    const [a, b] = comparing;
    if (a !== undefined && b !== undefined) setPair({ a, b });
  };
  const reuseOpener = (callId: number) =>
    reuse.mutate(callId, { onSuccess: ({ planId }) => navigate(`/plans/${planId}`) });

  useEffect(() => {
    if (comparison.data) compareRef.current?.scrollIntoView({ block: 'start' });
  }, [comparison.data]);

  useCommands([
    {
      id: 'review.search',
      title: 'Search past calls',
      section: 'Review',
      shortcut: '/',
      run: () => searchRef.current?.focus(),
    },
    {
      id: 'review.next',
      title: 'Select the next call',
      section: 'Review',
      shortcut: 'j',
      palette: false,
      run: () => setSelected((index) => Math.min(index + 1, items.length - 1)),
    },
    {
      id: 'review.previous',
      title: 'Select the previous call',
      section: 'Review',
      shortcut: 'k',
      palette: false,
      run: () => setSelected((index) => Math.max(index - 1, 0)),
    },
    {
      id: 'review.open',
      title: 'Open the selected call',
      section: 'Review',
      shortcut: 'enter',
      palette: false,
      enabled: !!items[selected],
      run: () => {
        const item = items[selected];
        if (item) navigate(`/calls/${item.id}`);
      },
    },
    {
      id: 'review.mark',
      title: 'Mark the selected call for comparison',
      section: 'Review',
      shortcut: 'x',
      enabled: !!items[selected],
      run: () => {
        const item = items[selected];
        if (item) toggleCompare(item.id);
      },
    },
    {
      id: 'review.compare',
      title: 'Compare the two marked calls',
      section: 'Review',
      shortcut: 'c',
      enabled: comparing.length === 2,
      run: compare,
    },
    {
      id: 'review.close-compare',
      title: 'Close the comparison',
      section: 'Review',
      shortcut: 'escape',
      palette: false,
      enabled: pair !== null,
      run: () => setPair(null),
    },
  ]);

  useEffect(() => {
    document
      .querySelector('.review-list > [aria-current="true"]')
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const nothingYet = list.isSuccess && !filtered && items.length === 0;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Review</h1>
          <p>
            Every opener you dialed, exactly as said, with its check at dial time and how the call
            ended.
          </p>
        </div>
      </header>
      {nothingYet ? (
        <section className="card empty" aria-labelledby="review-empty-title">
          <h2 id="review-empty-title">No calls to review yet</h2>
          <p>
            Dial from a call plan, or log a call you made from another phone. Each opener lands here
            with its verdict, score and outcome, so you can see which ones earn meetings.
          </p>
        </section>
      ) : (
        <>
          <ReviewFilters
            value={filters}
            onChange={(next) => {
              setFilters(next);
              setSelected(0);
            }}
            insights={options.data?.insights ?? []}
            prospects={options.data?.prospects ?? []}
            searchRef={searchRef}
          />
          {analytics.data ? <AnalyticsSection analytics={analytics.data} /> : null}
          <div ref={compareRef}>
            {comparison.isError ? (
              <div className="banner error" role="alert">
                {comparison.error.message}
              </div>
            ) : null}
            {pair && comparison.data ? (
              <CompareView comparison={comparison.data} onClose={() => setPair(null)} />
            ) : null}
          </div>
          <section className="review-calls" aria-labelledby="review-calls-title">
            <div className="review-section-head">
              <h2 id="review-calls-title">Past calls</h2>
              <div className="review-compare-bar">
                <span className="muted" aria-live="polite">
                  {comparing.length === 0
                    ? 'Tick two calls to compare them.'
                    : comparing.length === 1
                      ? 'One call ticked; tick another.'
                      : 'Two calls ticked.'}
                </span>
                <button
                  type="button"
                  className="button primary"
                  disabled={comparing.length !== 2}
                  onClick={compare}
                >
                  Compare <kbd>c</kbd>
                </button>
              </div>
            </div>
            {reuse.isError ? (
              <div className="banner error" role="alert">
                {reuse.error.message}
              </div>
            ) : null}
            {list.isError ? (
              <div className="banner error" role="alert">
                {list.error.message}
              </div>
            ) : null}
            {list.isSuccess && items.length === 0 ? (
              <p className="muted" role="status">
                No calls match these filters.
              </p>
            ) : (
              <ReviewList
                items={items}
                selectedIndex={selected}
                comparing={comparing}
                onToggleCompare={toggleCompare}
                onReuse={reuseOpener}
                reusing={reuse.isPending ? (reuse.variables ?? null) : null}
              />
            )}
            {list.hasNextPage ? (
              <button
                type="button"
                className="button review-more"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? 'Loading…' : 'Show older calls'}
              </button>
            ) : null}
          </section>
        </>
      )}
    </>
  );
}
