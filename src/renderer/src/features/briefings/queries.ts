import {
  keepPreviousData,
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Briefing } from '../../../../shared/domain/briefing';
import { api, unwrap } from '../../lib/api';

export type BriefingListQuery = NonNullable<ChannelInput<'briefings:list'>>;
export type BriefingPatch = ChannelInput<'briefings:update'>['patch'];

/**
 * Every query key this feature uses, in one place. The prospect and insight pickers' keys sit
 * under those features' roots, so a prospect or insight saved elsewhere refreshes the pickers,
 * with a segment of their own so they never share an entry with those features' lists.
 */
export const briefingKeys = {
  all: ['briefings'] as const,
  lists: () => [...briefingKeys.all, 'list'] as const,
  list: (query: BriefingListQuery) => [...briefingKeys.lists(), query] as const,
  detail: (id: number) => [...briefingKeys.all, 'get', id] as const,
  /** The mutation key of one briefing's saves, to tell whether one is still on its way. */
  saving: (id: number) => [...briefingKeys.all, 'save', id] as const,
  prospectMatches: (query: string) => ['prospects', 'briefing-picker', query] as const,
  recentInsights: () => ['insights', 'briefing-picker', 'recent'] as const,
  insightSearch: (query: string) => ['insights', 'briefing-picker', 'search', query] as const,
};

export const useBriefingList = (query: BriefingListQuery) =>
  useQuery({
    queryKey: briefingKeys.list(query),
    queryFn: () => unwrap(api.briefings.list(query)),
    placeholderData: keepPreviousData,
  });

/** `id` null (a malformed address) asks nothing of the backend. */
export const useBriefing = (id: number | null) =>
  useQuery({
    queryKey: briefingKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.briefings.get({ id: id! })),
    enabled: id !== null,
  });

/** The briefing as stored now, e.g. to show next to the rep's text after a conflict. */
export const fetchBriefing = (client: QueryClient, id: number) =>
  client.fetchQuery({
    queryKey: briefingKeys.detail(id),
    queryFn: () => unwrap(api.briefings.get({ id })),
    staleTime: 0,
  });

/**
 * Puts the stored briefing in the cache, so the editor reopened without a reload shows it, and
 * marks stale what shows it elsewhere: the lists, and the call plans and calls that name it.
 */
function storeBriefing(queryClient: QueryClient, briefing: Briefing) {
  queryClient.setQueryData(briefingKeys.detail(briefing.id), briefing);
  void queryClient.invalidateQueries({ queryKey: briefingKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: ['plans'] });
}

function useBriefingMutation<Input>(
  write: (input: Input) => Promise<Briefing>,
  mutationKey?: readonly unknown[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...(mutationKey ? { mutationKey } : {}),
    mutationFn: write,
    onSuccess: (briefing: Briefing) => storeBriefing(queryClient, briefing),
  });
}

export const useCreateBriefing = () =>
  useBriefingMutation((input: ChannelInput<'briefings:create'>) =>
    unwrap(api.briefings.create(input)),
  );

export const useBriefingFromTemplate = () =>
  useBriefingMutation((input: ChannelInput<'briefings:from-template'>) =>
    unwrap(api.briefings['from-template'](input)),
  );

/**
 * One autosave of the editor: `baseRevision` is the revision the editor's text is based on, and
 * the backend refuses the save with `conflict` when someone else saved since.
 */
export const useUpdateBriefing = (id: number) =>
  useBriefingMutation(
    (input: Omit<ChannelInput<'briefings:update'>, 'id'>) =>
      unwrap(api.briefings.update({ id, ...input })),
    briefingKeys.saving(id),
  );

/**
 * True while a save of this briefing is on its way, e.g. one flushed as the rep left the editor.
 * The editor reopened meanwhile waits for it, so it starts from the stored text, not an older one.
 */
export const useBriefingSaving = (id: number) =>
  useIsMutating({ mutationKey: briefingKeys.saving(id) }) > 0;

export const useArchiveBriefing = () =>
  useBriefingMutation(({ id, archived }: { id: number; archived: boolean }) =>
    unwrap(archived ? api.briefings.archive({ id }) : api.briefings.restore({ id })),
  );

export const exportBriefingMarkdown = (id: number) =>
  unwrap(api.briefings['export-markdown']({ id }));

const prospectMatches = (query: string) => ({
  queryKey: briefingKeys.prospectMatches(query),
  queryFn: () => unwrap(api.prospects.list({ query, limit: 6, sort: 'name' })),
});

/** Prospects matching what the rep typed, for the prospect picker. */
export const useProspectMatches = (query: string) =>
  useQuery({ ...prospectMatches(query), placeholderData: keepPreviousData });

/**
 * The matches for exactly `query`, even when the list on screen still shows an older query's:
 * Enter right after typing must act on what was typed.
 */
export const fetchProspectMatches = (client: QueryClient, query: string) =>
  client.fetchQuery(prospectMatches(query)).then((page) => page.items);

const recentInsights = {
  queryKey: briefingKeys.recentInsights(),
  queryFn: () => unwrap(api.insights.list({ limit: 8 })),
};

const insightSearch = (query: string) => ({
  queryKey: briefingKeys.insightSearch(query),
  queryFn: () => unwrap(api.insights.search({ query, limit: 8 })),
});

/** Like fetchProspectMatches, for the insight adder. */
export const fetchInsightCandidates = (client: QueryClient, query: string) =>
  query === ''
    ? client.fetchQuery(recentInsights).then((page) => page.items)
    : client.fetchQuery(insightSearch(query)).then((hits) => hits.map((hit) => hit.insight));

/** With no query, the newest insights; otherwise the library's ranked search. */
export function useInsightCandidates(query: string) {
  const recent = useQuery({ ...recentInsights, enabled: query === '' });
  const search = useQuery({
    ...insightSearch(query),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
  if (query === '') {
    return { insights: recent.data?.items ?? [], isLoading: recent.isLoading, error: recent.error };
  }
  return {
    insights: (search.data ?? []).map((hit) => hit.insight),
    isLoading: search.isLoading,
    error: search.error,
  };
}
