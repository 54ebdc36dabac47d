import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { insightRows } from '../../src/main/insights/rows';
import type { ChannelInput } from '../../src/shared/api/contract';
import { INSIGHT_TARGETS, TARGET_LABELS } from '../../src/shared/domain/data';
import type * as InsightFieldsModule from '../../src/shared/domain/insight-fields';
import type { InsightFieldSpec } from '../../src/shared/domain/insight-fields';
import { backend, call, uploadId } from './import-support';

/**
 * Adding a field to insights is a migration plus one entry in INSIGHT_FIELDS
 * (shared/domain/insight-fields.ts). This test makes exactly those two changes, a test-only
 * migration and the entry (through a mock of that one module), and the new field then goes
 * through the API, the CSV export and import and the library JSON with no other edit: the
 * schemas, the import targets, the columns, the codecs and the SQL all follow.
 */
vi.mock('../../src/shared/domain/insight-fields', async (importOriginal) => {
  const original = await importOriginal<typeof InsightFieldsModule>();
  const { lineText } = await import('../../src/shared/domain/fields');
  // The one edit: a new entry in INSIGHT_FIELDS, and nothing else of the module changes.
  const confidenceNote: InsightFieldSpec = {
    schema: lineText(80),
    label: 'Confidence note',
    csvHeader: 'Confidence Note',
    cells: 'text',
  };
  return { ...original, INSIGHT_FIELDS: { ...original.INSIGHT_FIELDS, confidenceNote } };
});

/** The test-only migration: the column the new field is stored in. */
function withNewColumn(api: Backend): Backend {
  api.db.exec(`ALTER TABLE insights ADD COLUMN confidence_note TEXT NOT NULL DEFAULT ''`);
  return api;
}

// The input type does not know the mocked field; the router's schema does, which is the point.
const INSIGHT = {
  headline: 'Reefer rates rose 18% since June',
  tags: ['freight'],
  confidenceNote: 'Two carriers confirmed it',
} as ChannelInput<'insights:create'>;

const confidenceOf = (insight: object) => (insight as { confidenceNote?: unknown }).confidenceNote;

describe('a field added to INSIGHT_FIELDS and a migration', () => {
  it('is a field of the schema, an import target with its label, and a CSV column', () => {
    expect(INSIGHT_TARGETS).toContain('confidenceNote');
    expect(TARGET_LABELS).toMatchObject({ confidenceNote: 'Confidence note' });
    expect(insightRows.fields).toContain('confidenceNote');
    expect(insightRows.csvHeaders).toContain('Confidence Note');
  });

  it('is stored and read back through the API, and checked with its rule', async () => {
    const api = withNewColumn(backend());
    const created = await call(api, 'insights:create', INSIGHT);
    expect(confidenceOf(created)).toBe('Two carriers confirmed it');
    expect(confidenceOf(await call(api, 'insights:get', { id: created.id }))).toBe(
      'Two carriers confirmed it',
    );
    const updated = await call(api, 'insights:update', {
      id: created.id,
      patch: { confidenceNote: 'One carrier' } as ChannelInput<'insights:update'>['patch'],
    });
    expect(confidenceOf(updated)).toBe('One carrier');
    const refused = await api.router.handle('insights:create', {
      ...INSIGHT,
      confidenceNote: 'x'.repeat(81),
    });
    expect(refused.ok).toBe(false);
  });

  it('goes through the CSV export and import', async () => {
    const source = withNewColumn(backend());
    await call(source, 'insights:create', INSIGHT);
    const csv = (await call(source, 'export:insights-csv')).content;
    expect(csv.split('\n')[0]).toContain('Confidence Note');

    const fresh = withNewColumn(backend());
    const id = await uploadId(fresh, Buffer.from(csv));
    const preview = await call(fresh, 'import:preview', {
      uploadId: id,
      kind: 'insights',
      format: 'csv',
    });
    expect(preview.detectedMapping).toContain('confidenceNote');
    await call(fresh, 'import:commit', { uploadId: id, duplicateStrategy: 'skip' });
    const [imported] = (await call(fresh, 'insights:list', {})).items;
    expect(confidenceOf(imported!)).toBe('Two carriers confirmed it');
  });

  it('goes through the library JSON', async () => {
    const source = withNewColumn(backend());
    const created = await call(source, 'insights:create', INSIGHT);
    const json = (await call(source, 'export:library-json')).content;

    const fresh = withNewColumn(backend());
    await call(fresh, 'import:library-json', {
      uploadId: await uploadId(fresh, Buffer.from(json)),
    });
    expect(await call(fresh, 'insights:get', { id: created.id })).toEqual(created);
  });
});
