import {
  backupRestoreInput,
  backupUndoRestoreInput,
  type BackupEntry,
  type BackupList,
  type RestoreResult,
} from '../../domain/backup';
import type { JobStarted } from '../../domain/jobs';
import { channel, nothing } from '../channel';

export const backupChannels = {
  'backup:list': channel<BackupList>()(nothing),
  'backup:now': channel<BackupEntry>()(nothing),
  /** `backup:now` as a job, so the screen can show its progress (`jobs:get`). */
  'backup:start': channel<JobStarted>()(nothing),
  'backup:restore': channel<RestoreResult>()(backupRestoreInput),
  /** `backup:restore` as a job: its four steps (check, copy, set aside, switch) as progress. */
  'backup:start-restore': channel<JobStarted>()(backupRestoreInput),
  'backup:undo-restore': channel<RestoreResult>()(backupUndoRestoreInput),
} as const;
