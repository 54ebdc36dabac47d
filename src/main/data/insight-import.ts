import type { z } from 'zod';
import { INSIGHT_TARGETS } from '../../shared/domain/data';
import { insightCreateInput } from '../../shared/domain/insight';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertInsight } from '../insights/repository';
import { insightRows, updateInsightRow } from '../insights/rows';
import type { ExistingRecord, ImportSpec } from './import-engine';

export type InsightRecord = z.output<typeof insightCreateInput>;

/** Two insights with the same headline (case and spacing aside) are the same insight. */
export const headlineKey = (headline: string): string =>
  headline.toLocaleLowerCase().replace(/\s+/gu, ' ').trim();

/** How a file's rows become insights; each field is read and written as insights/rows.ts says. */
export const insightImport: ImportSpec<InsightRecord> = {
  kind: 'insights',
  targets: INSIGHT_TARGETS,
  missingRequired: (mapping) =>
    mapping.includes('headline')
      ? null
      : 'No column is mapped to the headline. Choose which column holds it.',
  candidate: (cells) => ({ headline: '', ...insightRows.fromCells(cells) }),
  schema: insightCreateInput,
  display: (record) => insightRows.display(record),
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
    const now = nowIso();
    for (const record of records) insertInsight(db, record, { createdAt: now, updatedAt: now });
  },
  merge: (into, from) => insightRows.merge(into, from),
  mergeIntoExisting(db, id, records) {
    const row = statement(db, 'SELECT * FROM insights WHERE id = @id').get({ id }) as Record<
      string,
      unknown
    >;
    let current: InsightRecord = insightRows.fromRow(row);
    for (const record of records) current = insightImport.merge(current, record);
    updateInsightRow(db, id, current, nowIso());
  },
};
