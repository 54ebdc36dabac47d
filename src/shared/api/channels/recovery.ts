import { backupRestoreInput } from '../../domain/backup';
import type { RecoveryResult, RecoveryStatus } from '../../domain/recovery';
import { channel, nothing } from '../channel';

/** Served in recovery mode (and in normal mode, after the background check found damage). */
export const recoveryChannels = {
  'recovery:status': channel<RecoveryStatus>()(nothing),
  /** Only when the rep agreed: moves the bad file to damaged/ and starts a fresh library. */
  'recovery:move-aside': channel<RecoveryResult>()(nothing),
  /** Only when the rep agreed: moves the bad file to damaged/ and puts the backup in its place. */
  'recovery:restore-backup': channel<RecoveryResult>()(backupRestoreInput),
  /** Tries to open the file again, e.g. after the rep closed the program that held it. */
  'recovery:retry': channel<RecoveryStatus>()(nothing),
} as const;
