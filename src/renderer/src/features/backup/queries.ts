import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';

export const useBackups = () =>
  useQuery({ queryKey: ['backup', 'list'], queryFn: () => unwrap(api.backup.list()) });

export function useBackUpNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.backup.now()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['backup'] }),
  });
}

/** After a restore every screen's data is stale: the whole database was replaced. */
function useReplacesDatabase<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries(),
  });
}

export const useRestoreBackup = () =>
  useReplacesDatabase((name: string) => unwrap(api.backup.restore({ name })));

export const useUndoRestore = () =>
  useReplacesDatabase((name?: string) => unwrap(api.backup['undo-restore'](name ? { name } : {})));

export const useRecoveryStatus = () =>
  useQuery({ queryKey: ['recovery', 'status'], queryFn: () => unwrap(api.recovery.status()) });

export const useMoveAside = () =>
  useReplacesDatabase((_: void) => unwrap(api.recovery['move-aside']()));

export const useRecoverFromBackup = () =>
  useReplacesDatabase((name: string) => unwrap(api.recovery['restore-backup']({ name })));

export const useRetryOpen = () => useReplacesDatabase((_: void) => unwrap(api.recovery.retry()));
