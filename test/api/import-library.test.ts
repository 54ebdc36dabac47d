import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { LibraryDocument } from '../../src/shared/domain/data';
import { tempDir } from '../helpers/temp';
import { backend, call, countRows, failure, uploadId } from './import-support';

const RLO = '\u202e';

/**
 * A library whose export is then edited by hand the way issue #10 describes: every record below
 * breaks a rule that prospects:create or insights:create enforces, or belongs to one that does.
 */
async function libraryWithBadRecords(): Promise<string> {
  const api = backend();
  await call(api, 'prospects:create', { name: 'Dana Whitfield', email: 'dana@harbor.example' });
  const eve = await call(api, 'prospects:create', { name: 'Eve Mallory', email: 'eve@x.example' });
  await call(api, 'prospects:create', { name: 'Long Name' });
  await call(api, 'prospects:create', { name: 'Nul Notes' });
  await call(api, 'prospects:create', { name: 'Reversed' });
  await call(api, 'insights:create', { headline: 'Reefer rates rose 18% since June' });
  await call(api, 'insights:create', { headline: 'Late pallets cost more' });
  const plan = await call(api, 'plans:create', {
    prospectId: eve.id,
    opener: 'Eve, this is Sam from Lanewise. Can I show you the lane data on Thursday at 10?',
  });
  const dialed = await call(api, 'plans:dial', {
    planId: plan.plan.id,
    opener: plan.plan.opener,
    overrideReason: 'testing',
  });
  await call(api, 'calls:add-note', {
    callId: dialed.call.id,
    body: 'Asked about rates',
    offsetMs: 1_000,
    clientId: 'note-0001',
  });
  const doc = JSON.parse((await call(api, 'export:library-json')).content) as LibraryDocument;
  doc.prospects[1]!.email = 'x@b.co?bcc=attacker@evil.example&body=hi';
  doc.prospects[2]!.name = 'L'.repeat(201);
  doc.prospects[3]!.notes = 'before\u0000after';
  doc.prospects[4]!.name = `Invoice${RLO}fdp.exe`;
  doc.insights[1]!.sourceUrl = 'javascript:alert(document.cookie)';
  return JSON.stringify(doc);
}

function emptyBackend(): Backend {
  return backend(tempDir());
}

describe('restoring a library file checks every record like the API does', () => {
  it('refuses a file whose records break field rules, listing each by path, and writes nothing', async () => {
    const api = emptyBackend();
    const refused = await failure(api, 'import:library-json', {
      uploadId: await uploadId(api, Buffer.from(await libraryWithBadRecords())),
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/^8 records in the library file cannot be restored/u);
    expect(refused.message).toMatch(/Nothing was imported\.$/u);
    expect(refused.fields?.map((field) => field.path)).toEqual([
      'prospects[1].email',
      'prospects[2].name',
      'prospects[3].notes',
      'prospects[4].name',
      'insights[1].sourceUrl',
      'plans[0].prospectId',
      'calls[0].prospectId',
      'calls[0].planId',
      'notes[0].callId',
    ]);
    expect(countRows(api, 'prospects')).toBe(0);
    expect(countRows(api, 'insights')).toBe(0);
  });

  it('refuses a file that is not JSON at all, saying where it breaks', async () => {
    const api = emptyBackend();
    const refused = await failure(api, 'import:library-json', {
      uploadId: await uploadId(api, Buffer.from('{"format": "oneup-library", ')),
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/^The file is not valid JSON \(.+\)\.$/u);
    expect(countRows(api, 'prospects')).toBe(0);
  });

  it('previews what would be restored and what is refused, then restores the valid records when the rep agrees', async () => {
    const api = emptyBackend();
    const id = await uploadId(api, Buffer.from(await libraryWithBadRecords()));
    const shown = await call(api, 'import:library-preview', { uploadId: id });
    expect(shown.inFile).toEqual({
      prospects: 5,
      insights: 2,
      briefings: 0,
      plans: 1,
      calls: 1,
      notes: 1,
      meetings: 0,
    });
    expect(shown.toRestore).toEqual({
      prospects: 1,
      insights: 1,
      briefings: 0,
      plans: 0,
      calls: 0,
      notes: 0,
      meetings: 0,
    });
    expect(shown.refusedRecords).toBe(8);
    expect(shown.refused[0]).toEqual({
      record: 'prospects[1]',
      path: 'prospects[1].email',
      label: 'Eve Mallory',
      message: 'Enter an email address like name@company.com.',
    });
    expect(shown.refused.find((r) => r.path === 'notes[0].callId')?.message).toBe(
      'Refers to calls[0], which is refused.',
    );
    // The label of a record refused for a direction override cannot turn the list around.
    expect(shown.refused.find((r) => r.record === 'prospects[4]')?.label).toBe(
      'Invoice\uFFFDfdp.exe',
    );
    // A preview writes nothing: cancelling here leaves the library as it was.
    expect(countRows(api, 'prospects')).toBe(0);

    const restored = await call(api, 'import:library-json', { uploadId: id, skipRefused: true });
    expect(restored).toEqual(shown.toRestore);
    const prospects = (await call(api, 'prospects:list', {})).items;
    expect(prospects.map((p) => [p.name, p.email])).toEqual([
      ['Dana Whitfield', 'dana@harbor.example'],
    ]);
    const insights = (await call(api, 'insights:list', {})).items;
    expect(insights.map((i) => i.headline)).toEqual(['Reefer rates rose 18% since June']);
  });

  it('a record missing a field is listed at that field and counted, like any other refusal', async () => {
    const api = emptyBackend();
    const doc = JSON.parse(await libraryWithBadRecords()) as Record<string, unknown[]>;
    const { id: _dropped, ...withoutId } = doc.insights![0] as Record<string, unknown>;
    doc.insights![0] = withoutId;
    const id = await uploadId(api, Buffer.from(JSON.stringify(doc)));
    const shown = await call(api, 'import:library-preview', { uploadId: id });
    expect(shown.refusedRecords).toBe(9);
    expect(shown.refused.filter((r) => r.record === 'insights[0]')).toEqual([
      {
        record: 'insights[0]',
        path: 'insights[0].id',
        label: 'Reefer rates rose 18% since June',
        message: expect.any(String) as string,
      },
    ]);
  });

  it('refuses a restore into a library in use already at the preview', async () => {
    const api = emptyBackend();
    await call(api, 'prospects:create', { name: 'Already here' });
    const id = await uploadId(api, Buffer.from(await libraryWithBadRecords()));
    const refused = await failure(api, 'import:library-preview', { uploadId: id });
    expect(refused.code).toBe('conflict');
  });
});

describe('a library file written before a field existed', () => {
  it('restores prospects without a last activity date, as having none', async () => {
    const source = backend();
    await call(source, 'prospects:create', {
      name: 'Dana Whitfield',
      lastActivityOn: '2026-02-27',
    });
    await call(source, 'prospects:create', { name: 'Ann Lee' });
    const doc = JSON.parse((await call(source, 'export:library-json')).content) as {
      prospects: Record<string, unknown>[];
    };
    expect(doc.prospects[0]!.lastActivityOn).toBe('2026-02-27');
    // As an older OneUp wrote it: no such key on the second prospect.
    delete doc.prospects[1]!.lastActivityOn;
    const api = emptyBackend();
    await call(api, 'import:library-json', {
      uploadId: await uploadId(api, Buffer.from(JSON.stringify(doc))),
    });
    const restored = await call(api, 'prospects:list', { limit: 10 });
    expect(restored.items.map((p) => [p.name, p.lastActivityOn])).toEqual([
      ['Ann Lee', ''],
      ['Dana Whitfield', '2026-02-27'],
    ]);
  });
});
