import type { z } from 'zod';
import type { Page } from '../../shared/domain/fields';
import type {
  Prospect,
  ProspectFacets,
  prospectCreateInput,
  prospectListInput,
  prospectUpdateInput,
} from '../../shared/domain/prospect';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { toNameFtsQuery } from '../db/fts-query';
import {
  insertProspectRow,
  insertProspectRows,
  toProspect,
  updateProspectRow,
  type ProspectRow,
  type ProspectStamps,
} from './rows';

const SELECT_PROSPECT = `
  SELECT p.*,
    (SELECT count(*) FROM calls c WHERE c.prospect_id = p.id AND c.archived_at IS NULL) AS call_count,
    (SELECT count(*) FROM calls c WHERE c.prospect_id = p.id AND c.archived_at IS NULL
       AND c.outcome = 'meeting_booked') AS meeting_count
  FROM prospects p`;

/**
 * Inserts one prospect and returns its id: the API, the CSV/JSON import (thousands at a time),
 * the library restore (with its id and timestamps) and the sample data all write through here.
 */
export function insertProspect(
  db: Db,
  input: z.output<typeof prospectCreateInput>,
  now: string = nowIso(),
  stamps: Partial<ProspectStamps> = {},
): number {
  return insertProspectRow(db, input, {
    id: stamps.id ?? null,
    lastContactAt: stamps.lastContactAt ?? null,
    createdAt: stamps.createdAt ?? now,
    updatedAt: stamps.updatedAt ?? now,
    archivedAt: stamps.archivedAt ?? null,
  });
}

/** Inserts many new prospects at once (an import), each as insertProspect would. */
export function insertProspects(
  db: Db,
  records: readonly z.output<typeof prospectCreateInput>[],
  now: string = nowIso(),
): void {
  insertProspectRows(db, records, {
    lastContactAt: null,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  });
}

export function createProspect(db: Db, input: z.output<typeof prospectCreateInput>): Prospect {
  return getProspect(db, insertProspect(db, input))!;
}

export function getProspect(db: Db, id: number): Prospect | undefined {
  const row = statement(db, `${SELECT_PROSPECT} WHERE p.id = @id`).get({ id }) as
    ProspectRow | undefined;
  return row && toProspect(row);
}

export function updateProspect(
  db: Db,
  id: number,
  patch: z.output<typeof prospectUpdateInput>['patch'],
): Prospect | undefined {
  return updateProspectRow(db, id, patch, nowIso()) ? getProspect(db, id) : undefined;
}

export function setProspectArchived(db: Db, id: number, archived: boolean): Prospect | undefined {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE prospects SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  ).run({ id, now, archivedAt: archived ? now : null });
  return result.changes === 0 ? undefined : getProspect(db, id);
}

const ORDER_BY: Record<z.output<typeof prospectListInput>['sort'], string> = {
  name: 'p.name COLLATE NOCASE, p.id',
  company: 'p.company COLLATE NOCASE, p.id',
  updated: 'p.updated_at DESC, p.id',
  last_contact: 'p.last_contact_at DESC, p.id',
};

/**
 * A search that matches at least this many prospects reads the page through the sort's index and
 * counts by subtraction (see listProspects). Below it, the matches are few enough to fetch by id.
 */
export const MANY_MATCHES = 2_000;

export function listProspects(db: Db, input: z.output<typeof prospectListInput>): Page<Prospect> {
  const archived = input.status === 'archived';
  const where: string[] = [archived ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL'];
  const params: Record<string, string | number> = { limit: input.limit, offset: input.offset };
  let match: string | null = null;
  if (input.query !== undefined && input.query !== '') {
    match = toNameFtsQuery(input.query);
    if (match === null) return { items: [], total: 0, offset: input.offset, limit: input.limit };
    params.match = match;
  }
  if (input.tag) {
    where.push('EXISTS (SELECT 1 FROM json_each(p.tags) t WHERE t.value = @tag COLLATE NOCASE)');
    params.tag = input.tag;
  }
  if (input.industry) {
    where.push('p.industry = @industry COLLATE NOCASE');
    params.industry = input.industry;
  }
  if (input.lastContact === 'never') where.push('p.last_contact_at IS NULL');
  if (input.lastContact === 'within_30_days' || input.lastContact === 'over_30_days') {
    where.push(
      input.lastContact === 'within_30_days'
        ? 'p.last_contact_at >= @since'
        : 'p.last_contact_at < @since',
    );
    params.since = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  }
  const { limit: _limit, offset: _offset, ...countParams } = params;
  const onlyStatus = where.length === 1;
  // A common term or a two-letter prefix matches a quarter to a half of the library. Fetching
  // every match by id and sorting them all cost 77-120 ms per keystroke at 100k prospects; walking
  // the sort's index and probing the set of matches (`+p.id` keeps the planner from driving the
  // query by id) stops after the page, and the count subtracts the matches of the other status
  // from the FTS count instead of reading every matching row. Both give the same rows and total.
  const many =
    match !== null &&
    onlyStatus &&
    (statement(
      db,
      `SELECT count(*) FROM (SELECT 1 FROM prospects_fts WHERE prospects_fts MATCH @match
         LIMIT ${MANY_MATCHES})`,
    )
      .pluck()
      .get({ match }) as number) >= MANY_MATCHES;
  if (match !== null) {
    where.push(
      many
        ? '+p.id IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH @match)'
        : 'p.id IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH @match)',
    );
  }
  const whereSql = where.join(' AND ');
  const rows = statement(
    db,
    `${SELECT_PROSPECT} WHERE ${whereSql} ORDER BY ${ORDER_BY[input.sort]} LIMIT @limit OFFSET @offset`,
  ).all(params) as ProspectRow[];
  if (many) {
    const total = countManyMatches(db, match!, archived);
    return { items: rows.map(toProspect), total, offset: input.offset, limit: input.limit };
  }
  // Counting the plain active list through the small partial index beats the table scan the
  // planner picks on its own (about 2 ms instead of 12 ms at 100k prospects).
  const countFrom =
    where.length === 1 && !archived
      ? 'prospects p INDEXED BY prospects_active_by_name'
      : 'prospects p';
  const total = statement(db, `SELECT count(*) FROM ${countFrom} WHERE ${whereSql}`)
    .pluck()
    .get(countParams) as number;
  return { items: rows.map(toProspect), total, offset: input.offset, limit: input.limit };
}

/**
 * The exact number of active (or archived) prospects matching a search that matches many: one
 * pass over the FTS matches, probing the small set of archived ids (2% of a library).
 */
function countManyMatches(db: Db, match: string, archived: boolean): number {
  const { all, archivedMatches } = statement(
    db,
    `SELECT count(*) AS "all",
       coalesce(sum(rowid IN (SELECT id FROM prospects INDEXED BY prospects_archived
                              WHERE archived_at IS NOT NULL)), 0) AS archivedMatches
     FROM prospects_fts WHERE prospects_fts MATCH @match`,
  ).get({ match }) as { all: number; archivedMatches: number };
  return archived ? archivedMatches : all - archivedMatches;
}

/** Distinct tags and industries, for the list's filter menus. */
export function prospectFacets(db: Db): ProspectFacets {
  const tags = statement(
    db,
    `SELECT DISTINCT t.value AS value FROM prospects p, json_each(p.tags) t
       WHERE p.archived_at IS NULL ORDER BY t.value COLLATE NOCASE LIMIT 500`,
  )
    .pluck()
    .all() as string[];
  const industries = statement(
    db,
    `SELECT DISTINCT industry FROM prospects
       WHERE archived_at IS NULL AND industry != '' ORDER BY industry COLLATE NOCASE LIMIT 500`,
  )
    .pluck()
    .all() as string[];
  return { tags, industries };
}

/** Outcomes that mean the rep actually spoke with the prospect. */
const CONVERSATIONS = ['meeting_booked', 'callback', 'not_interested'] as const;

/** Whether the rep has spoken with the prospect (the checker treats a follow-up differently). */
export function hadConversation(db: Db, prospectId: number): boolean {
  return (
    statement(
      db,
      `SELECT EXISTS (SELECT 1 FROM calls WHERE prospect_id = @prospectId AND archived_at IS NULL
         AND outcome IN (SELECT value FROM json_each(@outcomes)))`,
    )
      .pluck()
      .get({ prospectId, outcomes: JSON.stringify(CONVERSATIONS) }) === 1
  );
}
