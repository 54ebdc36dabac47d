import { QueryClient } from '@tanstack/react-query';
import { prefetchStartupQueries } from './queries';
import { hashPathOf, sendStartupRequests, takeStartupRequests } from './startup-requests';

/**
 * The app's query cache, seeded with the start-up requests. The page's first script
 * (src/early.ts, also main.tsx's first import) has already adopted the launch token and sent
 * them while this bundle was still arriving; their replies are taken over here rather than asked
 * for again. (Sent from here, after React Query and the query modules had been evaluated, the
 * first request left ~45 ms after the JavaScript had arrived in the coldstart bench.)
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
  },
});

/** Settles when the data of the first frame is in the cache (answered or failed). */
export const startupQueriesSettled = prefetchStartupQueries(
  queryClient,
  takeStartupRequests() ?? sendStartupRequests(hashPathOf(window.location.hash)),
);
