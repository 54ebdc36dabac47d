import type { z } from 'zod';
import type {
  Briefing,
  BriefingSummary,
  briefingCreateInput,
  briefingListInput,
  briefingUpdateInput,
} from '../../shared/domain/briefing';
import type { Page } from '../../shared/domain/fields';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import {
  insertBriefingItemRow,
  insertBriefingRow,
  toBriefing,
  toBriefingItem,
  toBriefingSummary,
  updateBriefingRow,
  type BriefingItemViewRow,
  type BriefingSummaryRow,
  type BriefingViewRow,
} from './rows';

type CreateFields = z.output<typeof briefingCreateInput>;
type Patch = z.output<typeof briefingUpdateInput>['patch'];
type ItemFields = CreateFields['items'][number];

const SELECT_BRIEFING = `
  SELECT b.*, p.name AS p_name, p.title AS p_title, p.company AS p_company
  FROM briefings b LEFT JOIN prospects p ON p.id = b.prospect_id`;

export function getBriefing(db: Db, id: number): Briefing | undefined {
  const row = statement(db, `${SELECT_BRIEFING} WHERE b.id = @id`).get({ id }) as
    BriefingViewRow | undefined;
  if (!row) return undefined;
  const items = statement(
    db,
    `SELECT bi.insight_id, bi.talking_points, i.headline, i.detail, i.evidence, i.source,
       i.source_url, i.is_public, i.archived_at
     FROM briefing_items bi JOIN insights i ON i.id = bi.insight_id
     WHERE bi.briefing_id = @id ORDER BY bi.position`,
  ).all({ id }) as BriefingItemViewRow[];
  return toBriefing(row, items.map(toBriefingItem));
}

export function createBriefing(db: Db, input: CreateFields): Briefing {
  const now = nowIso();
  const id = insertBriefingRow(db, {
    id: null,
    prospectId: input.prospectId,
    isTemplate: input.prospectId === null,
    title: input.title,
    questions: input.questions,
    lengthMinutes: input.lengthMinutes,
    notes: input.notes,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  });
  replaceItems(db, id, input.items, now);
  return getBriefing(db, id)!;
}

/** The ordered list is rewritten whole: positions are simply the array indexes. */
function replaceItems(db: Db, briefingId: number, items: ItemFields[], now: string): void {
  statement(db, 'DELETE FROM briefing_items WHERE briefing_id = @briefingId').run({ briefingId });
  items.forEach((item, position) =>
    insertBriefingItemRow(db, briefingId, {
      position,
      insightId: item.insightId,
      talkingPoints: item.talkingPoints,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

/**
 * A rep's edit: written only when the briefing is still at `baseRevision` (checked in the UPDATE
 * itself, which also bumps the revision), else 'stale' and nothing changes. undefined when the
 * briefing does not exist.
 */
export function updateBriefing(
  db: Db,
  id: number,
  baseRevision: number,
  patch: Patch,
): Briefing | 'stale' | undefined {
  const now = nowIso();
  const { items, ...edit } = patch;
  // Items are content too: a save that changes only them still moves the revision on.
  if (!updateBriefingRow(db, id, edit, { now, baseRevision })) {
    return getBriefing(db, id) ? 'stale' : undefined;
  }
  if (items !== undefined) replaceItems(db, id, items, now);
  return getBriefing(db, id);
}

/** Archiving and restoring leave the revision alone: no content changes. */
export function setBriefingArchived(db: Db, id: number, archived: boolean): Briefing | undefined {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE briefings SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  ).run({ id, now, archivedAt: archived ? now : null });
  return result.changes === 0 ? undefined : getBriefing(db, id);
}

/** A new briefing for `prospectId` carrying the template's title, insights, questions and length. */
export function copyBriefing(db: Db, source: Briefing, prospectId: number): Briefing {
  return createBriefing(db, {
    title: source.title,
    prospectId,
    items: source.items.map(({ insightId, talkingPoints }) => ({ insightId, talkingPoints })),
    questions: source.questions,
    lengthMinutes: source.lengthMinutes,
    notes: source.notes,
  });
}

export function listBriefings(
  db: Db,
  input: z.output<typeof briefingListInput>,
): Page<BriefingSummary> {
  const where = [
    input.status === 'archived' ? 'b.archived_at IS NOT NULL' : 'b.archived_at IS NULL',
  ];
  const params: Record<string, string | number> = {};
  if (input.kind === 'templates') where.push('b.prospect_id IS NULL');
  if (input.kind === 'prospects') where.push('b.prospect_id IS NOT NULL');
  if (input.prospectId !== undefined) {
    where.push('b.prospect_id = @prospectId');
    params.prospectId = input.prospectId;
  }
  if (input.query) {
    // A plain substring match: briefings number in the hundreds, not the hundred thousands.
    where.push(
      `(instr(lower(b.title), lower(@query)) > 0 OR instr(lower(coalesce(p.name, '')), lower(@query)) > 0
        OR instr(lower(coalesce(p.company, '')), lower(@query)) > 0)`,
    );
    params.query = input.query;
  }
  const whereSql = where.join(' AND ');
  const rows = statement(
    db,
    `SELECT b.*, p.name AS p_name, p.title AS p_title, p.company AS p_company,
       (SELECT count(*) FROM briefing_items bi WHERE bi.briefing_id = b.id) AS item_count
     FROM briefings b LEFT JOIN prospects p ON p.id = b.prospect_id
     WHERE ${whereSql}
     ORDER BY b.prospect_id IS NOT NULL, b.updated_at DESC, b.id DESC
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as BriefingSummaryRow[];
  const { total } = statement(
    db,
    `SELECT count(*) AS total FROM briefings b LEFT JOIN prospects p ON p.id = b.prospect_id
     WHERE ${whereSql}`,
  ).get(params) as { total: number };
  return { items: rows.map(toBriefingSummary), total, offset: input.offset, limit: input.limit };
}

/** Which of `ids` name an insight that exists (archived ones included). */
export function existingInsightIds(db: Db, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const found = statement(
    db,
    'SELECT id FROM insights WHERE id IN (SELECT value FROM json_each(@ids))',
  )
    .pluck()
    .all({ ids: JSON.stringify(ids) }) as number[];
  return new Set(found);
}

export function prospectExists(db: Db, id: number): boolean {
  return statement(db, 'SELECT 1 FROM prospects WHERE id = @id').pluck().get({ id }) === 1;
}
