import type { z } from 'zod';
import { LIMITS } from '../../shared/domain/fields';
import {
  INSIGHT_FIELD_NAMES,
  type Insight,
  type insightCreateInput,
} from '../../shared/domain/insight';
import {
  INSIGHT_FIELDS,
  type InsightField,
  type InsightFieldSpec,
} from '../../shared/domain/insight-fields';
import { fieldMapping, flag, list, text, type Codecs, type FieldCodec } from '../db/columns';
import { INSIGHT_SEARCH_COLUMNS, indexInsightForSearch } from '../db/insight-search-index';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * The one place an `insights` row is mapped. The repository, the CSV export and import, the
 * library JSON export and import and the sample data all go through it. The fields, their CSV
 * headers and cell formats come from INSIGHT_FIELDS (shared/domain/insight-fields.ts), so a new
 * column is a migration plus one entry there: nothing here changes.
 */

/** Every field a rep edits: the API's create input with each optional field filled in. */
export type InsightFields = Required<z.output<typeof insightCreateInput>>;
export type { InsightField };

/** `sourceUrl` → `source_url`: a field's column is its name in snake_case. */
const columnOf = (field: string): string => field.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);

/**
 * Each field's column, in the order exports list them. Derived from the field names in code,
 * never from input; SQL built from them is checked by the round-trip tests against the table.
 */
export const INSIGHT_COLUMNS = Object.fromEntries(
  INSIGHT_FIELD_NAMES.map((field) => [field, columnOf(field)]),
) as Record<InsightField, string>;

function codecOf(spec: InsightFieldSpec): FieldCodec<unknown> {
  switch (spec.cells) {
    case 'text':
    case 'paragraphs':
      return text(spec.csvHeader, spec.cells === 'paragraphs' ? 'paragraphs' : 'first');
    case 'flag':
      return flag(spec.csvHeader);
    case 'list':
      return list(spec.csvHeader, LIMITS.tags);
  }
}

// The kind of each codec follows the field's `cells`, which the field's schema type matches.
const INSIGHT_CODECS = Object.fromEntries(
  INSIGHT_FIELD_NAMES.map((field) => [field, codecOf(INSIGHT_FIELDS[field])]),
) as unknown as Codecs<InsightFields>;

export const insightRows = fieldMapping<InsightFields>(INSIGHT_COLUMNS, INSIGHT_CODECS);

/** A stored row as the repository selects it: the table's columns plus the track record. */
export interface InsightRow extends Record<string, unknown> {
  id: number;
  times_used: number;
  meetings_booked: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export function toInsight(row: InsightRow): Insight {
  return {
    id: row.id,
    ...insightRows.fromRow(row),
    timesUsed: row.times_used,
    meetingsBooked: row.meetings_booked,
    meetingRate: row.times_used === 0 ? null : row.meetings_booked / row.times_used,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Named parameters for an insert of `record`; absent optional fields get their empty value. */
export const fromInsight = (record: z.output<typeof insightCreateInput>) =>
  insightRows.insertParams(record);

/** Set on a restore from a library file; a new insight gets the next id and the current time. */
export interface RowStamps {
  id: number | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** Fields whose column insights_fts indexes: a patch of one of them re-indexes the row. */
const SEARCHED_FIELDS = new Set(
  Object.entries(INSIGHT_COLUMNS)
    .filter(([, column]) => (INSIGHT_SEARCH_COLUMNS as readonly string[]).includes(column))
    .map(([field]) => field),
);

// The SQL is built here from INSIGHT_COLUMNS: column names from code, values as parameters.
const insertColumns: string[] = [];
const insertValues: string[] = [];
for (const [field, column] of Object.entries(INSIGHT_COLUMNS)) {
  insertColumns.push(column);
  insertValues.push(`@${field}`);
}
const INSERT_INSIGHT = `INSERT INTO insights (id, ${insertColumns.join(', ')}, created_at, updated_at, archived_at)
  VALUES (@id, ${insertValues.join(', ')}, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/**
 * Writes one insights row; every way an insight enters the library goes through here. Its
 * search entries are written with it (db/insight-search-index.ts).
 */
export function insertInsightRow(
  db: Db,
  record: z.output<typeof insightCreateInput>,
  stamps: RowStamps,
): number {
  const { id } = statement(db, INSERT_INSIGHT).get({ ...fromInsight(record), ...stamps }) as {
    id: number;
  };
  indexInsightForSearch(db, id);
  return id;
}

/** Writes the fields a patch sets (and updated_at); false when there is no such insight. */
export function updateInsightRow(
  db: Db,
  id: number,
  patch: { [F in InsightField]?: InsightFields[F] | undefined },
  now: string,
): boolean {
  const values = insightRows.patchParams(patch);
  const assignments: string[] = ['updated_at = @now'];
  for (const [field, column] of Object.entries(INSIGHT_COLUMNS)) {
    if (field in values) assignments.push(`${column} = @${field}`);
  }
  const sql = `UPDATE insights SET ${assignments.join(', ')} WHERE id = @id`;
  if (statement(db, sql).run({ ...values, id, now }).changes === 0) return false;
  // The update trigger dropped the row's search entries if a searched column was set.
  if (Object.keys(values).some((field) => SEARCHED_FIELDS.has(field)))
    indexInsightForSearch(db, id);
  return true;
}
