import { settingsUpdateInput, type Settings } from '../../domain/settings';
import { channel, nothing } from '../channel';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  transport: 'electron' | 'browser';
  isEmpty: boolean;
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
