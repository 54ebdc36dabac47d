import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Insight } from '../../../../shared/domain/insight';
import { api, unwrap } from '../../lib/api';
import { invalidateRecordViews, useArchiveRecord, useSaveRecord } from '../../lib/record-mutations';
import { insightIntoCachedPlans } from '../../lib/cached-plans';

export type InsightListQuery = NonNullable<ChannelInput<'insights:list'>>;
export type InsightSearchQuery = ChannelInput<'insights:search'>;
export type InsightFields = ChannelInput<'insights:create'>;

/**
 * Every cache key of the insights feature. The plan's insight picker and the briefing editor keep
 * their own searches and suggestions under `['insights', 'search' | 'suggest', …]`, so
 * invalidating `searches()` and `suggestions()` refreshes them too.
 */
export const insightKeys = {
  all: ['insights'] as const,
  lists: () => [...insightKeys.all, 'list'] as const,
  list: (query: InsightListQuery) => [...insightKeys.lists(), query] as const,
  searches: () => [...insightKeys.all, 'search'] as const,
  search: (query: InsightSearchQuery) => [...insightKeys.searches(), query] as const,
  facets: () => [...insightKeys.all, 'facets'] as const,
  suggestions: () => [...insightKeys.all, 'suggest'] as const,
  details: () => [...insightKeys.all, 'detail'] as const,
  detail: (id: number) => [...insightKeys.details(), id] as const,
  libraryEmpty: () => [...insightKeys.all, 'library-empty'] as const,
};

export const useInsightList = (query: InsightListQuery, enabled = true) =>
  useQuery({
    queryKey: insightKeys.list(query),
    queryFn: () => unwrap(api.insights.list(query)),
    placeholderData: keepPreviousData,
    enabled,
  });

const insightSearchOptions = (query: InsightSearchQuery) => ({
  queryKey: insightKeys.search(query),
  queryFn: () => unwrap(api.insights.search(query)),
});

/** Asks for a search before the screen renders it; useInsightSearch then finds it in flight. */
export const prefetchInsightSearch = (queryClient: QueryClient, query: InsightSearchQuery) =>
  void queryClient.prefetchQuery(insightSearchOptions(query));

export const useInsightSearch = (query: InsightSearchQuery, enabled: boolean) =>
  useQuery({
    ...insightSearchOptions(query),
    // Keeps the previous results on screen while the next keystroke's results load: no flicker.
    placeholderData: keepPreviousData,
    enabled,
  });

export const useInsightFacets = () =>
  useQuery({
    queryKey: insightKeys.facets(),
    queryFn: () => unwrap(api.insights.facets()),
  });

/** One insight, for a link to `/insights/:id`; `undefined` asks for nothing. */
export const useInsight = (id: number | undefined) =>
  useQuery({
    queryKey: insightKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.insights.get({ id: id! })),
    enabled: id !== undefined && Number.isInteger(id),
  });

/** Whether the whole library (prospects and insights) is empty: only then can samples load. */
export const useLibraryIsEmpty = () =>
  useQuery({
    queryKey: insightKeys.libraryEmpty(),
    queryFn: async () => (await unwrap(api.app.info())).isEmpty,
    staleTime: 0,
  });

/**
 * What a stored insight changes elsewhere: the library's lists, searches and filter menus, the
 * suggestions, and every screen that shows an insight — plans, briefings, review (its filter
 * menu and rows) and the palette's search.
 */
function insightChanged(queryClient: QueryClient, insight: Insight) {
  queryClient.setQueryData(insightKeys.detail(insight.id), insight);
  insightIntoCachedPlans(queryClient, insight);
  invalidateRecordViews(queryClient, [
    insightKeys.lists(),
    insightKeys.searches(),
    insightKeys.facets(),
    insightKeys.suggestions(),
    insightKeys.libraryEmpty(),
  ]);
}

export const useSaveInsight = () =>
  useSaveRecord<InsightFields, Insight>(api.insights, insightChanged);

export const useArchiveInsight = () => useArchiveRecord(api.insights, insightChanged);
