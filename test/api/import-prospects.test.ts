import { describe, expect, it } from 'vitest';
import type { Prospect } from '../../src/shared/domain/prospect';
import { backend, call, countRows, failure, fixture, preview, uploadId } from './import-support';

async function prospectsByName(api: ReturnType<typeof backend>): Promise<Map<string, Prospect>> {
  const page = await call(api, 'prospects:list', { limit: 500 });
  return new Map(page.items.map((prospect) => [prospect.name, prospect]));
}

describe('importing prospects from CRM exports', () => {
  it('maps a HubSpot export by itself and lists the bad row by its spreadsheet row number', async () => {
    const api = backend();
    const shown = await preview(api, fixture('hubspot.csv'));
    expect(shown.detectedSource).toBe('hubspot');
    expect(shown.totalRows).toBe(5);
    expect(shown.columns[1]).toBe('First Name');
    expect(shown.detectedMapping).toEqual([
      null,
      'firstName',
      'lastName',
      'email',
      'phone',
      'phone',
      'company',
      'title',
      'industry',
      null,
      'tags',
      null,
      null,
      'lastActivityOn',
    ]);
    expect(shown.errors).toEqual([
      { row: 5, field: 'email', message: 'Email: Enter an email address like name@company.com.' },
    ]);
    expect(shown.invalidRows).toBe(1);
    expect(shown.sampleRows[0]!.values).toMatchObject({
      name: 'Dana Whitfield',
      company: 'Harbor Freight Lines',
      title: 'VP Operations',
      phone: '+1 757 555 0142',
    });
    // Quoted commas stay inside their cell.
    expect(shown.sampleRows[2]!.values.company).toBe('Medline, Ltd.');
    // With no work phone, the mobile number is the one to dial.
    expect(shown.sampleRows[2]!.values.phone).toBe('+44 20 7946 0958');

    const refused = await failure(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
    });
    expect(refused.message).toMatch(/1 row has errors.*Nothing was imported/u);
    expect(countRows(api, 'prospects')).toBe(0);

    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      skipInvalidRows: true,
    });
    expect(result).toEqual({ created: 4, merged: 0, skipped: 0, invalid: 1, blanked: 0 });
    const saved = await prospectsByName(api);
    expect([...saved.keys()].sort()).toEqual([
      'Aiko Tanaka',
      'Dana Whitfield',
      'Luis Ortega',
      'Priya Nair',
    ]);
    expect(saved.get('Luis Ortega')).toMatchObject({
      email: 'luis@ortegafoods.example',
      phone: '(312) 555-0199',
      industry: 'Food & Beverage',
      // The Lifecycle Stage, as a tag.
      tags: ['Lead'],
      // HubSpot's Last Activity Date, written month first by an English portal.
      lastActivityOn: '2026-02-03',
    });
    // …or as a date and time: the date is kept.
    expect(saved.get('Dana Whitfield')!.lastActivityOn).toBe('2026-02-27');
    expect(saved.get('Priya Nair')!.lastActivityOn).toBe('');
  });

  it('imports a row with errors with its bad fields left blank, only where the rep chose so', async () => {
    const api = backend();
    const shown = await preview(api, fixture('hubspot.csv'));
    // Row 5's only fault is its email: it can come in without one.
    expect(shown.blankable).toEqual([{ row: 5, fields: ['email'], duplicate: false }]);
    expect(shown.blankableRows).toBe(1);

    // A row that cannot be fixed that way (here one with no error at all) is refused by name.
    const wrongRow = await failure(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      blankInvalidFields: [3, 5],
    });
    expect(wrongRow.message).toMatch(/^Row 3 cannot be imported with fields left blank/u);
    expect(countRows(api, 'prospects')).toBe(0);

    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      blankInvalidFields: [5],
    });
    expect(result).toEqual({ created: 5, merged: 0, skipped: 0, invalid: 0, blanked: 1 });
    expect((await prospectsByName(api)).get('Tom Becker')).toMatchObject({
      email: '',
      phone: '+49 30 901820',
      company: 'Becker Logistik GmbH',
      lastActivityOn: '2026-02-20',
    });
  });

  it('blanks every fixable row when told "all", and never a required field', async () => {
    const api = backend();
    const file = [
      'Name,Email,Last Activity Date',
      'Ann Lee,ann@acme.example,last week',
      'Bo Chen,not-an-email,2026-01-05',
      ',nobody@acme.example,2026-01-05',
    ].join('\n');
    const shown = await preview(api, Buffer.from(file));
    expect(shown.invalidRows).toBe(3);
    // The nameless row has nothing to fall back on: it is not offered.
    expect(shown.blankable).toEqual([
      { row: 2, fields: ['lastActivityOn'], duplicate: false },
      { row: 3, fields: ['email'], duplicate: false },
    ]);
    // The nameless row still needs the rep's say: left out, or nothing is imported.
    const refused = await failure(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      blankInvalidFields: 'all',
    });
    expect(refused.message).toMatch(/^1 row has errors/u);
    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      blankInvalidFields: 'all',
      skipInvalidRows: true,
    });
    expect(result).toEqual({ created: 2, merged: 0, skipped: 0, invalid: 1, blanked: 2 });
    const saved = await prospectsByName(api);
    expect(saved.get('Ann Lee')).toMatchObject({ email: 'ann@acme.example', lastActivityOn: '' });
    expect(saved.get('Bo Chen')).toMatchObject({ email: '', lastActivityOn: '2026-01-05' });
  });

  it('maps Salesforce and Apollo exports, including multi-line descriptions and keyword tags', async () => {
    const api = backend();
    const salesforce = await preview(api, fixture('salesforce.csv'));
    expect(salesforce.detectedSource).toBe('salesforce');
    expect(salesforce.mapping).toEqual([
      'firstName',
      'lastName',
      'title',
      'company',
      'phone',
      'phone',
      'email',
      'industry',
      null,
      null,
      'notes',
    ]);
    expect(salesforce.errors).toEqual([]);
    expect(
      await call(api, 'import:commit', {
        uploadId: salesforce.uploadId,
        duplicateStrategy: 'skip',
      }),
    ).toEqual({ created: 3, merged: 0, skipped: 0, invalid: 0, blanked: 0 });

    const apollo = await preview(api, fixture('apollo.csv'));
    expect(apollo.detectedSource).toBe('apollo');
    expect(apollo.errors).toEqual([]);
    expect(
      await call(api, 'import:commit', { uploadId: apollo.uploadId, duplicateStrategy: 'skip' }),
    ).toEqual({ created: 3, merged: 0, skipped: 0, invalid: 0, blanked: 0 });

    const saved = await prospectsByName(api);
    expect(saved.get('Grace Okafor')).toMatchObject({
      company: 'Lagos Cold Chain',
      notes: 'Met at the cold-chain summit.\nAsked about reefer costs.',
    });
    expect(saved.get('Maya Cohen')!.phone).toBe('+972 3 555 0101');
    expect(saved.get('Rosa Alvarez')).toMatchObject({
      company: 'Alvarez Produce Co',
      phone: '+1 559 555 0110',
      tags: ['produce', 'cold chain'],
    });
    // Only a corporate switchboard number: still a number to call.
    expect(saved.get('Lena Vogel')!.phone).toBe('+49 711 555 0130');
    expect(saved.get('Lena Vogel')!.tags).toEqual(['machinery', 'industrial']);
  });

  it('takes a plain file with name and company columns', async () => {
    const api = backend();
    const shown = await preview(api, fixture('plain.csv'));
    expect(shown.detectedSource).toBe('plain');
    expect(shown.mapping).toEqual(['name', 'company', 'title', 'phone', 'email', 'tags', 'notes']);
    await call(api, 'import:commit', { uploadId: shown.uploadId, duplicateStrategy: 'skip' });
    const ann = (await prospectsByName(api)).get('Ann Lee')!;
    expect(ann).toMatchObject({ tags: ['vip', 'west'], notes: 'Prefers mornings' });
  });

  it('lets the rep change the mapping and validates with the same rules as a new prospect', async () => {
    const api = backend();
    const shown = await preview(api, fixture('plain.csv'));
    // Phone column read as the email: every row with a phone now fails the email rule.
    const remapped = await call(api, 'import:preview', {
      uploadId: shown.uploadId,
      kind: 'prospects',
      format: 'csv',
      mapping: ['name', 'company', 'title', 'email', null, null, null],
    });
    expect(remapped.errors.map((error) => [error.row, error.field])).toEqual([
      [2, 'email'],
      [4, 'email'],
    ]);
    const noName = await call(api, 'import:preview', {
      uploadId: shown.uploadId,
      kind: 'prospects',
      format: 'csv',
      mapping: [null, 'company', null, null, null, null, null],
    });
    expect(noName.blocking).toMatch(/No column is mapped to the name/u);
    const wrongKind = await failure(api, 'import:preview', {
      uploadId: shown.uploadId,
      kind: 'prospects',
      format: 'csv',
      mapping: ['headline', null, null, null, null, null, null],
    });
    expect(wrongKind.message).toMatch(/cannot fill "headline"/u);
    const wrongLength = await failure(api, 'import:preview', {
      uploadId: shown.uploadId,
      kind: 'prospects',
      format: 'csv',
      mapping: ['name'],
    });
    expect(wrongLength.message).toMatch(/names 1 columns but the file has 7/u);
    // The commit uses the mapping it is given: company left out.
    await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      mapping: ['name', null, 'title', 'phone', 'email', 'tags', 'notes'],
      duplicateStrategy: 'skip',
    });
    expect((await prospectsByName(api)).get('Ann Lee')!.company).toBe('');
  });

  it('an upload imports once; a commit without a preview is refused', async () => {
    const api = backend();
    const shown = await preview(api, fixture('plain.csv'));
    await call(api, 'import:commit', { uploadId: shown.uploadId, duplicateStrategy: 'skip' });
    const again = await failure(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
    });
    expect(again.code).toBe('not_found');
    expect(countRows(api, 'prospects')).toBe(3);

    const fresh = await uploadId(api, fixture('plain.csv'));
    const unpreviewed = await failure(api, 'import:commit', {
      uploadId: fresh,
      duplicateStrategy: 'skip',
    });
    expect(unpreviewed.message).toMatch(/Preview the file/u);
  });
});

describe('duplicates', () => {
  async function withExisting() {
    const api = backend();
    await call(api, 'prospects:create', {
      name: 'Cy Twombly',
      email: 'CY@existing.example',
      phone: '+1 646 555 0199',
      company: '',
      tags: ['painter'],
    });
    return api;
  }

  it('finds duplicates by email (any case) and phone digits, in the file and in the library', async () => {
    const api = await withExisting();
    const shown = await preview(api, fixture('duplicates.csv'));
    expect(shown.totalRows).toBe(7);
    expect(shown.duplicates.inFile).toBe(2);
    expect(shown.duplicates.inDatabase).toBe(2);
    expect(shown.duplicates.examples).toEqual([
      { row: 3, matchedBy: 'email', value: 'ANN@ACME.EXAMPLE', existing: null, firstRow: 2 },
      { row: 5, matchedBy: 'phone', value: '(415) 555 0102', existing: null, firstRow: 4 },
      {
        row: 6,
        matchedBy: 'email',
        value: 'cy@existing.example',
        existing: { id: 1, label: 'Cy Twombly' },
        firstRow: null,
      },
      {
        row: 7,
        matchedBy: 'phone',
        value: '+1 646 555 0199',
        existing: { id: 1, label: 'Cy Twombly' },
        firstRow: null,
      },
    ]);
  });

  it('a row with no email or phone is a duplicate only when both name and company match', async () => {
    const api = backend();
    await call(api, 'prospects:create', {
      name: 'Dana  Whitfield',
      company: 'Tidewater Freight',
      email: 'dana@tidewater.example',
      tags: [],
    });
    const csv = [
      'Name,Company',
      'dana whitfield,TIDEWATER  Freight', // the library's Dana: case and spacing differ
      'Dana Whitfield,Harbor Lines', // same name, another company: someone else
      'Lee Park,', // no company: a name alone is not enough
      'Lee Park,',
      'Omar Haddad,Kestrel Foods',
      'Omar Haddad,kestrel foods', // the file's own repeat
    ].join('\n');
    const shown = await preview(api, new TextEncoder().encode(csv));
    expect(shown.duplicates.examples).toEqual([
      {
        row: 2,
        matchedBy: 'name and company',
        value: 'dana whitfield, TIDEWATER  Freight',
        existing: { id: 1, label: 'Dana  Whitfield' },
        firstRow: null,
      },
      {
        row: 7,
        matchedBy: 'name and company',
        value: 'Omar Haddad, kestrel foods',
        existing: null,
        firstRow: 6,
      },
    ]);
    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
    });
    expect(result).toMatchObject({ created: 4, skipped: 2 });
  });

  it('skip leaves duplicates out and the library untouched', async () => {
    const api = await withExisting();
    const shown = await preview(api, fixture('duplicates.csv'));
    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
    });
    expect(result).toEqual({ created: 3, merged: 0, skipped: 4, invalid: 0, blanked: 0 });
    const saved = await prospectsByName(api);
    expect([...saved.keys()].sort()).toEqual(['Ann Lee', 'Ben Ray', 'Cy Twombly', 'Dee Park']);
    expect(saved.get('Ann Lee')).toMatchObject({ company: '', tags: ['vip'] });
    expect(saved.get('Cy Twombly')).toMatchObject({ company: '', tags: ['painter'] });
  });

  it('merge fills empty fields and unions tags, never overwriting what is there', async () => {
    const api = await withExisting();
    const shown = await preview(api, fixture('duplicates.csv'));
    const result = await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'merge',
    });
    expect(result).toEqual({ created: 3, merged: 4, skipped: 0, invalid: 0, blanked: 0 });
    const saved = await prospectsByName(api);
    expect(saved.size).toBe(4);
    // Same person twice in the file: one prospect, the name as first written.
    expect(saved.get('Ann Lee')).toMatchObject({
      email: 'ann@acme.example',
      phone: '+1 415 555 0101',
      company: 'Acme Corp',
      tags: ['vip', 'west'],
    });
    expect(saved.get('Ben Ray')).toMatchObject({
      email: 'ben@beta.example',
      company: 'Beta',
      tags: ['east'],
    });
    // Already in the library: its own values win, the file fills the gaps.
    expect(saved.get('Cy Twombly')).toMatchObject({
      email: 'CY@existing.example',
      company: 'Gamma',
      tags: ['painter', 'new'],
    });
  });

  it('a failure in the middle of a commit leaves nothing behind (one transaction)', async () => {
    const api = await withExisting();
    const shown = await preview(api, fixture('duplicates.csv'));
    // The third new prospect fails to insert, after two went in and before the merge into Cy.
    api.db.exec(`CREATE TEMP TRIGGER fail_on_dee BEFORE INSERT ON prospects
      WHEN NEW.name = 'Dee Park' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const result = await api.router.handle('import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'merge',
    });
    expect(result.ok).toBe(false);
    const saved = await prospectsByName(api);
    expect([...saved.keys()]).toEqual(['Cy Twombly']);
    expect(saved.get('Cy Twombly')).toMatchObject({ company: '', tags: ['painter'] });
    api.db.exec('DROP TRIGGER fail_on_dee');
    // The upload survives the failure, so the rep can try again.
    expect(
      await call(api, 'import:commit', { uploadId: shown.uploadId, duplicateStrategy: 'merge' }),
    ).toEqual({ created: 3, merged: 4, skipped: 0, invalid: 0, blanked: 0 });
  });
});
