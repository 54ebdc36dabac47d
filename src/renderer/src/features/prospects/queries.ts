import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { api, unwrap } from '../../lib/api';

export type ProspectListQuery = NonNullable<ChannelInput<'prospects:list'>>;

export const useProspectList = (query: ProspectListQuery) =>
  useQuery({
    queryKey: ['prospects', 'list', query],
    queryFn: () => unwrap(api.prospects.list(query)),
    placeholderData: keepPreviousData,
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
