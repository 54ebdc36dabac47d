import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useRef } from 'react';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Briefing } from '../../../../shared/domain/briefing';
import { api, unwrap } from '../../lib/api';

export type BriefingListQuery = NonNullable<ChannelInput<'briefings:list'>>;
export type BriefingPatch = ChannelInput<'briefings:update'>['patch'];

export const briefingKey = (id: number) => ['briefings', 'get', id] as const;

export const useBriefingList = (query: BriefingListQuery) =>
  useQuery({
    queryKey: ['briefings', 'list', query],
    queryFn: () => unwrap(api.briefings.list(query)),
    placeholderData: keepPreviousData,
  });

/** `id` null (a malformed address) asks nothing of the backend. */
export const useBriefing = (id: number | null) =>
  useQuery({
    queryKey: briefingKey(id ?? 0),
    queryFn: () => unwrap(api.briefings.get({ id: id! })),
    enabled: id !== null,
  });

/** Keeps the cached copy equal to what was saved, and the lists fresh. */
function useStoreBriefing() {
  const queryClient = useQueryClient();
  return (briefing: Briefing) => {
    queryClient.setQueryData(briefingKey(briefing.id), briefing);
    void queryClient.invalidateQueries({ queryKey: ['briefings', 'list'] });
  };
}

export function useCreateBriefing() {
  const store = useStoreBriefing();
  return useMutation({
    mutationFn: (input: ChannelInput<'briefings:create'>) => unwrap(api.briefings.create(input)),
    onSuccess: store,
  });
}

export function useBriefingFromTemplate() {
  const store = useStoreBriefing();
  return useMutation({
    mutationFn: (input: ChannelInput<'briefings:from-template'>) =>
      unwrap(api.briefings['from-template'](input)),
    onSuccess: store,
  });
}

/**
 * Each save names the revision the editor's text was based on: the one it opened with, then the
 * one each save returned. A refetch in between must not move it, or another tab's newer text
 * would be overwritten instead of refused.
 */
export function useSaveBriefing(id: number) {
  const store = useStoreBriefing();
  const queryClient = useQueryClient();
  const base = useRef<number | null>(null);
  return (patch: BriefingPatch) => {
    base.current ??= queryClient.getQueryData<Briefing>(briefingKey(id))?.revision ?? 1;
    return unwrap(api.briefings.update({ id, baseRevision: base.current, patch })).then((saved) => {
      base.current = saved.revision;
      store(saved);
      return saved;
    });
  };
}

export function useArchiveBriefing() {
  const store = useStoreBriefing();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      unwrap(archived ? api.briefings.archive({ id }) : api.briefings.restore({ id })),
    onSuccess: store,
  });
}

export const exportBriefingMarkdown = (id: number) =>
  unwrap(api.briefings['export-markdown']({ id }));

const prospectMatches = (query: string) => ({
  queryKey: ['prospects', 'list', { query, limit: 6, sort: 'name' }] as const,
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
  queryKey: ['insights', 'list', { limit: 8 }] as const,
  queryFn: () => unwrap(api.insights.list({ limit: 8 })),
};

const insightSearch = (query: string) => ({
  queryKey: ['insights', 'search', query, 8] as const,
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
