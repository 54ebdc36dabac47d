import { describe, expect, it } from 'vitest';
import { backend, call, countRows, failure, preview } from './import-support';

/**
 * The field rules every way in shares: the create and update channels here, and the imports
 * (import-*.test.ts, export.test.ts) through the same schemas.
 */

const RLO = '\u202e'; // right-to-left override: "Acme\u202eexe.pdf" displays as "Acmefdp.exe"
const ISOLATE = '\u2066';

const BAD_EMAILS = [
  'x@b.co?bcc=attacker@evil.example&body=hi',
  'a@b.co,c@d.example',
  'a@b.co;c@d.example',
  'a%3Fbcc@b.co',
  'a b@c.co',
  `a@b.co${RLO}`,
];

describe('text and email rules at the API', () => {
  it('refuses invisible text-direction characters in prospect and insight text, on create and update', async () => {
    const api = backend();
    const name = await failure(api, 'prospects:create', { name: `Invoice${RLO}fdp.exe` });
    expect(name.fields?.[0]).toMatchObject({ path: 'name' });
    expect(name.message).toMatch(/text-direction/u);
    const notes = await failure(api, 'prospects:create', { name: 'Ann', notes: `ok${ISOLATE}` });
    expect(notes.fields?.[0]?.path).toBe('notes');

    const ann = await call(api, 'prospects:create', { name: 'Ann Lee', company: 'شركة' });
    const patched = await failure(api, 'prospects:update', {
      id: ann.id,
      patch: { company: `Acme${RLO}` },
    });
    expect(patched.fields?.[0]?.path).toBe('patch.company');

    const headline = await failure(api, 'insights:create', { headline: `Rates ${RLO}up` });
    expect(headline.fields?.[0]?.path).toBe('headline');
    const detail = await failure(api, 'insights:create', {
      headline: 'Rates up',
      detail: `Line\n${ISOLATE}two`,
    });
    expect(detail.fields?.[0]?.path).toBe('detail');
  });

  it.each(BAD_EMAILS)('refuses %j as an email, on create and update', async (email) => {
    const api = backend();
    const created = await failure(api, 'prospects:create', { name: 'Ann', email });
    expect(created.fields?.[0]?.path).toBe('email');
    const ann = await call(api, 'prospects:create', { name: 'Ann', email: 'ann@acme.example' });
    const updated = await failure(api, 'prospects:update', { id: ann.id, patch: { email } });
    expect(updated.fields?.[0]?.path).toBe('patch.email');
  });

  it("keeps plain addresses, O'Hara's included", async () => {
    const api = backend();
    const created = await call(api, 'prospects:create', {
      name: "Pat O'Hara",
      email: "pat.o'hara+sales@acme-co.example",
    });
    expect(created.email).toBe("pat.o'hara+sales@acme-co.example");
  });
});

describe('the same rules on every import path', () => {
  it('prospect CSV: refused rows are listed by row and field, and nothing is written unless the rep leaves them out', async () => {
    const api = backend();
    const csv = [
      'Name,Email,Notes',
      'Ann Lee,ann@acme.example,fine',
      `Invoice${RLO}fdp.exe,inv@acme.example,`,
      'Eve,x@b.co?bcc=attacker@evil.example&body=hi,',
      `Ned,ned@acme.example,"hidden ${ISOLATE}text"`,
    ].join('\n');
    const shown = await preview(api, Buffer.from(csv));
    expect(shown.errors.map(({ row, field }) => `${row}.${field}`)).toEqual([
      '3.name',
      '4.email',
      '5.notes',
    ]);
    const refused = await failure(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
    });
    expect(refused.message).toMatch(/Nothing was imported/u);
    expect(countRows(api, 'prospects')).toBe(0);
    await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'skip',
      skipInvalidRows: true,
    });
    const names = (await call(api, 'prospects:list', {})).items.map((p) => p.name);
    expect(names).toEqual(['Ann Lee']);
  });

  it('insight JSON: a javascript: link or a direction override is refused on its item', async () => {
    const api = backend();
    const json = JSON.stringify([
      { headline: 'Rates rose 18%', sourceUrl: 'https://www.dat.com/' },
      { headline: 'Click me', sourceUrl: 'javascript:alert(document.cookie)' },
      { headline: `Rates ${RLO}fell`, detail: 'x' },
    ]);
    const shown = await preview(api, Buffer.from(json), 'insights', 'json');
    expect(shown.errors.map(({ row, field }) => `${row}.${field}`)).toEqual([
      '2.sourceUrl',
      '3.headline',
    ]);
  });
});
