import {
  keepPreviousData,
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { CallPlan, PlanDetail } from '../../../../shared/domain/plan';
import type { Today } from '../../../../shared/domain/today';
import { api, unwrap } from '../../lib/api';
import { todayKeys } from '../today/queries';

/**
 * Every query key of the plans feature. Prefixes nest, so invalidating `planKeys.lists()` reaches
 * every prospect's timeline and `planKeys.all` everything here.
 */
export const planKeys = {
  all: ['plans'] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (id: number) => [...planKeys.details(), id] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  forProspect: (prospectId: number) => [...planKeys.lists(), { prospectId }] as const,
  /** Mutation key of the autosave's writes to one plan: the screen waits for them to land. */
  save: (id: number) => [...planKeys.all, 'save', id] as const,
};

/**
 * What other features show that a plan write can change, by their key roots: a dial adds a call
 * (calls, the prospect's timeline and last contact), a row to review, and counts to the insights'
 * track records and suggestions.
 */
const AFTER_DIAL = [['calls'], ['prospects'], ['review'], ['insights']] as const;

const planQuery = (id: number) => ({
  queryKey: planKeys.detail(id),
  queryFn: () => unwrap(api.plans.get({ id })),
});

/**
 * One plan with what its screen needs. Not `staleTime: Infinity`: every write puts the stored
 * row back into this cache, and a screen that opens later refetches anything older than the
 * default few seconds, so it always starts from the newest stored revision.
 */
export const usePlan = (id: number) => useQuery(planQuery(id));

/** Fetches the stored plan now, skipping the cache: what a conflict is compared against. */
export const fetchStoredPlan = (client: QueryClient, id: number) =>
  client.fetchQuery({ ...planQuery(id), staleTime: 0 });

/** Tabs and windows on the same library tell each other that a plan was saved. */
const PLAN_CHANGES = 'oneup.plan-changed';

/** Says that plan `id` was saved here, so another tab showing it can show the new words. */
export function announcePlanSaved(id: number, revision: number): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(PLAN_CHANGES);
  channel.postMessage({ planId: id, revision });
  channel.close();
}

/** Calls `onSaved` with the revision when another tab announces a save of plan `id`. */
export function onPlanSavedElsewhere(id: number, onSaved: (revision: number) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PLAN_CHANGES);
  channel.onmessage = (event: MessageEvent<{ planId?: unknown; revision?: unknown }>) => {
    if (event.data?.planId === id && typeof event.data.revision === 'number')
      onSaved(event.data.revision);
  };
  return () => channel.close();
}

/** True while an autosave write to plan `id` is on its way (the screen waits for it). */
export const useIsSavingPlan = (id: number) =>
  useIsMutating({ mutationKey: planKeys.save(id) }) > 0;

export const usePlansForProspect = (prospectId: number) =>
  useQuery({
    queryKey: planKeys.forProspect(prospectId),
    queryFn: () => unwrap(api.plans.list({ prospectId })),
  });

/** Puts a stored plan row into its detail and refreshes the lists that show it. */
function storePlan(client: QueryClient, saved: CallPlan, options: { insightsChanged: boolean }) {
  // A read that started before this write would bring back the older row: drop it.
  void client.cancelQueries({ queryKey: planKeys.detail(saved.id) });
  client.setQueryData<PlanDetail>(planKeys.detail(saved.id), (detail) =>
    detail ? { ...detail, plan: saved } : detail,
  );
  // The detail's insight objects come from the backend; fetch them when the choice changed.
  if (options.insightsChanged) {
    void client.invalidateQueries({ queryKey: planKeys.detail(saved.id) });
  }
  void client.invalidateQueries({ queryKey: planKeys.lists() });
}

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'plans:create'>) => unwrap(api.plans.create(input)),
    onSuccess: (detail) => {
      client.setQueryData(planKeys.detail(detail.plan.id), detail);
      void client.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
}

/** The autosave's write: one change based on a revision, the stored row back into the cache. */
export function useSavePlan(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: planKeys.save(id),
    mutationFn: (input: ChannelInput<'plans:update'>) => unwrap(api.plans.update(input)),
    onSuccess: (saved, input) =>
      storePlan(client, saved, { insightsChanged: input.patch.insightIds !== undefined }),
  });
}

export function useDial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'plans:dial'>) => unwrap(api.plans.dial(input)),
    onSuccess: (_result, input) => {
      // Dialing may store the opener as dialed (a new revision): read the plan again.
      void client.invalidateQueries({ queryKey: planKeys.detail(input.planId) });
      void client.invalidateQueries({ queryKey: planKeys.lists() });
      for (const queryKey of AFTER_DIAL) void client.invalidateQueries({ queryKey });
      // A plan with a call is no longer ready to dial. Today's cached list would offer it until
      // Today is asked again, and a rep back on Today at once could dial the same prospect twice.
      client.setQueriesData<Today>(
        { queryKey: todayKeys.all },
        (today) =>
          today && {
            ...today,
            items: today.items.filter(
              (item) => !(item.reason === 'ready' && item.planId === input.planId),
            ),
          },
      );
      void client.invalidateQueries({ queryKey: todayKeys.all });
    },
  });
}

export const exportPlanMarkdown = (id: number) => unwrap(api.export['plan-markdown']({ id }));

/** Insights that fit this prospect, ranked by fit and by what has earned meetings. */
export const usePlanInsightSuggestions = (prospectId: number) =>
  useQuery({
    // Under the insights root, so insight edits and dials refresh it too.
    queryKey: ['insights', 'suggest', prospectId, 5],
    queryFn: () => unwrap(api.insights.suggest({ prospectId, limit: 5 })),
  });

/** The library's ranked search, for adding an insight to the plan. */
export const usePlanInsightSearch = (query: string) =>
  useQuery({
    queryKey: ['insights', 'search', query, 8],
    queryFn: () => unwrap(api.insights.search({ query, limit: 8 })),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
