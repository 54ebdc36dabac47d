import type { LibrarySampleRecord, SAMPLE_TABLES } from '../../shared/domain/data';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * The one place a `sample_records` row is mapped: "Load sample data" writes one per row it makes,
 * the library JSON carries them, so "Remove sample data" still works after a restore.
 */

export type SampleTable = (typeof SAMPLE_TABLES)[number];

/** A sample_records row as stored. */
export interface SampleRecordRow {
  table_name: SampleTable;
  row_id: number;
  created_at: string;
}

export const toLibrarySampleRecord = (row: SampleRecordRow): LibrarySampleRecord => ({
  table: row.table_name,
  rowId: row.row_id,
  createdAt: row.created_at,
});

/** Writes one sample_records row. */
export function insertSampleRecordRow(db: Db, record: LibrarySampleRecord): void {
  statement(
    db,
    `INSERT INTO sample_records (table_name, row_id, created_at) VALUES (@table, @rowId, @createdAt)`,
  ).run(record);
}
