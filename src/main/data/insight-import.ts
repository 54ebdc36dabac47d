import type { z } from 'zod';
import { INSIGHT_TARGETS } from '../../shared/domain/data';
import { insightCreateInput } from '../../shared/domain/insight';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertInsight } from '../insights/repository';
import { insightRows, updateInsightRow } from '../insights/rows';
import { ROWS_PER_STEP, type ExistingRecord, type ImportSpec } from './import-engine';

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
  *existing(db) {
    const byHeadline = new Map<string, ExistingRecord & { updatedAt: string }>();
    // Several insights with one headline: the file's row goes to the most recently updated, the
    // oldest of equals — the order the one query of all rows used to read. A page at a time.
    const page = statement(
      db,
      `SELECT id, headline, updated_at AS updatedAt FROM insights
         WHERE id > @after AND archived_at IS NULL ORDER BY id LIMIT @limit`,
    );
    for (let after = 0; ; yield) {
      const rows = page.all({ after, limit: ROWS_PER_STEP }) as {
        id: number;
        headline: string;
        updatedAt: string;
      }[];
      for (const row of rows) {
        const key = headlineKey(row.headline);
        const kept = byHeadline.get(key);
        if (!kept || row.updatedAt > kept.updatedAt) {
          byHeadline.set(key, { id: row.id, label: row.headline, updatedAt: row.updatedAt });
        }
      }
      if (rows.length < ROWS_PER_STEP) break;
      after = rows.at(-1)!.id;
    }
    return (key) => {
      const found = byHeadline.get(key.key);
      return found && { id: found.id, label: found.label };
    };
  },
  insert(db, records) {
    const now = nowIso();
    for (const record of records) insertInsight(db, record, { createdAt: now, updatedAt: now });
  },
  merge: (into, from) => insightRows.merge(into, from),
  mergeIntoExisting(db, merges) {
    const now = nowIso();
    for (const [id, records] of merges) {
      const row = statement(db, 'SELECT * FROM insights WHERE id = @id').get({ id }) as Record<
        string,
        unknown
      >;
      let current: InsightRecord = insightRows.fromRow(row);
      for (const record of records) current = insightImport.merge(current, record);
      updateInsightRow(db, id, current, now);
    }
  },
};
