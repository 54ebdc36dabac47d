import { z } from 'zod';
import {
  LIMITS,
  idField,
  lineText,
  longText,
  pageFields,
  requiredLine,
  revisionField,
} from './fields';

/**
 * An executive briefing: the meeting a One-Up rep asks for, written down. Without a prospect it is
 * a reusable template; a briefing for a prospect usually starts as a copy of one.
 */
export interface Briefing {
  id: number;
  title: string;
  /** Null for a template. */
  prospectId: number | null;
  prospect: BriefingProspect | null;
  /** True exactly when there is no prospect. */
  isTemplate: boolean;
  /** The insights it covers, in the order they will be presented. */
  items: BriefingItem[];
  questions: string[];
  lengthMinutes: number | null;
  /** The rep's own notes; never exported. */
  notes: string;
  /**
   * Bumped by every write that changes its content (not by archiving or restoring). A save names
   * the revision it was based on; a stale one is refused with `conflict`.
   */
  revision: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** What a briefing shows of its prospect. */
export interface BriefingProspect {
  id: number;
  name: string;
  title: string;
  company: string;
}

export interface BriefingItem {
  insightId: number;
  talkingPoints: string;
  insight: BriefingInsight;
}

/** The part of an insight a briefing presents: what it says and what backs it up. */
export interface BriefingInsight {
  id: number;
  headline: string;
  detail: string;
  evidence: string;
  source: string;
  sourceUrl: string;
  isPublic: boolean;
  archived: boolean;
}

/** One row of the briefings list. */
export interface BriefingSummary {
  id: number;
  title: string;
  prospect: BriefingProspect | null;
  isTemplate: boolean;
  itemCount: number;
  questionCount: number;
  lengthMinutes: number | null;
  updatedAt: string;
  archivedAt: string | null;
}

export interface BriefingExport {
  filename: string;
  markdown: string;
}

export const BRIEFING_LIMITS = {
  items: 30,
  questions: 30,
  question: 500,
  talkingPoints: LIMITS.longText,
  minMinutes: 5,
  maxMinutes: 240,
} as const;

const itemInput = z.strictObject({
  insightId: idField,
  talkingPoints: longText(BRIEFING_LIMITS.talkingPoints).default(''),
});

/** Each insight once: covering the same one twice in a meeting says nothing new. */
const itemList = z
  .array(itemInput)
  .max(BRIEFING_LIMITS.items, `At most ${BRIEFING_LIMITS.items} insights in one briefing.`)
  .superRefine((items, context) => {
    const seen = new Set<number>();
    items.forEach((item, index) => {
      if (seen.has(item.insightId)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'insightId'],
          message: 'This insight is already in the briefing.',
        });
      }
      seen.add(item.insightId);
    });
  });

/** Blank questions (an empty row in the editor) are dropped rather than refused. */
const questionList = z
  .array(lineText(BRIEFING_LIMITS.question))
  .max(BRIEFING_LIMITS.questions, `At most ${BRIEFING_LIMITS.questions} questions.`)
  .transform((questions) => questions.filter((question) => question.length > 0));

const lengthMinutes = z
  .number()
  .int('Use whole minutes.')
  .min(
    BRIEFING_LIMITS.minMinutes,
    `A briefing runs at least ${BRIEFING_LIMITS.minMinutes} minutes.`,
  )
  .max(BRIEFING_LIMITS.maxMinutes, `A briefing runs at most ${BRIEFING_LIMITS.maxMinutes} minutes.`)
  .nullable();

const editableFields = {
  title: requiredLine(LIMITS.headline, 'Title'),
  /** Null makes the briefing a template. */
  prospectId: idField.nullable(),
  items: itemList,
  questions: questionList,
  lengthMinutes,
  notes: longText(LIMITS.notes),
};

export const briefingCreateInput = z.strictObject({
  title: editableFields.title,
  prospectId: editableFields.prospectId.default(null),
  items: editableFields.items.default([]),
  questions: editableFields.questions.default([]),
  lengthMinutes: editableFields.lengthMinutes.default(null),
  notes: editableFields.notes.default(''),
});
export type BriefingCreateInput = z.input<typeof briefingCreateInput>;

/** `items`, when present, replaces the whole ordered list. */
export const briefingUpdateInput = z.strictObject({
  id: idField,
  /** Refused with `conflict` when the stored briefing is no longer at this revision. */
  baseRevision: revisionField,
  patch: z.strictObject(editableFields).partial(),
});
export type BriefingUpdatePatch = z.input<typeof briefingUpdateInput>['patch'];

export const briefingKind = z.enum(['all', 'templates', 'prospects']);
export type BriefingKind = z.infer<typeof briefingKind>;

export const briefingListInput = z
  .strictObject({
    kind: briefingKind.default('all'),
    status: z.enum(['active', 'archived']).default('active'),
    /** Matches the title, the prospect's name or company. */
    query: lineText(LIMITS.query).optional(),
    prospectId: idField.optional(),
    ...pageFields,
  })
  .default({ kind: 'all', status: 'active', offset: 0, limit: 50 });
export type BriefingListInput = z.input<typeof briefingListInput>;

export const briefingFromTemplateInput = z.strictObject({
  templateId: idField,
  prospectId: idField,
});
