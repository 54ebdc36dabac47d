import { keepPreviousData, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { BriefingSummary } from '../../../../shared/domain/briefing';
import type { Call } from '../../../../shared/domain/call';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { CallPlan } from '../../../../shared/domain/plan';
import type { Prospect } from '../../../../shared/domain/prospect';
import { api, unwrap } from '../../lib/api';
import { invalidateRecordViews, useArchiveRecord, useSaveRecord } from '../../lib/record-mutations';
import { prospectIntoCachedPlans } from '../../lib/cached-plans';
import { insightKeys } from '../insights/queries';

export type ProspectListQuery = NonNullable<ChannelInput<'prospects:list'>>;
export type ProspectFilter = Omit<ProspectListQuery, 'offset' | 'limit'>;
export type ProspectFields = ChannelInput<'prospects:create'>;

/**
 * Every cache key of the prospects feature. Other features' lists of prospects (the briefing
 * picker) also live under `['prospects', 'list', …]`, so invalidating `lists()` refreshes them.
 */
export const prospectKeys = {
  all: ['prospects'] as const,
  lists: () => [...prospectKeys.all, 'list'] as const,
  list: (filter: ProspectFilter) => [...prospectKeys.lists(), filter] as const,
  page: (filter: ProspectFilter, page: number) => [...prospectKeys.list(filter), page] as const,
  facets: () => [...prospectKeys.all, 'facets'] as const,
  details: () => [...prospectKeys.all, 'detail'] as const,
  detail: (id: number) => [...prospectKeys.details(), id] as const,
  timelines: () => [...prospectKeys.all, 'timeline'] as const,
  timeline: (id: number) => [...prospectKeys.timelines(), id] as const,
};

/** Rows are fetched in pages of this size as they scroll into view. */
export const WINDOW_PAGE = 100;

/**
 * The rows of a filtered list between `start` and `end`, fetched a page at a time, so a list of
 * 100k prospects costs only the pages on screen. Returns the total and a row lookup.
 */
export function useProspectWindow(filter: ProspectFilter, start: number, end: number) {
  const firstPage = Math.floor(start / WINDOW_PAGE);
  const lastPage = Math.floor(Math.max(start, end) / WINDOW_PAGE);
  // Page 0 is always kept: it carries the total, which must not drop to 0 while a far page loads.
  const pages = [
    ...new Set([0, ...Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i)]),
  ];
  const results = useQueries({
    queries: pages.map((page) => ({
      ...prospectPageQuery(filter, page),
      placeholderData: keepPreviousData,
    })),
  });
  const loaded = results[0]?.data;
  const rowAt = (index: number): Prospect | undefined => {
    const page = Math.floor(index / WINDOW_PAGE);
    const data = results[pages.indexOf(page)]?.data;
    return data?.offset === page * WINDOW_PAGE ? data.items[index % WINDOW_PAGE] : undefined;
  };
  return {
    total: loaded?.total ?? 0,
    isSuccess: results.length > 0 && results.every((result) => result.isSuccess),
    isFetching: results.some((result) => result.isFetching),
    /** The first page on screen answers this filter (not a previous one's, kept while it loads). */
    answered: results[0]?.isSuccess === true && !results[0].isPlaceholderData,
    error: results.find((result) => result.error)?.error ?? null,
    rowAt,
  };
}

/** One page of a filtered list: the same key and fetch for the screen and the start-up prefetch. */
export const prospectPageQuery = (filter: ProspectFilter, page: number) => ({
  queryKey: prospectKeys.page(filter, page),
  queryFn: () =>
    unwrap(api.prospects.list({ ...filter, offset: page * WINDOW_PAGE, limit: WINDOW_PAGE })),
});

/** What the prospects list shows before the rep touches a filter (useProspectsList's defaults). */
export const DEFAULT_PROSPECT_FILTER: ProspectFilter = {
  query: '',
  status: 'active',
  sort: 'name',
  lastContact: 'any',
};

export const useProspectFacets = (enabled = true) =>
  useQuery({
    queryKey: prospectKeys.facets(),
    queryFn: () => unwrap(api.prospects.facets()),
    enabled,
  });

export const useProspect = (id: number) =>
  useQuery({
    queryKey: prospectKeys.detail(id),
    queryFn: () => unwrap(api.prospects.get({ id })),
  });

export type TimelineEntry =
  | { at: string; kind: 'plan'; plan: CallPlan }
  | { at: string; kind: 'call'; call: Call }
  | { at: string; kind: 'briefing'; briefing: BriefingSummary }
  | { at: string; kind: 'meeting'; meeting: Meeting };

/** A prospect's plans, calls, briefings and meetings, newest first (a meeting at its time). */
export const useProspectTimeline = (id: number) =>
  useQuery({
    queryKey: prospectKeys.timeline(id),
    queryFn: async (): Promise<TimelineEntry[]> => {
      const [plans, calls, briefings, meetings] = await Promise.all([
        unwrap(api.plans.list({ prospectId: id })),
        unwrap(api.calls.list({ prospectId: id })),
        unwrap(api.briefings.list({ prospectId: id, limit: 100 })),
        unwrap(api.meetings['for-prospect']({ prospectId: id })),
      ]);
      const entries: TimelineEntry[] = [
        ...plans.map((plan) => ({ at: plan.createdAt, kind: 'plan' as const, plan })),
        ...calls.map((call) => ({ at: call.startedAt, kind: 'call' as const, call })),
        ...briefings.items.map((briefing) => ({
          at: briefing.updatedAt,
          kind: 'briefing' as const,
          briefing,
        })),
        ...meetings.map((meeting) => ({ at: meeting.startsAt, kind: 'meeting' as const, meeting })),
      ];
      return entries.sort((a, b) => b.at.localeCompare(a.at));
    },
    // Plans and calls are written on other screens whose mutations this feature does not own:
    // coming back to the prospect always asks again (the cached timeline stays on screen meanwhile).
    staleTime: 0,
  });

/**
 * What a stored prospect changes elsewhere: every list and count of prospects, the filter menus,
 * the insight suggestions (they rank by the prospect's industry and role), whether the library is
 * empty, and the screens that
 * show a prospect's name or fields — plans, briefings, review and the palette's search.
 */
function prospectChanged(queryClient: QueryClient, prospect: Prospect) {
  queryClient.setQueryData(prospectKeys.detail(prospect.id), prospect);
  prospectIntoCachedPlans(queryClient, prospect);
  invalidateRecordViews(queryClient, [
    prospectKeys.lists(),
    prospectKeys.facets(),
    insightKeys.suggestions(),
    insightKeys.libraryEmpty(),
  ]);
}

export const useSaveProspect = () =>
  useSaveRecord<ProspectFields, Prospect>(api.prospects, prospectChanged);

export const useArchiveProspect = () => useArchiveRecord(api.prospects, prospectChanged);
