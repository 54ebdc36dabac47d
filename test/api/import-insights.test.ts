import { describe, expect, it } from 'vitest';
import { backend, call, countRows, failure, fixture, preview } from './import-support';

describe('importing insights', () => {
  it('from CSV: maps the columns, lists rows the insight rules refuse, imports the rest', async () => {
    const api = backend();
    const shown = await preview(api, fixture('insights.csv'), 'insights');
    expect(shown.mapping).toEqual([
      'headline',
      'detail',
      'evidence',
      'source',
      'sourceUrl',
      'isPublic',
      'industries',
      'roles',
      'tags',
    ]);
    expect(shown.errors).toEqual([
      { row: 4, field: 'isPublic', message: expect.stringMatching(/^Public source: /u) as string },
    ]);
    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      skipInvalidRows: true,
    });
    expect(result).toEqual({ created: 2, merged: 0, skipped: 0, invalid: 1, blanked: 0 });
    const { items } = await call(api, 'insights:list', {});
    const reefer = items.find((insight) => insight.headline.startsWith('Reefer'))!;
    expect(reefer).toMatchObject({
      isPublic: true,
      sourceUrl: 'https://www.dat.com/',
      industries: ['Food & Beverage', 'Logistics'],
      roles: ['VP Operations', 'Procurement'],
      tags: ['freight', 'pricing'],
    });
    expect(items.find((insight) => insight.headline.startsWith('Late'))!.isPublic).toBe(false);
  });

  it('from JSON: lists become lists, a missing headline is an error on its item', async () => {
    const api = backend();
    const shown = await preview(api, fixture('insights.json'), 'insights', 'json');
    expect(shown.totalRows).toBe(3);
    expect(shown.errors).toEqual([
      { row: 3, field: 'headline', message: 'Headline: Headline is required.' },
    ]);
    await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      skipInvalidRows: true,
    });
    const { items } = await call(api, 'insights:list', {});
    expect(items.find((insight) => insight.headline.startsWith('Detention'))).toMatchObject({
      industries: ['Logistics', 'Retail'],
      tags: ['ports', 'detention'],
      isPublic: true,
    });
  });

  it('finds a headline already in the library; merge unions its tags and fills its gaps', async () => {
    const api = backend();
    await call(api, 'insights:create', {
      headline: 'reefer  rates rose 18% SINCE June',
      tags: ['mine'],
    });
    const shown = await preview(api, fixture('insights.csv'), 'insights');
    expect(shown.duplicates.inDatabase).toBe(1);
    expect(shown.duplicates.examples[0]).toMatchObject({ row: 2, matchedBy: 'headline' });
    await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'merge',
      skipInvalidRows: true,
    });
    expect(countRows(api, 'insights')).toBe(2);
    const { items } = await call(api, 'insights:list', {});
    const reefer = items.find((insight) => insight.headline.startsWith('reefer'))!;
    expect(reefer).toMatchObject({
      headline: 'reefer  rates rose 18% SINCE June',
      evidence: 'DAT spot index',
      tags: ['mine', 'freight', 'pricing'],
    });
  });

  it('refuses JSON that is not JSON, or not a list', async () => {
    const api = backend();
    const upload = await call(api, 'import:upload-chunk', {
      index: 0,
      totalBytes: 13,
      chunk: Buffer.from('{"headline": ').toString('base64'),
    });
    const broken = await failure(api, 'import:preview', {
      uploadId: upload.uploadId,
      kind: 'insights',
      format: 'json',
    });
    expect(broken.message).toMatch(/^The file is not valid JSON/u);
    const object = await call(api, 'import:upload-chunk', {
      index: 0,
      totalBytes: 15,
      chunk: Buffer.from('{"headline":"x"}'.slice(0, 15)).toString('base64'),
    });
    expect(
      (
        await failure(api, 'import:preview', {
          uploadId: object.uploadId,
          kind: 'insights',
          format: 'json',
        })
      ).message,
    ).toMatch(/JSON/u);
  });
});
