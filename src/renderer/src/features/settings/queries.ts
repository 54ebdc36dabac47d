import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/domain/settings';
import { api, unwrap } from '../../lib/api';

/** Every settings query key, in one place. */
export const settingsKeys = {
  all: ['settings'] as const,
  /** The mutation key of settings saves, to tell whether one is still on its way. */
  saving: () => [...settingsKeys.all, 'save'] as const,
};

export const settingsQuery = {
  queryKey: settingsKeys.all,
  queryFn: () => unwrap(api.settings.get()),
};

export const useSettings = () => useQuery(settingsQuery);

/**
 * Saves a change to the settings and puts the stored settings back in the cache, so the theme
 * (read by the app shell) and the plan editor's opener template follow the save at once. Plans
 * carry the settings they were opened with, so their cached copies are stale too.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: settingsKeys.saving(),
    mutationFn: (patch: Partial<Settings>) => unwrap(api.settings.update(patch)),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.all, settings);
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

/** True while a settings save is on its way, e.g. one flushed as the rep left the screen. */
export const useSettingsSaving = () => useIsMutating({ mutationKey: settingsKeys.saving() }) > 0;
