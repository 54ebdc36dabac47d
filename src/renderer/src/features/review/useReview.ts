import { useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { ReviewItem } from '../../../../shared/domain/review';
import { useCommands } from '../../app/commands/useCommands';
import { startOfLocalDay } from './labels';
import {
  useFilterOptions,
  useReuseOpener,
  useReviewAnalytics,
  useReviewComparison,
  useReviewList,
  type ReviewFiltersQuery,
} from './queries';
import { NO_FILTERS, type FilterState } from './ReviewFilters';

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

/**
 * The review screen's state and data: the filters (deferred, so typing stays smooth), the pages
 * of past calls, the analytics for the same dates, two calls to compare, reusing an opener, the
 * keyboard selection. The view owns the DOM refs; the hook focuses and scrolls them.
 */
export function useReview({
  searchRef,
  compareRef,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  compareRef: RefObject<HTMLDivElement | null>;
}) {
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
  // Reuse asks for whom first (ReuseOpenerDialog): the call's own prospect, or another.
  const [reusingItem, setReusingItem] = useState<ReviewItem | null>(null);
  const reuseOpener = (callId: number) => {
    reuse.reset();
    setReusingItem(items.find((item) => item.id === callId) ?? null);
  };
  const startReuse = (prospectId: number) => {
    if (!reusingItem) return;
    reuse.mutate(
      { callId: reusingItem.id, prospectId },
      { onSuccess: ({ planId }) => navigate(`/plans/${planId}`) },
    );
  };

  useEffect(() => {
    if (comparison.data) compareRef.current?.scrollIntoView({ block: 'start' });
  }, [comparison.data, compareRef]);

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

  return {
    filters,
    setFilters: (next: FilterState) => {
      setFilters(next);
      setSelected(0);
    },
    filterOptions: options.data ?? { insights: [], prospects: [] },
    analytics: analytics.data,
    items,
    selected,
    /** Nothing dialed or logged yet: the screen teaches instead of filtering. */
    nothingYet: list.isSuccess && !filtered && items.length === 0,
    listLoaded: list.isSuccess,
    listError: list.error?.message ?? null,
    hasOlder: list.hasNextPage,
    loadingOlder: list.isFetchingNextPage,
    showOlder: () => void list.fetchNextPage(),
    comparing,
    toggleCompare,
    compare,
    comparison: pair ? comparison.data : undefined,
    comparisonError: comparison.error?.message ?? null,
    closeComparison: () => setPair(null),
    reuseOpener,
    reusingItem,
    startReuse,
    cancelReuse: () => setReusingItem(null),
    reuseError: reuse.error?.message ?? null,
    /** The call whose opener is being copied into a new plan, while it is. */
    reusing: reuse.isPending ? (reuse.variables?.callId ?? null) : null,
  };
}
