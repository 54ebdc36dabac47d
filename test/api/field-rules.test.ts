import { describe, expect, it } from 'vitest';
import { backend, call, failure } from './import-support';

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
