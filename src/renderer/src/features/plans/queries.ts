import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import { api, unwrap } from '../../lib/api';

export const usePlan = (id: number) =>
  useQuery({
    queryKey: ['plans', id],
    queryFn: () => unwrap(api.plans.get({ id })),
    staleTime: Infinity,
  });

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'plans:create'>) => unwrap(api.plans.create(input)),
    onSuccess: (detail) => {
      queryClient.setQueryData(['plans', detail.plan.id], detail);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}

export const updatePlan = (input: ChannelInput<'plans:update'>) => unwrap(api.plans.update(input));

export function useDial() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'plans:dial'>) => unwrap(api.plans.dial(input)),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'plans' }),
  });
}

export const usePlansForProspect = (prospectId: number) =>
  useQuery({
    queryKey: ['plans', 'list', prospectId],
    queryFn: () => unwrap(api.plans.list({ prospectId })),
  });
