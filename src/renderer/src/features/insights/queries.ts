import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { api, unwrap } from '../../lib/api';

export type InsightListQuery = NonNullable<ChannelInput<'insights:list'>>;
export type InsightSearchQuery = ChannelInput<'insights:search'>;
export type InsightFields = ChannelInput<'insights:create'>;

export const useInsightList = (query: InsightListQuery, enabled = true) =>
  useQuery({
    queryKey: ['insights', 'list', query],
    queryFn: () => unwrap(api.insights.list(query)),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useInsightSearch = (query: InsightSearchQuery, enabled: boolean) =>
  useQuery({
    queryKey: ['insights', 'search', query],
    queryFn: () => unwrap(api.insights.search(query)),
    // Keeps the previous results on screen while the next keystroke's results load: no flicker.
    placeholderData: keepPreviousData,
    enabled,
  });

export const useInsightFacets = () =>
  useQuery({
    queryKey: ['insights', 'facets'],
    queryFn: () => unwrap(api.insights.facets()),
  });

/** Insights ranked for one prospect, each with the reasons it fits; for call plans and briefings. */
export const useInsightSuggestions = (prospectId: number | undefined, limit = 10) =>
  useQuery({
    queryKey: ['insights', 'suggest', prospectId, limit],
    queryFn: () => unwrap(api.insights.suggest({ prospectId: prospectId!, limit })),
    enabled: prospectId !== undefined,
  });

/** Whether the whole library (prospects and insights) is empty: only then can samples load. */
export const useLibraryIsEmpty = () =>
  useQuery({
    queryKey: ['insights', 'library-empty'],
    queryFn: async () => (await unwrap(api.app.info())).isEmpty,
    staleTime: 0,
  });

export function useSaveInsight() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; fields: InsightFields }) =>
      unwrap(
        input.id === undefined
          ? api.insights.create(input.fields)
          : api.insights.update({ id: input.id, patch: input.fields }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['insights'] }),
  });
}

export function useArchiveInsight() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      unwrap(archived ? api.insights.archive({ id }) : api.insights.restore({ id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['insights'] }),
  });
}

export function useLoadSampleInsights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.sample.load()),
    // Sample data fills prospects too, so every cached list is out of date.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
