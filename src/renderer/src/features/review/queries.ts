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
import { prospectKeys } from '../prospects/queries';

export type ReviewFiltersQuery = Omit<NonNullable<ReviewListQuery>, 'cursor' | 'limit'>;
export type AnalyticsQuery = NonNullable<ChannelInput<'review:analytics'>>;

const PAGE_SIZE = 50;

/** Every cache key of the review feature. */
export const reviewKeys = {
  all: ['review'] as const,
  list: (filters: ReviewFiltersQuery) => [...reviewKeys.all, 'list', filters] as const,
  analytics: (query: AnalyticsQuery) => [...reviewKeys.all, 'analytics', query] as const,
  comparison: (pair: { a: number; b: number } | null) =>
    [...reviewKeys.all, 'compare', pair] as const,
  filterOptions: () => [...reviewKeys.all, 'filter-options'] as const,
};

/** Past calls a page at a time; each next page continues from the last row of the one before. */
export const useReviewList = (filters: ReviewFiltersQuery) =>
  useInfiniteQuery({
    queryKey: reviewKeys.list(filters),
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
    queryKey: reviewKeys.analytics(query),
    queryFn: () => unwrap(api.review.analytics(query)),
    placeholderData: keepPreviousData,
  });

export const useReviewComparison = (pair: { a: number; b: number } | null) =>
  useQuery({
    queryKey: reviewKeys.comparison(pair),
    queryFn: () => unwrap(api.review.compare(pair!)),
    enabled: pair !== null,
  });

/** The options of the insight and prospect filters: the active library, most recent first. */
export const useFilterOptions = () =>
  useQuery({
    queryKey: reviewKeys.filterOptions(),
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

/**
 * A new plan from a past call's opener. The backend answers with the plan's id only; the plan
 * screen loads it. What lists plans is out of date: the plans' own lists and the prospect's
 * timeline.
 */
export function useReuseOpener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { callId: number; prospectId: number }) => unwrap(api.review.reuse(input)),
    onSuccess: () => {
      for (const queryKey of [['plans'], prospectKeys.timelines()]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
