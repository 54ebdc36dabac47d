import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { ReviewCursor, ReviewListQuery } from '../../../../shared/domain/review';
import { api, unwrap } from '../../lib/api';

export type ReviewFiltersQuery = Omit<NonNullable<ReviewListQuery>, 'cursor' | 'limit'>;
export type AnalyticsQuery = NonNullable<ChannelInput<'review:analytics'>>;

const PAGE_SIZE = 50;

/** Past calls a page at a time; each next page continues from the last row of the one before. */
export const useReviewList = (filters: ReviewFiltersQuery) =>
  useInfiniteQuery({
    queryKey: ['review', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.review.list({
          ...filters,
          limit: PAGE_SIZE,
          ...(pageParam ? { cursor: pageParam } : {}),
        }),
      ),
    initialPageParam: null as ReviewCursor | null,
    getNextPageParam: (page) => page.nextCursor,
    // The previous results stay on screen while a new filter's first page loads: no flicker.
    placeholderData: keepPreviousData,
  });

export const useReviewAnalytics = (query: AnalyticsQuery) =>
  useQuery({
    queryKey: ['review', 'analytics', query],
    queryFn: () => unwrap(api.review.analytics(query)),
    placeholderData: keepPreviousData,
  });

export const useReviewComparison = (pair: { a: number; b: number } | null) =>
  useQuery({
    queryKey: ['review', 'compare', pair],
    queryFn: () => unwrap(api.review.compare(pair!)),
    enabled: pair !== null,
  });

/** The options of the insight and prospect filters: the active library, most recent first. */
export const useFilterOptions = () =>
  useQuery({
    queryKey: ['review', 'filter-options'],
    queryFn: async () => {
      const [insights, prospects] = await Promise.all([
        unwrap(api.insights.list({ status: 'active', offset: 0, limit: 500 })),
        unwrap(api.prospects.list({ sort: 'last_contact', offset: 0, limit: 500 })),
      ]);
      return {
        insights: insights.items.map((insight) => ({ id: insight.id, label: insight.headline })),
        prospects: prospects.items.map((prospect) => ({
          id: prospect.id,
          label: prospect.company ? `${prospect.name} (${prospect.company})` : prospect.name,
        })),
      };
    },
  });

export function useReuseOpener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (callId: number) => unwrap(api.review.reuse({ callId })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
