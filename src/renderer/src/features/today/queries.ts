import {
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { localDate } from '../../../../shared/domain/calling-hours';
import { nextToCall, type Today } from '../../../../shared/domain/today';
import { api, unwrap } from '../../lib/api';

/** Every Today query key, in one place. */
export const todayKeys = {
  all: ['today'] as const,
  /** Today for the rep's calendar date; the windows inside are judged at fetch time. */
  day: (date: string) => [...todayKeys.all, date] as const,
};

/**
 * "Now" is the renderer's clock (the rep's machine, and the clock an e2e test sets), sent with
 * the rep's own calendar date so "due today" means their today.
 */
function fetchToday(now: Date): Promise<Today> {
  return unwrap(api.today.get({ now: now.toISOString(), today: localDate(now) }));
}

export function todayQuery(now: Date) {
  return {
    queryKey: todayKeys.day(localDate(now)),
    queryFn: () => fetchToday(new Date()),
    // Local times and calling windows move with the clock: look again every minute.
    refetchInterval: 60_000,
    staleTime: 0,
  };
}

/**
 * When the answer the start-up prefetch brought was stored, while the rep has not left Today
 * (or not gone anywhere yet). The screen asks afresh on every visit (staleTime 0: a call may have
 * changed the queue), so on a cold start it asked again for an answer a few hundred milliseconds
 * old; it now takes that one. Any other screen spends it (an empty library opens on the prospects
 * list, where the rep may add what Today lists), and so does anything that invalidates Today.
 */
let startupAnswerAt: number | undefined;

/** '' and '#/' are the start, before the redirect to Today (or to an empty library's list). */
function spendStartupAnswerOffToday(): void {
  const path = window.location.hash.replace(/^#/u, '').split('?')[0] ?? '';
  if (['', '/', '/today'].includes(path)) return;
  startupAnswerAt = undefined;
  window.removeEventListener('hashchange', spendStartupAnswerOffToday);
}

/** Today's list for the first screen, sent before React renders (app/queries.ts). */
export async function prefetchToday(queryClient: QueryClient): Promise<void> {
  const options = todayQuery(new Date());
  await queryClient.prefetchQuery(options);
  const state = queryClient.getQueryState(options.queryKey);
  if (state?.status !== 'success') return;
  startupAnswerAt = state.dataUpdatedAt;
  window.addEventListener('hashchange', spendStartupAnswerOffToday);
  // The redirect may have left for another screen while the answer was on its way.
  spendStartupAnswerOffToday();
}

export const useToday = () =>
  useQuery({
    ...todayQuery(new Date()),
    refetchOnMount: (query) =>
      query.state.isInvalidated || query.state.dataUpdatedAt !== startupAnswerAt,
  });

/** Today as it is right now, for "Next prospect" after a call (never a cached answer). */
export const fetchTodayNow = (queryClient: QueryClient) =>
  queryClient.fetchQuery({ ...todayQuery(new Date()), staleTime: 0 });

/** Takes a follow-up off Today without a new call. */
export function useFollowUpDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ callId, undo = false }: { callId: number; undo?: boolean }) =>
      unwrap(api.today['follow-up-done']({ callId, undo })),
    onSuccess: ({ callId }, { undo = false }) => {
      // Done: the stored answer is just the id, so the item leaves the cached list at once.
      // Undone: Today is asked again, which puts it back where it belongs.
      if (!undo)
        queryClient.setQueriesData<Today>(
          { queryKey: todayKeys.all },
          (today) =>
            today && {
              ...today,
              items: today.items.filter((item) => item.followUp?.callId !== callId),
            },
        );
      void queryClient.invalidateQueries({ queryKey: todayKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['calls'] });
    },
  });
}

/** The sample data's loads and removals, wherever they were started (a button, the palette). */
export const sampleKeys = {
  load: ['sample', 'load'] as const,
  remove: ['sample', 'remove'] as const,
};

/**
 * What is happening to the sample data right now, from whichever button or command started it:
 * loading it takes over a second (it writes three weeks of calls), long enough to need saying.
 */
export function useSampleDataBusy(): 'loading' | 'removing' | null {
  const loading = useIsMutating({ mutationKey: sampleKeys.load }) > 0;
  const removing = useIsMutating({ mutationKey: sampleKeys.remove }) > 0;
  return loading ? 'loading' : removing ? 'removing' : null;
}

/**
 * Loads the demo library (prospects, insights, a briefing, plans, three weeks of calls) next to
 * the rep's own rows. Every screen's data changes, so every cached query is out of date.
 */
export function useLoadSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sampleKeys.load,
    mutationFn: () => unwrap(api.sample.load()),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Removes exactly the sample rows in one step; the rep's own records stay. */
export function useRemoveSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sampleKeys.remove,
    mutationFn: () => unwrap(api.sample.remove()),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/**
 * "Next prospect" after a call: the first person on Today (asked afresh) other than the one just
 * called, opened at their plan. `none` says the queue is empty.
 */
export function useNextProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (currentProspectId: number) =>
      nextToCall((await fetchTodayNow(queryClient)).items, currentProspectId),
  });
}
