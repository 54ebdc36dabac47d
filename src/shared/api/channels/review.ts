import {
  reviewAnalyticsInput,
  reviewCompareInput,
  reviewListInput,
  reviewReuseInput,
  type ReviewAnalytics,
  type ReviewComparison,
  type ReviewPage,
} from '../../domain/review';
import { channel } from '../channel';

export const reviewChannels = {
  'review:list': channel<ReviewPage>()(reviewListInput),
  'review:compare': channel<ReviewComparison>()(reviewCompareInput),
  'review:reuse': channel<{ planId: number }>()(reviewReuseInput),
  'review:analytics': channel<ReviewAnalytics>()(reviewAnalyticsInput),
} as const;
