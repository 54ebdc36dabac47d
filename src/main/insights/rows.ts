import type { z } from 'zod';
import { LIMITS } from '../../shared/domain/fields';
import type { Insight, insightCreateInput } from '../../shared/domain/insight';
import { fieldMapping, flag, list, text, type Codecs } from '../db/columns';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * The one place an `insights` row is mapped. The repository, the CSV export and import, the
 * library JSON export and import and the sample data all go through it: a new column is a
 * migration plus an entry in INSIGHT_COLUMNS and INSIGHT_CODECS (and the field in the API
 * schema, `shared/domain/insight.ts`).
 */

/** Every field a rep edits: the API's create input with each optional field filled in. */
export type InsightFields = Required<z.output<typeof insightCreateInput>>;
export type InsightField = keyof InsightFields;

/** Each field's column, in the order exports list them. Fixed SQL names (no-dynamic-sql). */
export const INSIGHT_COLUMNS = {
  headline: 'headline',
  detail: 'detail',
  evidence: 'evidence',
  source: 'source',
  sourceUrl: 'source_url',
  isPublic: 'is_public',
  industries: 'industries',
  roles: 'roles',
  tags: 'tags',
} as const satisfies Record<InsightField, string>;

const INSIGHT_CODECS: Codecs<InsightFields> = {
  headline: text('Headline'),
  detail: text('Detail', 'paragraphs'),
  evidence: text('Evidence', 'paragraphs'),
  source: text('Source'),
  sourceUrl: text('Source Link'),
  isPublic: flag('Public'),
  industries: list('Industries', LIMITS.tags),
  roles: list('Roles', LIMITS.tags),
  tags: list('Tags', LIMITS.tags),
};

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

// The SQL is built here, beside INSIGHT_COLUMNS, from its fixed column names.
const insertColumns: string[] = [];
const insertValues: string[] = [];
for (const [field, column] of Object.entries(INSIGHT_COLUMNS)) {
  insertColumns.push(column);
  insertValues.push(`@${field}`);
}
const INSERT_INSIGHT = `INSERT INTO insights (id, ${insertColumns.join(', ')}, created_at, updated_at, archived_at)
  VALUES (@id, ${insertValues.join(', ')}, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/** Writes one insights row; every way an insight enters the library goes through here. */
export function insertInsightRow(
  db: Db,
  record: z.output<typeof insightCreateInput>,
  stamps: RowStamps,
): number {
  const { id } = statement(db, INSERT_INSIGHT).get({ ...fromInsight(record), ...stamps }) as {
    id: number;
  };
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
  return statement(db, sql).run({ ...values, id, now }).changes > 0;
}
