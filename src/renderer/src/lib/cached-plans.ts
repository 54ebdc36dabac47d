import type { QueryClient } from '@tanstack/react-query';
import type { Insight } from '../../../shared/domain/insight';
import type { PlanDetail } from '../../../shared/domain/plan';
import type { Prospect } from '../../../shared/domain/prospect';

/**
 * A cached call plan embeds its prospect and insights, and the plan editor builds its state from
 * the cache when it opens. Invalidating alone would open a plan with the old name or headline and
 * keep it until the refetch (the editor does not reset under the rep's hands), so a stored
 * prospect or insight also replaces its copy in every cached plan. Plans are matched by shape,
 * under the plans feature's first key segment, so this does not depend on its key factory.
 */
function replaceInCachedPlans(
  queryClient: QueryClient,
  replace: (detail: PlanDetail) => PlanDetail | undefined,
) {
  queryClient.setQueriesData<unknown>({ queryKey: ['plans'] }, (data: unknown) =>
    isPlanDetail(data) ? replace(data) : undefined,
  );
}

function isPlanDetail(data: unknown): data is PlanDetail {
  return (
    typeof data === 'object' &&
    data !== null &&
    'plan' in data &&
    'prospect' in data &&
    'insights' in data &&
    Array.isArray(data.insights)
  );
}

export const prospectIntoCachedPlans = (queryClient: QueryClient, prospect: Prospect) =>
  replaceInCachedPlans(queryClient, (detail) =>
    detail.prospect.id === prospect.id ? { ...detail, prospect } : undefined,
  );

export const insightIntoCachedPlans = (queryClient: QueryClient, insight: Insight) =>
  replaceInCachedPlans(queryClient, (detail) =>
    detail.insights.some((used) => used.id === insight.id)
      ? {
          ...detail,
          insights: detail.insights.map((used) => (used.id === insight.id ? insight : used)),
        }
      : undefined,
  );
