import type {
  Briefing,
  BriefingItem,
  BriefingProspect,
  BriefingSummary,
} from '../../shared/domain/briefing';
import type { LibraryBriefing } from '../../shared/domain/data';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';

/**
 * The one place a `briefings` or `briefing_items` row is mapped. The repository, the library JSON
 * export and import and the sample data all go through it: a new column is a migration plus an
 * edit here (the row type, `toBriefing`, `toLibraryBriefing`, `fromBriefing`, INSERT_BRIEFING)
 * and, when the rep edits it, its entry in BRIEFING_EDIT_COLUMNS.
 */

/** A briefings row as stored. */
export interface BriefingRow {
  id: number;
  prospect_id: number | null;
  is_template: number;
  title: string;
  questions: string;
  length_minutes: number | null;
  notes: string;
  revision: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** A briefings row as the repository's SELECT reads it: joined with its prospect's name. */
export interface BriefingViewRow extends BriefingRow {
  p_name: string | null;
  p_title: string | null;
  p_company: string | null;
}

/** A briefing_items row as stored. */
export interface BriefingItemRow {
  briefing_id: number;
  position: number;
  insight_id: number;
  talking_points: string;
  created_at: string;
  updated_at: string;
}

/** A briefing_items row joined with the insight it shows. */
export interface BriefingItemViewRow {
  insight_id: number;
  talking_points: string;
  headline: string;
  detail: string;
  evidence: string;
  source: string;
  source_url: string;
  is_public: number;
  archived_at: string | null;
}

export interface BriefingSummaryRow extends BriefingViewRow {
  item_count: number;
}

function toProspect(row: BriefingViewRow): BriefingProspect | null {
  return row.prospect_id === null
    ? null
    : {
        id: row.prospect_id,
        name: row.p_name ?? '',
        title: row.p_title ?? '',
        company: row.p_company ?? '',
      };
}

export function toBriefingItem(row: BriefingItemViewRow): BriefingItem {
  return {
    insightId: row.insight_id,
    talkingPoints: row.talking_points,
    insight: {
      id: row.insight_id,
      headline: row.headline,
      detail: row.detail,
      evidence: row.evidence,
      source: row.source,
      sourceUrl: row.source_url,
      isPublic: row.is_public === 1,
      archived: row.archived_at !== null,
    },
  };
}

export function toBriefing(row: BriefingViewRow, items: BriefingItem[]): Briefing {
  return {
    id: row.id,
    title: row.title,
    prospectId: row.prospect_id,
    prospect: toProspect(row),
    isTemplate: row.prospect_id === null,
    items,
    questions: parseJsonArray(row.questions),
    lengthMinutes: row.length_minutes,
    notes: row.notes,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function toBriefingSummary(row: BriefingSummaryRow): BriefingSummary {
  return {
    id: row.id,
    title: row.title,
    prospect: toProspect(row),
    isTemplate: row.prospect_id === null,
    itemCount: row.item_count,
    questionCount: parseJsonArray(row.questions).length,
    lengthMinutes: row.length_minutes,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Everything a briefings row stores, as the library file carries it (items apart). */
export type BriefingRecord = Omit<LibraryBriefing, 'items' | 'id'> & { id: number | null };
export type BriefingItemRecord = LibraryBriefing['items'][number];

export function toLibraryBriefing(row: BriefingRow, items: BriefingItemRow[]): LibraryBriefing {
  return {
    id: row.id,
    prospectId: row.prospect_id,
    isTemplate: row.is_template === 1,
    title: row.title,
    questions: parseJsonArray(row.questions),
    lengthMinutes: row.length_minutes,
    notes: row.notes,
    revision: row.revision,
    items: items.map((item) => ({
      insightId: item.insight_id,
      position: item.position,
      talkingPoints: item.talking_points,
      createdAt: item.created_at,
      updatedAt: item.updated_at,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Named parameters for INSERT_BRIEFING. */
export function fromBriefing(record: BriefingRecord) {
  return {
    id: record.id,
    prospectId: record.prospectId,
    isTemplate: record.isTemplate ? 1 : 0,
    title: record.title,
    questions: JSON.stringify(record.questions),
    lengthMinutes: record.lengthMinutes,
    notes: record.notes,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt,
  };
}

/** The columns a rep's edit writes, by field (the items are written apart). */
const BRIEFING_EDIT_COLUMNS = {
  title: 'title',
  prospectId: 'prospect_id',
  isTemplate: 'is_template',
  questions: 'questions',
  lengthMinutes: 'length_minutes',
  notes: 'notes',
} as const satisfies Partial<Record<keyof BriefingRecord, string>>;

/** The fields of a briefing a rep's edit may set; whether it is a template follows its prospect. */
export type BriefingEdit = Partial<
  Pick<BriefingRecord, Exclude<keyof typeof BRIEFING_EDIT_COLUMNS, 'isTemplate'>>
>;

/**
 * Writes a rep's edit to one briefings row: the fields it sets, stored as `fromBriefing` stores
 * them (a prospect also sets whether it is a template), updated_at and the next revision; nothing
 * unless the row is still at `baseRevision`. Whether a row was written.
 */
export function updateBriefingRow(
  db: Db,
  id: number,
  edit: BriefingEdit,
  { now, baseRevision }: { now: string; baseRevision: number },
): boolean {
  const set = {
    ...edit,
    isTemplate: edit.prospectId === undefined ? undefined : edit.prospectId === null,
  };
  const encoded = fromBriefing({
    id: null,
    prospectId: null,
    title: '',
    questions: [],
    lengthMinutes: null,
    notes: '',
    revision: 1,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    ...edit,
    isTemplate: edit.prospectId === null,
  });
  const values: Record<string, unknown> = { id, now, baseRevision };
  // The SQL is built here from BRIEFING_EDIT_COLUMNS: column names from code, values as parameters.
  // Every field is content, so any save moves the revision on.
  const assignments = ['updated_at = @now', 'revision = revision + 1'];
  for (const [field, column] of Object.entries(BRIEFING_EDIT_COLUMNS)) {
    if (set[field as keyof typeof set] === undefined) continue;
    assignments.push(`${column} = @${field}`);
    values[field] = encoded[field as keyof typeof set];
  }
  const sql = `UPDATE briefings SET ${assignments.join(', ')} WHERE id = @id AND revision = @baseRevision`;
  return statement(db, sql).run(values).changes > 0;
}

const INSERT_BRIEFING = `INSERT INTO briefings (id, prospect_id, is_template, title, questions,
    length_minutes, notes, revision, created_at, updated_at, archived_at)
  VALUES (@id, @prospectId, @isTemplate, @title, @questions,
    @lengthMinutes, @notes, @revision, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/** Writes one briefings row; every way a briefing enters the library goes through here. */
export function insertBriefingRow(db: Db, record: BriefingRecord): number {
  return (statement(db, INSERT_BRIEFING).get(fromBriefing(record)) as { id: number }).id;
}

/** Writes one briefing_items row. */
export function insertBriefingItemRow(db: Db, briefingId: number, item: BriefingItemRecord): void {
  statement(
    db,
    `INSERT INTO briefing_items (briefing_id, position, insight_id, talking_points, created_at, updated_at)
     VALUES (@briefingId, @position, @insightId, @talkingPoints, @createdAt, @updatedAt)`,
  ).run({
    briefingId,
    position: item.position,
    insightId: item.insightId,
    talkingPoints: item.talkingPoints,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  });
}
