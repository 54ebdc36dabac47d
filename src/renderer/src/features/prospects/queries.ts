import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Prospect } from '../../../../shared/domain/prospect';
import type { ChannelInput } from '../../../../shared/api/contract';
import { api, unwrap } from '../../lib/api';

export type ProspectListQuery = NonNullable<ChannelInput<'prospects:list'>>;

export const useProspectList = (query: ProspectListQuery) =>
  useQuery({
    queryKey: ['prospects', 'list', query],
    queryFn: () => unwrap(api.prospects.list(query)),
    placeholderData: keepPreviousData,
  });

export type ProspectFilter = Omit<ProspectListQuery, 'offset' | 'limit'>;

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
      queryKey: ['prospects', 'list', filter, page],
      queryFn: () =>
        unwrap(api.prospects.list({ ...filter, offset: page * WINDOW_PAGE, limit: WINDOW_PAGE })),
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
    error: results.find((result) => result.error)?.error ?? null,
    rowAt,
  };
}

export const useProspectFacets = (enabled = true) =>
  useQuery({
    queryKey: ['prospects', 'facets'],
    queryFn: () => unwrap(api.prospects.facets()),
    enabled,
  });

export function useSaveProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; fields: ChannelInput<'prospects:create'> }) =>
      unwrap(
        input.id === undefined
          ? api.prospects.create(input.fields)
          : api.prospects.update({ id: input.id, patch: input.fields }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prospects'] }),
  });
}

export function useArchiveProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      unwrap(archived ? api.prospects.archive({ id }) : api.prospects.restore({ id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prospects'] }),
  });
}

export function useLoadSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.sample.load()),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
