import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { insightRows } from '../../src/main/insights/rows';
import { prospectRows } from '../../src/main/prospects/rows';
import type { ChannelInput } from '../../src/shared/api/contract';
import type { LibraryDocument } from '../../src/shared/domain/data';
import { backend, call, uploadId } from './import-support';

/**
 * Every field a rep edits survives the API, the CSV export and import, and the library JSON. The
 * fields come from each table's rows.ts, so a column added there is covered here without an edit:
 * text gets "<field> value", a yes/no field true, a list two items. Only fields whose text has
 * a format (a link, an email) need an example below; a new one fails create with the rule it broke.
 */
const FORMATTED: Record<string, string> = {
  sourceUrl: 'https://example.com/freight-benchmark-2025',
  email: 'dana@harbor.example',
  phone: '+1 415 555 0134',
  timezone: 'America/Chicago',
  lastActivityOn: '2026-02-27',
};

type Codec = { empty: unknown };

/** A value for every field, each different from its empty value. */
function everyField(
  fields: readonly string[],
  codec: (field: never) => Codec,
): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => {
      const empty = codec(field as never).empty;
      const value =
        typeof empty === 'boolean'
          ? !empty
          : Array.isArray(empty)
            ? [`${field} one`, `${field} two`]
            : (FORMATTED[field] ?? `${field} value`);
      return [field, value];
    }),
  );
}

// Built from rows.ts rather than spelled out, so the contract's input type is asserted here; the
// API validates every value at run time, and a field the schema does not know fails create.
const INSIGHT = everyField(
  insightRows.fields,
  insightRows.codec,
) as ChannelInput<'insights:create'>;
const PROSPECT = everyField(
  prospectRows.fields,
  prospectRows.codec,
) as ChannelInput<'prospects:create'>;

const pick = (record: object, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field]]));

async function importFile(api: Backend, content: string, kind: 'prospects' | 'insights') {
  const id = await uploadId(api, Buffer.from(content));
  const preview = await call(api, 'import:preview', { uploadId: id, kind, format: 'csv' });
  expect(preview.errors).toEqual([]);
  // Every field maps back from the export's own header, without the rep choosing.
  expect(preview.detectedMapping.filter(Boolean)).toEqual(
    kind === 'insights' ? insightRows.fields : prospectRows.fields,
  );
  return call(api, 'import:commit', { uploadId: id, duplicateStrategy: 'skip' });
}

describe('every insight and prospect field round-trips', () => {
  it('sets every field through the API and reads it back the same', async () => {
    const api = backend();
    const insight = await call(api, 'insights:create', INSIGHT);
    const prospect = await call(api, 'prospects:create', PROSPECT);
    expect(pick(insight, insightRows.fields)).toEqual(INSIGHT);
    expect(pick(prospect, prospectRows.fields)).toEqual(PROSPECT);
    // An update that sets every field again stores each one.
    const updated = await call(api, 'insights:update', {
      id: insight.id,
      patch: { ...INSIGHT, headline: 'Changed headline' },
    });
    expect(pick(updated, insightRows.fields)).toEqual({ ...INSIGHT, headline: 'Changed headline' });
  });

  it('keeps every field through CSV export and import into a fresh library', async () => {
    const source = backend();
    await call(source, 'insights:create', INSIGHT);
    await call(source, 'prospects:create', PROSPECT);
    const insightsCsv = (await call(source, 'export:insights-csv')).content;
    const prospectsCsv = (await call(source, 'export:prospects-csv')).content;

    const fresh = backend();
    expect(await importFile(fresh, insightsCsv, 'insights')).toMatchObject({ created: 1 });
    expect(await importFile(fresh, prospectsCsv, 'prospects')).toMatchObject({ created: 1 });
    const [insight] = (await call(fresh, 'insights:list', {})).items;
    const [prospect] = (await call(fresh, 'prospects:list', {})).items;
    expect(pick(insight!, insightRows.fields)).toEqual(INSIGHT);
    expect(pick(prospect!, prospectRows.fields)).toEqual(PROSPECT);
  });

  it('keeps every field, id and timestamp through the library JSON', async () => {
    const source = backend();
    const insight = await call(source, 'insights:create', INSIGHT);
    const prospect = await call(source, 'prospects:create', PROSPECT);
    await call(source, 'insights:archive', { id: insight.id });
    const json = (await call(source, 'export:library-json')).content;
    const doc = JSON.parse(json) as LibraryDocument;
    expect(pick(doc.insights[0]!, insightRows.fields)).toEqual(INSIGHT);
    expect(pick(doc.prospects[0]!, prospectRows.fields)).toEqual(PROSPECT);

    const fresh = backend();
    await call(fresh, 'import:library-json', {
      uploadId: await uploadId(fresh, Buffer.from(json)),
    });
    const restoredInsight = await call(fresh, 'insights:get', { id: insight.id });
    const restoredProspect = await call(fresh, 'prospects:get', { id: prospect.id });
    const archived = await call(source, 'insights:get', { id: insight.id });
    expect(restoredInsight).toEqual(archived);
    expect(restoredProspect).toEqual(prospect);
  });

  it('gives every field a distinct CSV header, so the import can map each one back', () => {
    for (const rows of [insightRows, prospectRows]) {
      expect(new Set(rows.csvHeaders).size).toBe(rows.fields.length);
    }
  });
});
