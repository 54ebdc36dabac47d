import type { z } from 'zod';
import type { Channel } from './channel';
import { appChannels } from './channels/app';
import { backupChannels } from './channels/backup';
import { briefingChannels } from './channels/briefings';
import { callChannels } from './channels/calls';
import { dataChannels } from './channels/data';
import { insightChannels } from './channels/insights';
import { jobChannels } from './channels/jobs';
import { meetingChannels } from './channels/meetings';
import { planChannels } from './channels/plans';
import { prospectChannels } from './channels/prospects';
import { recoveryChannels } from './channels/recovery';
import { reviewChannels } from './channels/review';
import { searchChannels } from './channels/search';
import { todayChannels } from './channels/today';
import type { ApiResult } from './result';
import { CHANNEL_NAMES, type ChannelName } from './channel-names';

export { CHANNEL_PATTERN, type ChannelName } from './channel-names';

export type { Channel, ChannelAccess } from './channel';
export type { AppInfo, SampleDataResult, SampleRemoveResult } from './channels/app';

/**
 * Every channel of the OneUp API, named `feature:verb`, gathered from one map per feature in
 * ./channels/. The backend router, the Electron preload and the browser client derive from it.
 */
export const contract = {
  ...appChannels,
  ...prospectChannels,
  ...insightChannels,
  ...briefingChannels,
  ...searchChannels,
  ...planChannels,
  ...backupChannels,
  ...recoveryChannels,
  ...callChannels,
  ...reviewChannels,
  ...dataChannels,
  ...meetingChannels,
  ...todayChannels,
  ...jobChannels,
} as const;

export type Contract = typeof contract;

// The zod-free list in ./channel-names.ts and these maps must name the same channels: a name in
// one and not the other is a compile error here, naming the odd channel out.
type Unlisted = Exclude<keyof typeof contract, ChannelName>;
type Undefined = Exclude<ChannelName, keyof typeof contract>;
const everyChannelListed: [Unlisted, Undefined] extends [never, never]
  ? true
  : [Unlisted, Undefined] = true;
void everyChannelListed;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends ChannelName> =
  Contract[C] extends Channel<z.ZodType, infer Result> ? Result : never;

export const channelNames: readonly ChannelName[] = CHANNEL_NAMES;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/** Whether `channel` only reads the library (declared once, with `readChannel`, in its map). */
export function isReadChannel(channel: ChannelName): boolean {
  return contract[channel].access === 'read';
}

/** `prospects:create` → `prospects` / `create`, for the nested client `api.prospects.create()`. */
type FeatureOf<C extends string> = C extends `${infer Feature}:${string}` ? Feature : never;
type VerbOf<C extends string, F extends string> = C extends `${F}:${infer Verb}` ? Verb : never;

export type ApiClient = {
  [F in FeatureOf<ChannelName>]: {
    [V in VerbOf<ChannelName, F>]: `${F}:${V}` extends infer C extends ChannelName
      ? undefined extends ChannelInput<C>
        ? (input?: ChannelInput<C>) => Promise<ApiResult<ChannelResult<C>>>
        : (input: ChannelInput<C>) => Promise<ApiResult<ChannelResult<C>>>
      : never;
  };
};

export { buildClient } from './client';
