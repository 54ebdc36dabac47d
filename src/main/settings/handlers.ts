import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getSettings, updateSettings } from './repository';

export const settingsHandlers = (db: Db): FeatureHandlers<'settings'> => ({
  'settings:get': () => getSettings(db),
  'settings:update': (patch) => updateSettings(db, patch),
});
