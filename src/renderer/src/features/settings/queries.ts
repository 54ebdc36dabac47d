import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/domain/settings';
import { api, unwrap } from '../../lib/api';

/** Every settings query key, in one place. */
export const settingsKeys = {
  all: ['settings'] as const,
};

export const useSettings = () =>
  useQuery({ queryKey: settingsKeys.all, queryFn: () => unwrap(api.settings.get()) });

/**
 * Saves a change to the settings and puts the stored settings back in the cache, so the theme
 * (read by the app shell) and the plan editor's opener template follow the save at once. Plans
 * carry the settings they were opened with, so their cached copies are stale too.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => unwrap(api.settings.update(patch)),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.all, settings);
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}
