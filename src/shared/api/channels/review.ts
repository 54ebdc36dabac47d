import {
  reviewAnalyticsInput,
  reviewCompareInput,
  reviewListInput,
  reviewReuseInput,
  type ReviewAnalytics,
  type ReviewComparison,
  type ReviewPage,
} from '../../domain/review';
import { channel, readChannel } from '../channel';

export const reviewChannels = {
  'review:list': readChannel<ReviewPage>()(reviewListInput),
  'review:compare': readChannel<ReviewComparison>()(reviewCompareInput),
  'review:reuse': channel<{ planId: number }>()(reviewReuseInput),
  'review:analytics': readChannel<ReviewAnalytics>()(reviewAnalyticsInput),
} as const;
