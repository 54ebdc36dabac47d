import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';

/** Query keys of the app shell. */
export const appKeys = {
  info: ['app', 'info'] as const,
  search: (query: string) => ['search', 'global', query] as const,
};

/** Version, transport, database mode and health: what the shell shows around every screen. */
export const useAppInfo = () =>
  useQuery({
    queryKey: appKeys.info,
    queryFn: () => unwrap(api.app.info()),
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
