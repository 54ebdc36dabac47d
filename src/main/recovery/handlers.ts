import { channelNames } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/contract';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { ApiFailure } from '../api/errors';
import type { FeatureHandlers, Handlers } from '../api/router';
import type { RecoveryService } from './service';

export type RecoveryChannels = FeatureHandlers<'recovery'>;

export function recoveryHandlers(recovery: RecoveryService): RecoveryChannels {
  return {
    'recovery:status': () => recovery.status(),
    'recovery:move-aside': () => recovery.moveAside(),
    'recovery:restore-backup': ({ name }) => recovery.restoreBackup(name),
    'recovery:retry': () => recovery.retry(),
  };
}

/**
 * The whole API while no database is open: what the recovery screen needs, defaults for the
 * shell (theme), and a plain refusal for everything else — never a crash, never a write.
 */
export function recoveryModeHandlers(
  available: Partial<Handlers>,
  appInfo: () => AppInfo,
): Handlers {
  const refusal = () => {
    throw new ApiFailure(
      'conflict',
      'OneUp could not open your library, so this is not available until it is recovered.',
    );
  };
  const handlers: Record<string, unknown> = {};
  for (const name of channelNames) handlers[name] = refusal;
  return {
    ...(handlers as Handlers),
    ...available,
    'app:info': appInfo,
    'settings:get': () => DEFAULT_SETTINGS,
  };
}
