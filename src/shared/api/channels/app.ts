import type { AppMode, DatabaseHealth } from '../../domain/recovery';
import { settingsUpdateInput, type Settings } from '../../domain/settings';
import { channel, nothing, readChannel } from '../channel';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  transport: 'electron' | 'browser';
  isEmpty: boolean;
  /** Whether rows loaded by "Load sample data" are in the library (then it can be removed). */
  hasSampleData: boolean;
  /** 'recovery' when the database could not be opened: the renderer shows the recovery screen. */
  mode: AppMode;
  /** The background quick_check of the open database. */
  health: DatabaseHealth;
}

export interface SampleDataResult {
  prospects: number;
  insights: number;
  briefings: number;
  plans: number;
  calls: number;
}

export interface SampleRemoveResult extends SampleDataResult {
  /** Sample insights kept because the rep's own plans, calls or briefings use them. */
  keptInsights: number;
}

export const appChannels = {
  'app:info': channel<AppInfo>()(nothing),
  /** Adds the demo library next to the rep's rows; refused while it is already loaded. */
  'sample:load': channel<SampleDataResult>()(nothing),
  /** Deletes exactly the sample rows (and what hangs off sample prospects), in one transaction. */
  'sample:remove': channel<SampleRemoveResult>()(nothing),
  'settings:get': readChannel<Settings>()(nothing),
  'settings:update': channel<Settings>()(settingsUpdateInput),
} as const;
