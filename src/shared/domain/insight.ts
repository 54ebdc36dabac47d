import { z } from 'zod';
import { LIMITS, idField, lineText, longText, pageFields, requiredLine, tagList } from './fields';

export interface InsightTrackRecord {
  timesUsed: number;
  meetingsBooked: number;
  /** meetingsBooked / timesUsed, or null before the insight was ever used. */
  meetingRate: number | null;
}

export interface Insight extends InsightTrackRecord {
  id: number;
  headline: string;
  detail: string;
  evidence: string;
  source: string;
  sourceUrl: string;
  isPublic: boolean;
  industries: string[];
  roles: string[];
  tags: string[];
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

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/**
 * An insight's source link must be https: the rep may send it to a prospect, and a plain-http
 * link to "our research" undercuts the credibility the insight is meant to carry.
 */
export const httpsLink = lineText(LIMITS.url).refine((value) => {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}, 'Enter a link starting with https://');

const editableFields = {
  headline: requiredLine(LIMITS.headline, 'Headline'),
  detail: longText(LIMITS.longText),
  evidence: longText(LIMITS.longText),
  source: lineText(LIMITS.shortText * 2),
  sourceUrl: httpsLink,
  isPublic: z.boolean(),
  industries: tagList,
  roles: tagList,
  tags: tagList,
};

export const insightCreateInput = z.strictObject({
  headline: editableFields.headline,
  detail: editableFields.detail.optional(),
  evidence: editableFields.evidence.optional(),
  source: editableFields.source.optional(),
  sourceUrl: editableFields.sourceUrl.optional(),
  isPublic: editableFields.isPublic.optional(),
  industries: editableFields.industries.optional(),
  roles: editableFields.roles.optional(),
  tags: editableFields.tags.optional(),
});
export type InsightCreateInput = z.input<typeof insightCreateInput>;

export const insightUpdateInput = z.strictObject({
  id: idField,
  patch: z.strictObject(editableFields).partial(),
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
