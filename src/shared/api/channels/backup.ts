import {
  backupRestoreInput,
  backupUndoRestoreInput,
  type BackupEntry,
  type BackupList,
  type RestoreResult,
} from '../../domain/backup';
import { channel, nothing } from '../channel';

export const backupChannels = {
  'backup:list': channel<BackupList>()(nothing),
  'backup:now': channel<BackupEntry>()(nothing),
  'backup:restore': channel<RestoreResult>()(backupRestoreInput),
  'backup:undo-restore': channel<RestoreResult>()(backupUndoRestoreInput),
} as const;
