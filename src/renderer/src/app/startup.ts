import { QueryClient } from '@tanstack/react-query';
import { adoptNewLaunchLinks, adoptTokenFromUrl } from '../lib/api';
import { prefetchStartupQueries } from './queries';

/**
 * The start-up requests, sent while the rest of the app's JavaScript is still being evaluated.
 * main.tsx imports this module first, and modules run in import order, so these requests leave
 * before React and the screens are evaluated: when prefetching ran in main.tsx's own body, every
 * import had to run first (issue #11: the JS had arrived at 107 ms, the first API call left at
 * 361 ms). Only the transport, React Query and the query modules run before them.
 */
adoptTokenFromUrl();

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
  },
});

adoptNewLaunchLinks(() => void queryClient.invalidateQueries());

/** Settles when the replies the first frame shows are in the cache (answered or failed). */
export const startupQueriesSettled = prefetchStartupQueries(
  queryClient,
  window.location.hash.replace(/^#/u, '').split('?')[0] ?? '',
);
