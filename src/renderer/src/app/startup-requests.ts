import type { ChannelName } from '../../../shared/api/channel-names';
import type { ChannelResult } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { DEFAULT_PROSPECT_FILTER, prospectPageInput } from '../features/prospects/list-page';
import { todayInput } from '../features/today/today-input';
import { api } from '../lib/transport';

type Reply<C extends ChannelName> = Promise<ApiResult<ChannelResult<C>>>;

/** The start-up requests in flight: the first screen's data, then the shell's. */
export interface StartupRequests {
  /** The first page of prospects with the list's default filter, when the app opens on it. */
  prospectsFirstPage?: Reply<'prospects:list'>;
  /** Today's list, when the app opens on Today (or on '/', which shows Today once there is data). */
  today?: { date: string; reply: Reply<'today:get'> };
  settings: Reply<'settings:get'>;
  appInfo: Reply<'app:info'>;
}

function askForToday(now: Date): NonNullable<StartupRequests['today']> {
  const input = todayInput(now);
  return { date: input.today, reply: api.today.get(input) };
}

let inFlight: StartupRequests | undefined;

/** Sends the start-up requests for the screen at `hashPath`. */
export function sendStartupRequests(hashPath: string, now = new Date()): StartupRequests {
  return {
    // '' and '/' open Today once the library has data (an empty one opens the prospects list,
    // which is then empty and cheap): ask for Today's list now rather than after app:info.
    ...(['', '/', '/today'].includes(hashPath) ? { today: askForToday(now) } : {}),
    ...(hashPath === '/prospects'
      ? { prospectsFirstPage: api.prospects.list(prospectPageInput(DEFAULT_PROSPECT_FILTER, 0)) }
      : {}),
    settings: api.settings.get(),
    appInfo: api.app.info(),
  };
}

/**
 * Sends the start-up requests and keeps them for the app's query cache (takeStartupRequests).
 * The page's first script (src/early.ts) calls this while the app's own JavaScript is still
 * arriving, so the backend answers in parallel with the download.
 */
export function startStartupRequests(hashPath: string): void {
  inFlight = sendStartupRequests(hashPath);
}

/**
 * The requests sendStartupRequests sent, handed over once: whoever takes them owns the replies,
 * and a second take finds nothing, so no reply is used twice and no request is sent twice.
 */
export function takeStartupRequests(): StartupRequests | undefined {
  const taken = inFlight;
  inFlight = undefined;
  return taken;
}

/** The route the hash names ('#/prospects?x=1' → '/prospects'). */
export const hashPathOf = (hash: string): string => hash.replace(/^#/u, '').split('?')[0] ?? '';
