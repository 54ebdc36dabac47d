import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { DEFAULT_PROSPECT_FILTER, prospectPageQuery } from '../features/prospects/queries';
import { settingsQuery } from '../features/settings/queries';
import { prefetchToday } from '../features/today/queries';

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
 * Starts the start-up requests as soon as the bundle runs, before React renders: the first screen's
 * data (Today's list, or the first page of prospects), then the settings (theme) and app:info. Rendering
 * the shell took ~250 ms before the first request left (issue #11: JS at 107 ms, first API call
 * at 361 ms); the screens' hooks then find these queries in flight under the same keys.
 * Resolves when the replies the first frame shows have settled, answered or failed (a failure is
 * stored as the query's error for the screen to show): main.tsx renders once they have.
 */
export function prefetchStartupQueries(
  queryClient: QueryClient,
  hashPath: string,
): Promise<unknown> {
  // '' and '/' open Today once the library has data (an empty one opens the prospects list,
  // which is then empty and cheap): ask for Today's list now rather than after app:info.
  // Not waited for: Today is a lazy screen that shows its own loading state.
  if (['', '/', '/today'].includes(hashPath)) {
    void prefetchToday(queryClient);
  }
  const firstFrame = [
    ...(hashPath === '/prospects'
      ? [queryClient.prefetchQuery(prospectPageQuery(DEFAULT_PROSPECT_FILTER, 0))]
      : []),
    queryClient.prefetchQuery(settingsQuery),
    queryClient.prefetchQuery(appInfoQuery),
  ];
  return Promise.all(firstFrame);
}
