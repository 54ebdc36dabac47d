import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { DEFAULT_PROSPECT_FILTER, prospectPageQuery } from '../features/prospects/queries';
import { settingsQuery } from '../features/settings/queries';
import { todayKeys, todayQuery } from '../features/today/queries';
import type { StartupRequests } from './startup-requests';

/** Query keys of the app shell. */
export const appKeys = {
  info: ['app', 'info'] as const,
  search: (query: string) => ['search', 'global', query] as const,
};

const appInfoQuery = { queryKey: appKeys.info, queryFn: () => unwrap(api.app.info()) };

/** Version, transport, database mode and health: what the shell shows around every screen. */
export const useAppInfo = () =>
  useQuery({
    ...appInfoQuery,
    // The background health check lands a few seconds after start; look again until it has.
    refetchInterval: (query) => (query.state.data?.health.status === 'unchecked' ? 3_000 : 60_000),
  });

/** Prospects, insights and call notes matching what the rep typed into the palette. */
export function useGlobalSearch(query: string) {
  const trimmed = query.trimStart();
  return useQuery({
    queryKey: appKeys.search(trimmed),
    queryFn: () => unwrap(api.search.global({ query: trimmed, limit: 5 })),
    enabled: trimmed.trim() !== '',
    placeholderData: keepPreviousData,
    // Results follow every edit anywhere in the library; a palette search is cheap to repeat.
    staleTime: 0,
  });
}

/**
 * Puts the start-up requests' replies (sent by the page's first script, src/early.ts, before the
 * app's JavaScript arrived) into the query cache under the keys the screens use, so their hooks
 * find them in flight or answered: the first screen's data (Today's list, or the first page of
 * prospects), the settings (theme) and app:info. Each reply is used once, by this prefetch; any
 * later fetch of those keys is a new request. Resolves when the replies the first frame shows
 * have settled (Today's list excepted: see below).
 */
export function prefetchStartupQueries(
  queryClient: QueryClient,
  requests: StartupRequests,
): Promise<unknown> {
  if (requests.today) {
    const { date, reply } = requests.today;
    // Not waited for: Today asks again on mount (staleTime 0), so an answered prefetch would be
    // followed by a second request; in flight at mount, the screen shares it instead.
    void queryClient.prefetchQuery({
      ...todayQuery(new Date()),
      queryKey: todayKeys.day(date),
      queryFn: () => unwrap(reply),
    });
  }
  const firstFrame = [
    queryClient.prefetchQuery({ ...settingsQuery, queryFn: () => unwrap(requests.settings) }),
    queryClient.prefetchQuery({ ...appInfoQuery, queryFn: () => unwrap(requests.appInfo) }),
  ];
  const firstPage = requests.prospectsFirstPage;
  if (firstPage) {
    firstFrame.push(
      queryClient.prefetchQuery({
        ...prospectPageQuery(DEFAULT_PROSPECT_FILTER, 0),
        queryFn: () => unwrap(firstPage),
      }),
    );
  }
  // prefetchQuery never rejects: a failed reply is stored as the query's error for the screen.
  return Promise.all(firstFrame);
}
