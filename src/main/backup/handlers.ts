import type { FeatureHandlers } from '../api/router';
import type { JobRegistry } from '../jobs/registry';
import { RESTORE_STEPS, type BackupService } from './service';

export type BackupChannels = FeatureHandlers<'backup'>;

/**
 * Not wrapped in a transaction like the other features: these copy and replace the database
 * file itself, across awaits, through the live connection.
 */
export function backupHandlers(backups: BackupService, jobs: JobRegistry): BackupChannels {
  return {
    'backup:list': () => backups.list(),
    'backup:now': () => backups.backUpNow(),
    // Two steps, the copy and its integrity check, both on the worker thread.
    'backup:start': () => ({
      jobId: jobs.start('backup', async (context) => {
        context.progress({ done: 0, total: 2, phase: 'copying' });
        const backup = await backups.backUpNow((step) => context.progress(step));
        return { kind: 'backup', backup };
      }),
    }),
    'backup:restore': ({ name }) => backups.restore(name),
    'backup:start-restore': ({ name }) => ({
      jobId: jobs.start('restore', async (context) => {
        context.progress({ done: 0, total: RESTORE_STEPS, phase: 'checking' });
        const restore = await backups.restore(name, (step) => context.progress(step));
        return { kind: 'restore', restore };
      }),
    }),
    'backup:undo-restore': (input) => backups.undoRestore(input?.name),
  };
}
