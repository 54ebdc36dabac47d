import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupList } from '../../../../shared/domain/backup';
import { api, unwrap } from '../../lib/api';
import { resultOf, useJob } from '../jobs/queries';

/** Every backup and recovery query key, in one place. */
export const backupKeys = {
  all: ['backup'] as const,
  list: () => [...backupKeys.all, 'list'] as const,
  recoveryStatus: () => ['recovery', 'status'] as const,
};

export const useBackups = () =>
  useQuery({ queryKey: backupKeys.list(), queryFn: () => unwrap(api.backup.list()) });

/**
 * The new copy shows in the list at once; the list is then fetched again because retention may
 * have removed older copies in the same step. A failed attempt is reported in the list too.
 */
export function useBackUpNow() {
  const queryClient = useQueryClient();
  const job = useJob();
  const mutation = useMutation({
    // A job on the backend's worker thread: the copy, then its check, shown as two steps.
    mutationFn: async () => resultOf(await job.run(api.backup.start()), 'backup').backup,
    onMutate: job.clear,
    onSuccess: (entry) =>
      queryClient.setQueryData<BackupList>(backupKeys.list(), (list) =>
        list
          ? { ...list, backups: [entry, ...list.backups.filter((b) => b.name !== entry.name)] }
          : list,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.list() }),
  });
  return { ...mutation, progress: job.state?.progress ?? null };
}

/** After a restore every screen's data is stale: the whole database was replaced. */
function useReplacesDatabase<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries(),
  });
}

/** A job with four steps (check the copy, copy it, set the library aside, switch), shown as a bar. */
export function useRestoreBackup() {
  const job = useJob();
  const mutation = useReplacesDatabase(
    async (name: string) =>
      resultOf(await job.run(api.backup['start-restore']({ name })), 'restore').restore,
  );
  return { ...mutation, progress: job.state?.progress ?? null };
}

export const useUndoRestore = () =>
  useReplacesDatabase((name?: string) => unwrap(api.backup['undo-restore'](name ? { name } : {})));

export const useRecoveryStatus = () =>
  useQuery({
    queryKey: backupKeys.recoveryStatus(),
    queryFn: () => unwrap(api.recovery.status()),
  });

export const useMoveAside = () =>
  useReplacesDatabase((_: void) => unwrap(api.recovery['move-aside']()));

export const useRecoverFromBackup = () =>
  useReplacesDatabase((name: string) => unwrap(api.recovery['restore-backup']({ name })));

export const useRetryOpen = () => useReplacesDatabase((_: void) => unwrap(api.recovery.retry()));
