import { z } from 'zod';
import { LIMITS, lineText, longText, requiredLine, tagList } from './fields';

/**
 * Every field of an insight a rep edits, declared once. The API's create and update schemas and
 * the Insight type (insight.ts), the import's mapping targets and labels (data.ts) and, in the
 * backend, the column, the CSV header and cell format and the library JSON
 * (main/insights/rows.ts) are all derived from this table, which is all this module holds. Adding a field is a migration that adds its column (named as the
 * field in snake_case: `sourceUrl` is `source_url`) plus one entry here; `tsc` and
 * test/api/insight-new-column.test.ts hold the rest together.
 */
export interface InsightFieldSpec {
  /** The rule the API, the CSV import and a library restore all check the value with. */
  schema: z.ZodType;
  /** A create must give it; every other field starts empty. */
  required?: true;
  /** What the import's mapping menu calls it. */
  label: string;
  /** The column header the CSV export writes (the import recognises it too). */
  csvHeader: string;
  /**
   * How it is written in a CSV cell and stored: plain text (`paragraphs`: several mapped columns
   * are joined as paragraphs), a yes/no `flag`, or a `list` ("a; b; c", a JSON array in SQLite).
   */
  cells: 'text' | 'paragraphs' | 'flag' | 'list';
}

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

export const INSIGHT_FIELDS = {
  headline: {
    schema: requiredLine(LIMITS.headline, 'Headline'),
    required: true,
    label: 'Headline',
    csvHeader: 'Headline',
    cells: 'text',
  },
  detail: {
    schema: longText(LIMITS.longText),
    label: 'Detail',
    csvHeader: 'Detail',
    cells: 'paragraphs',
  },
  evidence: {
    schema: longText(LIMITS.longText),
    label: 'Evidence',
    csvHeader: 'Evidence',
    cells: 'paragraphs',
  },
  source: {
    schema: lineText(LIMITS.shortText * 2),
    label: 'Source',
    csvHeader: 'Source',
    cells: 'text',
  },
  sourceUrl: { schema: httpsLink, label: 'Source link', csvHeader: 'Source Link', cells: 'text' },
  isPublic: { schema: z.boolean(), label: 'Public source', csvHeader: 'Public', cells: 'flag' },
  industries: { schema: tagList, label: 'Industries', csvHeader: 'Industries', cells: 'list' },
  roles: { schema: tagList, label: 'Roles', csvHeader: 'Roles', cells: 'list' },
  tags: { schema: tagList, label: 'Tags', csvHeader: 'Tags', cells: 'list' },
} as const satisfies Record<string, InsightFieldSpec>;

export type InsightField = keyof typeof INSIGHT_FIELDS;
/** Every field's value as a stored insight has it. */
export type InsightValues = {
  [F in InsightField]: z.output<(typeof INSIGHT_FIELDS)[F]['schema']>;
};
