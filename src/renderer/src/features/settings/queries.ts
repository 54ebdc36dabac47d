import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/domain/settings';
import { api, unwrap } from '../../lib/api';

export const useSettings = () =>
  useQuery({ queryKey: ['settings'], queryFn: () => unwrap(api.settings.get()) });

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => unwrap(api.settings.update(patch)),
    onSuccess: (settings) => queryClient.setQueryData(['settings'], settings),
  });
}
