import type { AppMode, DatabaseHealth } from '../../domain/recovery';
import { settingsUpdateInput, type Settings } from '../../domain/settings';
import { channel, nothing } from '../channel';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  transport: 'electron' | 'browser';
  isEmpty: boolean;
  /** 'recovery' when the database could not be opened: the renderer shows the recovery screen. */
  mode: AppMode;
  /** The background quick_check of the open database. */
  health: DatabaseHealth;
}

export interface SampleDataResult {
  prospects: number;
  insights: number;
}

export const appChannels = {
  'app:info': channel<AppInfo>()(nothing),
  'sample:load': channel<SampleDataResult>()(nothing),
  'settings:get': channel<Settings>()(nothing),
  'settings:update': channel<Settings>()(settingsUpdateInput),
} as const;
