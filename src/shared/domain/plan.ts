import { z } from 'zod';
import type { CheckContext, CheckResult } from '../checker';
import type { Call } from './call';
import { LIMITS, idField, lineText, longText, revisionField } from './fields';
import type { Insight } from './insight';
import type { Prospect } from './prospect';
import type { Settings } from './settings';

export interface Objection {
  objection: string;
  response: string;
}

export interface CallPlan {
  id: number;
  prospectId: number;
  briefingId: number | null;
  objective: string;
  opener: string;
  emailSubject: string;
  emailBody: string;
  objections: Objection[];
  /** Meeting times the rep will propose, as the rep wrote them ("Thu 10:00", "2026-12-03 14:30"). */
  meetingSlots: string[];
  transactional: boolean;
  /** Who referred the rep, when someone did; makes "X suggested I call" honest. */
  referral: string;
  /** Chosen insights, in the order the rep put them. */
  insightIds: number[];
  /** The checker's result on the opener as last saved. */
  checkResult: CheckResult | null;
  /**
   * Bumped by every write that changes what the rep edits (not by archiving or by the stored
   * check). A save names the revision it was based on; a stale one is refused with `conflict`.
   */
  revision: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** Everything the plan screen needs in one read. */
export interface PlanDetail {
  plan: CallPlan;
  prospect: Prospect;
  insights: Insight[];
  settings: Settings;
  /** A real conversation with this prospect is on record (an earlier call that reached them). */
  priorContact: boolean;
  /**
   * A call dialed from this plan and not ended yet (the rep went Back from the live call, or the
   * tab closed): the plan returns to it instead of dialing a second one.
   */
  openCall: { id: number; startedAt: string } | null;
}

export const OPENER_MAX = 5_000;
/** Insights on one plan; the library import holds restored plans to it too. */
export const PLAN_INSIGHTS_MAX = 10;

const editable = {
  objective: lineText(LIMITS.shortText * 2),
  opener: longText(OPENER_MAX),
  emailSubject: lineText(LIMITS.shortText),
  emailBody: longText(OPENER_MAX),
  objections: z
    .array(z.strictObject({ objection: longText(1_000), response: longText(2_000) }))
    .max(20, 'At most 20 objections.'),
  meetingSlots: z.array(lineText(80)).max(10, 'At most 10 proposed slots.'),
  transactional: z.boolean(),
  referral: lineText(LIMITS.name),
  insightIds: z
    .array(idField)
    .max(PLAN_INSIGHTS_MAX, `Pick at most ${PLAN_INSIGHTS_MAX} insights for one call.`),
  briefingId: idField.nullable(),
};

export const planCreateInput = z.strictObject({
  prospectId: idField,
  ...z.strictObject(editable).partial().shape,
});

export const planUpdateInput = z.strictObject({
  id: idField,
  /** Refused with `conflict` when the stored plan is no longer at this revision. */
  baseRevision: revisionField,
  patch: z.strictObject(editable).partial(),
});

export const planListInput = z
  .strictObject({
    prospectId: idField.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });

export const dialInput = z.strictObject({
  planId: idField,
  /** The opener text exactly as the rep saw it when pressing Dial. */
  opener: longText(OPENER_MAX),
  /** Required when the check blocks: why the rep dials anyway. */
  overrideReason: lineText(500).optional(),
});

/** The checker's context for a plan: the same function builds it in the renderer and the backend. */
export function planCheckContext(
  detail: Omit<PlanDetail, 'plan' | 'openCall'> & {
    plan: Pick<CallPlan, 'transactional' | 'referral'>;
  },
): CheckContext {
  return {
    repName: detail.settings.repName || undefined,
    repCompany: detail.settings.repCompany || undefined,
    prospectName: detail.prospect.name,
    prospectCompany: detail.prospect.company || undefined,
    prospectTitle: detail.prospect.title || undefined,
    insights: detail.insights.map((insight) => ({
      headline: insight.headline,
      detail: insight.detail,
    })),
    priorContact: detail.priorContact,
    referralOnRecord: detail.plan.referral.trim() !== '',
    transactional: detail.plan.transactional,
    wpm: detail.settings.wordsPerMinute,
  };
}

// Calls live in ./call; re-exported so plan code keeps one import.
export type { Call, CallOutcome } from './call';

export interface DialResult {
  call: Call;
  /** `tel:` URL of the prospect's number, or null when the prospect has none. */
  telUrl: string | null;
}
