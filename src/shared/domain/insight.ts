import { z } from 'zod';
import { LIMITS, idField, lineText, pageFields } from './fields';
import {
  INSIGHT_FIELDS,
  type InsightField,
  type InsightFieldSpec,
  type InsightValues,
} from './insight-fields';

export interface InsightTrackRecord {
  timesUsed: number;
  meetingsBooked: number;
  /** meetingsBooked / timesUsed, or null before the insight was ever used. */
  meetingRate: number | null;
}

/** An insight as stored: every field of INSIGHT_FIELDS, its track record and its stamps. */
export interface Insight extends InsightTrackRecord, InsightValues {
  id: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** Where a search term was found, for highlighting: the field and the marked-up excerpt. */
export interface InsightSearchHit {
  insight: Insight;
  /** `headline` with matches wrapped in \u0002 … \u0003 (never HTML; the renderer splits on them). */
  headlineMarked: string;
  /** A short excerpt of the detail with matches marked the same way. */
  detailExcerptMarked: string;
}

type Fields = typeof INSIGHT_FIELDS;

/** The fields in the order exports list them. */
export const INSIGHT_FIELD_NAMES = Object.keys(INSIGHT_FIELDS) as InsightField[];

/** The rule of every field, by name. */
const insightFieldSchemas = Object.fromEntries(
  INSIGHT_FIELD_NAMES.map((field) => [field, INSIGHT_FIELDS[field].schema]),
) as { [F in InsightField]: Fields[F]['schema'] };

/** The create input's shape: the required fields as they are, the others optional. */
const insightCreateShape = Object.fromEntries(
  INSIGHT_FIELD_NAMES.map((field) => {
    const spec: InsightFieldSpec = INSIGHT_FIELDS[field];
    return [field, spec.required ? spec.schema : spec.schema.optional()];
  }),
) as {
  [F in InsightField]: Fields[F] extends { required: true }
    ? Fields[F]['schema']
    : z.ZodOptional<Fields[F]['schema']>;
};

// The schemas come from INSIGHT_FIELDS, the one declaration of an insight's fields.
export const insightCreateInput = z.strictObject(insightCreateShape);
export type InsightCreateInput = z.input<typeof insightCreateInput>;

export const insightUpdateInput = z.strictObject({
  id: idField,
  patch: z.strictObject(insightFieldSchemas).partial(),
});

/** Which part of the library a list or search covers. */
const insightFilters = {
  status: z.enum(['active', 'archived']).default('active'),
  tag: lineText(LIMITS.tag).optional(),
  industry: lineText(LIMITS.tag).optional(),
};

export const insightListInput = z
  .strictObject({
    ...insightFilters,
    ...pageFields,
  })
  .default({ status: 'active', offset: 0, limit: 50 });

export const insightSearchInput = z.strictObject({
  query: lineText(LIMITS.query),
  ...insightFilters,
  limit: z.number().int().min(1).max(100).default(20),
});

/** The distinct tags and industries of the active library, for the filter menus. */
export interface InsightFacets {
  tags: string[];
  industries: string[];
}

export const insightSuggestInput = z.strictObject({
  prospectId: idField,
  limit: z.number().int().min(1).max(50).default(10),
});

/** An insight suggested for a prospect, with the plain-language reasons it was ranked there. */
export interface InsightSuggestion {
  insight: Insight;
  /** How well it fits the prospect: industry, role and shared tags (higher fits better). */
  fit: number;
  /** The meeting rate shrunk toward 50% for small samples: (booked + 1) / (used + 2). */
  expectedRate: number;
  reasons: string[];
}
