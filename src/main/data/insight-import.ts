import type { z } from 'zod';
import { INSIGHT_TARGETS } from '../../shared/domain/data';
import { LIMITS } from '../../shared/domain/fields';
import { insightCreateInput } from '../../shared/domain/insight';
import { statement } from '../db/statements';
import { nowIso, parseJsonArray } from '../db/time';
import { splitList, unionList, type ExistingRecord, type ImportSpec } from './import-engine';

export type InsightRecord = z.output<typeof insightCreateInput>;

/** Two insights with the same headline (case and spacing aside) are the same insight. */
export const headlineKey = (headline: string): string =>
  headline.toLocaleLowerCase().replace(/\s+/gu, ' ').trim();

const YES = new Set(['true', 'yes', 'y', '1', 'public', 'x']);
const NO = new Set(['false', 'no', 'n', '0', 'private', '']);

const TEXT = ['detail', 'evidence', 'source', 'sourceUrl'] as const;
const LISTS = ['industries', 'roles', 'tags'] as const;

export const insightImport: ImportSpec<InsightRecord> = {
  kind: 'insights',
  targets: INSIGHT_TARGETS,
  missingRequired: (mapping) =>
    mapping.includes('headline')
      ? null
      : 'No column is mapped to the headline. Choose which column holds it.',
  candidate(cells) {
    const candidate: Record<string, unknown> = { headline: cells.get('headline')?.[0] ?? '' };
    for (const field of ['detail', 'evidence'] as const) {
      const values = cells.get(field);
      if (values) candidate[field] = values.join('\n\n');
    }
    for (const field of ['source', 'sourceUrl'] as const) {
      const value = cells.get(field)?.[0];
      if (value !== undefined) candidate[field] = value;
    }
    const isPublic = cells.get('isPublic')?.[0];
    if (isPublic !== undefined) {
      const word = isPublic.toLowerCase();
      // Neither yes nor no: passed on as text so the schema reports it against the field.
      candidate.isPublic = YES.has(word) ? true : NO.has(word) ? false : isPublic;
    }
    for (const field of LISTS) {
      const items = splitList(cells.get(field));
      if (items.length > 0) candidate[field] = items;
    }
    return candidate;
  },
  schema: insightCreateInput,
  display: (record) => ({
    headline: record.headline,
    detail: record.detail ?? '',
    evidence: record.evidence ?? '',
    source: record.source ?? '',
    sourceUrl: record.sourceUrl ?? '',
    isPublic: record.isPublic ? 'yes' : 'no',
    industries: (record.industries ?? []).join('; '),
    roles: (record.roles ?? []).join('; '),
    tags: (record.tags ?? []).join('; '),
  }),
  keys: (record) => [{ by: 'headline', key: headlineKey(record.headline), value: record.headline }],
  existing(db) {
    const byHeadline = new Map<string, ExistingRecord>();
    const rows = statement(
      db,
      'SELECT id, headline FROM insights WHERE archived_at IS NULL',
    ).all() as { id: number; headline: string }[];
    for (const row of rows) {
      const key = headlineKey(row.headline);
      if (!byHeadline.has(key)) byHeadline.set(key, { id: row.id, label: row.headline });
    }
    return (key) => byHeadline.get(key.key);
  },
  insert(db, records) {
    const insert = statement(
      db,
      `INSERT INTO insights (headline, detail, evidence, source, source_url, is_public, industries, roles, tags, created_at, updated_at)
         VALUES (@headline, @detail, @evidence, @source, @sourceUrl, @isPublic, @industries, @roles, @tags, @now, @now)`,
    );
    const now = nowIso();
    for (const record of records) insert.run({ ...columnsOf(record), now });
  },
  merge(into, from) {
    const merged: InsightRecord = { ...into };
    for (const field of TEXT) if (!merged[field] && from[field]) merged[field] = from[field];
    if (merged.isPublic === undefined && from.isPublic !== undefined)
      merged.isPublic = from.isPublic;
    for (const field of LISTS)
      merged[field] = unionList(into[field] ?? [], from[field] ?? [], LIMITS.tags);
    return merged;
  },
  mergeIntoExisting(db, id, records) {
    const row = statement(
      db,
      `SELECT headline, detail, evidence, source, source_url, is_public, industries, roles, tags
         FROM insights WHERE id = @id`,
    ).get({ id }) as {
      headline: string;
      detail: string;
      evidence: string;
      source: string;
      source_url: string;
      is_public: number;
      industries: string;
      roles: string;
      tags: string;
    };
    let current: InsightRecord = {
      headline: row.headline,
      detail: row.detail,
      evidence: row.evidence,
      source: row.source,
      sourceUrl: row.source_url,
      isPublic: row.is_public === 1,
      industries: parseJsonArray(row.industries),
      roles: parseJsonArray(row.roles),
      tags: parseJsonArray(row.tags),
    };
    for (const record of records) current = insightImport.merge(current, record);
    statement(
      db,
      `UPDATE insights SET detail = @detail, evidence = @evidence, source = @source,
         source_url = @sourceUrl, is_public = @isPublic, industries = @industries, roles = @roles,
         tags = @tags, updated_at = @now
       WHERE id = @id`,
    ).run({ ...columnsOf(current), id, now: nowIso() });
  },
};

function columnsOf(record: InsightRecord) {
  return {
    headline: record.headline,
    detail: record.detail ?? '',
    evidence: record.evidence ?? '',
    source: record.source ?? '',
    sourceUrl: record.sourceUrl ?? '',
    isPublic: record.isPublic ? 1 : 0,
    industries: JSON.stringify(record.industries ?? []),
    roles: JSON.stringify(record.roles ?? []),
    tags: JSON.stringify(record.tags ?? []),
  };
}
