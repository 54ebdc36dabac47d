import { z } from 'zod';
import type { Page } from '../domain/fields';
import { idField } from '../domain/fields';
import {
  insightCreateInput,
  insightListInput,
  insightSearchInput,
  insightUpdateInput,
  type Insight,
  type InsightSearchHit,
} from '../domain/insight';
import {
  prospectCreateInput,
  prospectListInput,
  prospectUpdateInput,
  type Prospect,
} from '../domain/prospect';
import { settingsUpdateInput, type Settings } from '../domain/settings';
import type { ApiResult } from './result';

/** A channel: the zod schema its input must pass, and (as a phantom) the type it returns. */
export interface Channel<Input extends z.ZodType, Result> {
  input: Input;
  /** Never set at runtime; carries the result type for inference. */
  result?: Result;
}

const channel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): Channel<Input, Result> => ({ input });

const byId = z.strictObject({ id: idField });
const nothing = z.strictObject({}).optional();

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

/**
 * Every channel of the OneUp API, named `feature:verb`. The backend router, the Electron preload
 * and the browser client are all derived from this one map.
 */
export const contract = {
  'app:info': channel<AppInfo>()(nothing),
  'sample:load': channel<SampleDataResult>()(nothing),

  'settings:get': channel<Settings>()(nothing),
  'settings:update': channel<Settings>()(settingsUpdateInput),

  'prospects:create': channel<Prospect>()(prospectCreateInput),
  'prospects:update': channel<Prospect>()(prospectUpdateInput),
  'prospects:get': channel<Prospect>()(byId),
  'prospects:list': channel<Page<Prospect>>()(prospectListInput),
  'prospects:archive': channel<Prospect>()(byId),
  'prospects:restore': channel<Prospect>()(byId),

  'insights:create': channel<Insight>()(insightCreateInput),
  'insights:update': channel<Insight>()(insightUpdateInput),
  'insights:get': channel<Insight>()(byId),
  'insights:list': channel<Page<Insight>>()(insightListInput),
  'insights:archive': channel<Insight>()(byId),
  'insights:restore': channel<Insight>()(byId),
  'insights:search': channel<InsightSearchHit[]>()(insightSearchInput),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends ChannelName> =
  Contract[C] extends Channel<z.ZodType, infer Result> ? Result : never;

export const CHANNEL_PATTERN = /^[a-z]+(?:-[a-z]+)*:[a-z]+(?:-[a-z]+)*$/;
export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
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

/** Builds the nested client from one transport function; used by the preload and the browser. */
export function buildClient(
  send: (channel: ChannelName, input: unknown) => Promise<ApiResult<unknown>>,
): ApiClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<ApiResult<unknown>>>> =
    {};
  for (const name of channelNames) {
    const [feature, verb] = name.split(':') as [string, string];
    client[feature] ??= {};
    client[feature][verb] = (input?: unknown) => send(name, input);
  }
  return client as unknown as ApiClient;
}
