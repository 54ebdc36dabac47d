import type { z } from 'zod';
import { LIMITS } from '../../shared/domain/fields';
import type { Prospect, prospectCreateInput } from '../../shared/domain/prospect';
import { activityDate, fieldMapping, list, text, type Codecs } from '../db/columns';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * The one place a `prospects` row is mapped. The repository, the CSV export and import, the
 * library JSON export and import and the sample data all go through it: a new column is a
 * migration plus an entry in PROSPECT_COLUMNS and PROSPECT_CODECS (and the field in the API
 * schema, `shared/domain/prospect.ts`).
 */

/** Every field a rep edits: the API's create input with each optional field filled in. */
export type ProspectFields = Required<z.output<typeof prospectCreateInput>>;
export type ProspectField = keyof ProspectFields;

/** Each field's column, in the order exports list them. Fixed SQL names (no-dynamic-sql). */
export const PROSPECT_COLUMNS = {
  name: 'name',
  title: 'title',
  company: 'company',
  industry: 'industry',
  phone: 'phone',
  email: 'email',
  timezone: 'timezone',
  tags: 'tags',
  notes: 'notes',
  lastActivityOn: 'last_activity_on',
} as const satisfies Record<ProspectField, string>;

const PROSPECT_CODECS: Codecs<ProspectFields> = {
  name: text('Name'),
  title: text('Title'),
  company: text('Company'),
  industry: text('Industry'),
  phone: text('Phone'),
  email: text('Email'),
  timezone: text('Time Zone'),
  tags: list('Tags', LIMITS.tags),
  notes: text('Notes', 'paragraphs'),
  lastActivityOn: activityDate('Last Activity Date'),
};

export const prospectRows = fieldMapping<ProspectFields>(PROSPECT_COLUMNS, PROSPECT_CODECS);

/** A stored row as the repository selects it: the table's columns plus the call counts. */
export interface ProspectRow extends Record<string, unknown> {
  id: number;
  last_contact_at: string | null;
  call_count: number;
  meeting_count: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** The one place a prospects row becomes a Prospect. */
export function toProspect(row: ProspectRow): Prospect {
  return {
    id: row.id,
    ...prospectRows.fromRow(row),
    lastContactAt: row.last_contact_at,
    callCount: row.call_count,
    meetingCount: row.meeting_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Named parameters for an insert of `record`; absent optional fields get their empty value. */
export const fromProspect = (record: z.output<typeof prospectCreateInput>) =>
  prospectRows.insertParams(record);

/** Set on a restore from a library file; a new prospect gets the next id and the current time. */
export interface ProspectStamps {
  id: number | null;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

// The SQL is built here, beside PROSPECT_COLUMNS, from its fixed column names.
const insertColumns: string[] = [];
const insertValues: string[] = [];
for (const [field, column] of Object.entries(PROSPECT_COLUMNS)) {
  insertColumns.push(column);
  insertValues.push(`@${field}`);
}
const INSERT_PROSPECT = `INSERT INTO prospects (id, ${insertColumns.join(', ')}, last_contact_at, created_at, updated_at, archived_at)
  VALUES (@id, ${insertValues.join(', ')}, @lastContactAt, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/** Writes one prospects row; every way a prospect enters the library goes through here. */
export function insertProspectRow(
  db: Db,
  record: z.output<typeof prospectCreateInput>,
  stamps: ProspectStamps,
): number {
  const { id } = statement(db, INSERT_PROSPECT).get({ ...fromProspect(record), ...stamps }) as {
    id: number;
  };
  return id;
}

/**
 * Rows per INSERT statement when many prospects are written at once (an import). SQLite opens a
 * statement savepoint for each INSERT, and FTS5 writes its pending terms to a new index segment at
 * every savepoint, so one INSERT per row made the import's FTS work a segment per row (and the
 * merges of all those segments): 100k rows cost 4.3 s of CPU one by one and 1.9 s a hundred at a
 * time (the same rows into an empty library, issue #11). 100 rows of 15 values stay far below
 * SQLite's limit on bound parameters.
 */
export const PROSPECTS_PER_INSERT = 100;

const valuesOfOneRow = `(${['id', ...insertColumns, 'lc', 'ca', 'ua', 'aa'].map(() => '?').join(', ')})`;
const INSERT_MANY_PROSPECTS = `INSERT INTO prospects (id, ${insertColumns.join(', ')}, last_contact_at, created_at, updated_at, archived_at)
  VALUES ${Array.from({ length: PROSPECTS_PER_INSERT }, () => valuesOfOneRow).join(', ')}`;

/**
 * Writes many new prospects (each with the next id) with the same stamps, a statement per
 * PROSPECTS_PER_INSERT rows; the values are exactly those insertProspectRow writes.
 */
export function insertProspectRows(
  db: Db,
  records: readonly z.output<typeof prospectCreateInput>[],
  stamps: Omit<ProspectStamps, 'id'>,
): void {
  const full = records.length - (records.length % PROSPECTS_PER_INSERT);
  const insertMany = statement(db, INSERT_MANY_PROSPECTS);
  const stampValues = [stamps.lastContactAt, stamps.createdAt, stamps.updatedAt, stamps.archivedAt];
  for (let start = 0; start < full; start += PROSPECTS_PER_INSERT) {
    const values: unknown[] = [];
    for (let index = start; index < start + PROSPECTS_PER_INSERT; index++) {
      const params = fromProspect(records[index]!);
      // In INSERT_MANY_PROSPECTS' column order: id, the fields as PROSPECT_COLUMNS lists them, stamps.
      values.push(null, ...prospectRows.fields.map((field) => params[field]), ...stampValues);
    }
    insertMany.run(values);
  }
  for (let index = full; index < records.length; index++) {
    insertProspectRow(db, records[index]!, { id: null, ...stamps });
  }
}

// Each field's column from its key in the JSON of one change; a key left out keeps the column
// (no prospect field is stored as NULL, so coalesce only ever falls back for an absent field).
const UPDATE_MANY_PROSPECTS = `UPDATE prospects SET ${Object.entries(PROSPECT_COLUMNS)
  .map(([field, column]) => `${column} = coalesce(changed.value ->> '${field}', ${column})`)
  .join(', ')}, updated_at = @now
  FROM json_each(@changes) AS changed
  WHERE prospects.id = changed.value ->> 'id'`;

/**
 * Writes the fields each patch sets (and updated_at) to many prospects in one statement, as
 * updateProspectRow does one by one: one statement keeps the FTS5 work to one flush of its
 * pending terms, where a statement per prospect wrote an index segment per prospect (see
 * PROSPECTS_PER_INSERT), PROSPECTS_PER_UPDATE at a time. Each id appears once.
 */
export function updateProspectRows(
  db: Db,
  changes: readonly {
    id: number;
    patch: { [F in ProspectField]?: ProspectFields[F] | undefined };
  }[],
  now: string,
): void {
  for (let start = 0; start < changes.length; start += PROSPECTS_PER_UPDATE) {
    const json = JSON.stringify(
      changes
        .slice(start, start + PROSPECTS_PER_UPDATE)
        .map(({ id, patch }) => ({ id, ...prospectRows.patchParams(patch) })),
    );
    statement(db, UPDATE_MANY_PROSPECTS).run({ changes: json, now });
  }
}

/** Prospects per UPDATE statement: its JSON stays small (a few hundred kB), whatever the import. */
const PROSPECTS_PER_UPDATE = 500;

/** Writes the fields a patch sets (and updated_at); false when there is no such prospect. */
export function updateProspectRow(
  db: Db,
  id: number,
  patch: { [F in ProspectField]?: ProspectFields[F] | undefined },
  now: string,
): boolean {
  const values = prospectRows.patchParams(patch);
  const assignments: string[] = [];
  for (const [field, column] of Object.entries(PROSPECT_COLUMNS)) {
    if (field in values) assignments.push(`${column} = @${field}`);
  }
  const sql = `UPDATE prospects SET ${[...assignments, 'updated_at = @now'].join(', ')} WHERE id = @id`;
  return statement(db, sql).run({ ...values, id, now }).changes > 0;
}
