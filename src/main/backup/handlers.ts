import type { FeatureHandlers } from '../api/router';
import type { BackupService } from './service';

export type BackupChannels = FeatureHandlers<'backup'>;

/**
 * Not wrapped in a transaction like the other features: these copy and replace the database
 * file itself, across awaits, through the live connection.
 */
export function backupHandlers(backups: BackupService): BackupChannels {
  return {
    'backup:list': () => backups.list(),
    'backup:now': () => backups.backUpNow(),
    'backup:restore': ({ name }) => backups.restore(name),
    'backup:undo-restore': (input) => backups.undoRestore(input?.name),
  };
}
