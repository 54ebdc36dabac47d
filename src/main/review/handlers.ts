import { required } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { reviewAnalytics } from './analytics';
import { getReviewCall, listReview } from './repository';
import { reuseOpener } from './service';

type ReviewChannels = FeatureHandlers<'review'>;

const call = required('Call');

export const reviewHandlers = (db: Db): ReviewChannels => ({
  'review:list': (filters) => listReview(db, filters),
  'review:compare': ({ a, b }) => ({
    a: call(getReviewCall(db, a), a),
    b: call(getReviewCall(db, b), b),
  }),
  'review:reuse': ({ callId, prospectId }) => ({ planId: reuseOpener(db, callId, prospectId) }),
  'review:analytics': (query) => reviewAnalytics(db, query),
});
