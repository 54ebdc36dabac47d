import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { LIBRARY_VERSION, type LibraryDocument } from '../../src/shared/domain/data';
import { tempDir } from '../helpers/temp';
import { backend, call, countRows, failure, preview, uploadId } from './import-support';

function parseCsv(content: string): string[][] {
  expect(content.startsWith('\uFEFF')).toBe(true);
  expect(content.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
}

/** A small but complete library: every kind of record, linked to each other. */
async function seedLibrary(api: Backend) {
  const dana = await call(api, 'prospects:create', {
    name: 'Dana Whitfield',
    title: 'VP Operations',
    company: 'Harbor Freight Lines',
    phone: '+1 757 555 0142',
    email: 'dana@harborlines.example',
    timezone: 'America/New_York',
    tags: ['reefer', 'east'],
    notes: 'Prefers "straight talk".\nNo calls on Fridays.',
  });
  const archived = await call(api, 'prospects:create', { name: 'Old Contact' });
  await call(api, 'prospects:archive', { id: archived.id });
  const insight = await call(api, 'insights:create', {
    headline: 'Reefer rates rose 18% since June',
    detail: 'West Coast lanes, June to October.',
    evidence: 'DAT spot index',
    source: 'DAT',
    sourceUrl: 'https://www.dat.com/',
    isPublic: true,
    industries: ['Logistics'],
    roles: ['VP Operations'],
    tags: ['pricing'],
  });
  const second = await call(api, 'insights:create', { headline: 'Late pallets cost more' });
  await call(api, 'briefings:create', {
    title: 'Freight costs briefing',
    prospectId: dana.id,
    items: [
      { insightId: insight.id, talkingPoints: 'Start with the lane data' },
      { insightId: second.id },
    ],
    questions: ['What did Q3 cost you?'],
    lengthMinutes: 20,
  });
  const plan = await call(api, 'plans:create', {
    prospectId: dana.id,
    objective: 'Book a 20-minute freight briefing',
    opener:
      'Dana, this is Sam Rep from Lanewise. Reefer rates on your lanes rose 18% since June. Can I show you where in a 20-minute briefing Thursday at 10?',
    insightIds: [insight.id],
    objections: [{ objection: 'We have a broker', response: 'Good: this is about the lanes.' }],
    meetingSlots: ['Thu 10:00', 'Fri 14:00'],
    emailSubject: 'Reefer rates: +18%',
    emailBody: 'Dana,\n\nRates rose 18%.\n\n- Sam',
  });
  const dialed = await call(api, 'plans:dial', {
    planId: plan.plan.id,
    opener: plan.plan.opener,
    overrideReason: 'testing',
  });
  await call(api, 'calls:add-note', {
    callId: dialed.call.id,
    body: '=cost(3) is their main worry',
    tags: ['pain'],
    offsetMs: 83_000,
    clientId: 'note-0001',
  });
  await call(api, 'calls:end', {
    callId: dialed.call.id,
    outcome: 'meeting_booked',
    nextStep: 'Send the lane data',
  });
  return { dana, plan: plan.plan, insight };
}

describe('CSV export', () => {
  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', async () => {
    const api = backend();
    await call(api, 'prospects:create', {
      name: 'Lee, "Ann"',
      company: '=HYPERLINK("https://evil.example","Click")',
      title: '-2+3',
      phone: '+1 415 555 0101',
      email: 'ann@acme.example',
      tags: ['@risk', 'vip'],
      notes: 'Line one\nLine two, with a comma',
    });
    const file = await call(api, 'export:prospects-csv');
    expect(file.filename).toMatch(/^oneup-prospects-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(file.type).toBe('text/csv');
    expect(file.content).toContain('"Lee, ""Ann"""');
    const [header, ann] = parseCsv(file.content);
    expect(header!.slice(0, 9)).toEqual([
      'Name',
      'Title',
      'Company',
      'Industry',
      'Phone',
      'Email',
      'Time Zone',
      'Tags',
      'Notes',
    ]);
    const cell = (name: string) => ann![header!.indexOf(name)];
    expect(cell('Name')).toBe('Lee, "Ann"');
    expect(cell('Company')).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(cell('Title')).toBe(`'-2+3`);
    expect(cell('Phone')).toBe(`'+1 415 555 0101`);
    expect(cell('Tags')).toBe(`'@risk; vip`);
    expect(cell('Notes')).toBe('Line one\nLine two, with a comma');
    expect(cell('Status')).toBe('active');
  });

  it('an exported prospects file imports again with the formula guard taken off', async () => {
    const source = backend();
    await call(source, 'prospects:create', {
      name: 'Ann Lee',
      phone: '+1 415 555 0101',
      title: '-',
      tags: ['vip', 'west'],
      timezone: 'Europe/Berlin',
    });
    const file = await call(source, 'export:prospects-csv');
    const target = backend();
    const shown = await preview(target, Buffer.from(file.content));
    expect(shown.detectedSource).toBe('oneup');
    expect(shown.errors).toEqual([]);
    await call(target, 'import:commit', { uploadId: shown.uploadId, duplicateStrategy: 'skip' });
    const [ann] = (await call(target, 'prospects:list', {})).items;
    expect(ann).toMatchObject({
      name: 'Ann Lee',
      phone: '+1 415 555 0101',
      title: '-',
      tags: ['vip', 'west'],
      timezone: 'Europe/Berlin',
    });
  });

  it('a spreadsheet splitting on "," or on ";" never sees a cell that starts a formula', async () => {
    const nasty = {
      name: 'Ann Lee',
      company: "Acme;=cmd|' /C calc'!A0",
      title: 'Ops, @SUM(A1:A9)',
      industry: "'already quoted",
      phone: '+1 415 555 0101',
      notes: 'Fine first line\n=HYPERLINK("https://evil.example")\tand\t+tab;-semi',
      tags: ['@risk', 'plain'],
    };
    const source = backend();
    await call(source, 'prospects:create', nasty);
    const file = await call(source, 'export:prospects-csv');
    const body = file.content.slice(1);
    for (const delimiter of [',', ';']) {
      const { data } = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true });
      const formulas = data.flat().filter((cell) => /^[=+\-@]/u.test(cell));
      expect(formulas, `split on "${delimiter}"`).toEqual([]);
    }
    // Each cell holding a separator is quoted, so a comma-splitting spreadsheet keeps it whole.
    const [header, ann] = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: true }).data;
    expect(ann).toHaveLength(header!.length);
    expect(ann![header!.indexOf('Company')]).toBe("Acme;'=cmd|' /C calc'!A0");

    // Our own import takes each guard off again: the values come back exactly.
    const target = backend();
    const shown = await preview(target, Buffer.from(file.content));
    expect(shown.errors).toEqual([]);
    await call(target, 'import:commit', { uploadId: shown.uploadId, duplicateStrategy: 'skip' });
    const [back] = (await call(target, 'prospects:list', {})).items;
    expect(back).toMatchObject(nasty);
  });

  it('exports insights and calls with their track record and notes', async () => {
    const api = backend();
    await seedLibrary(api);
    const insights = parseCsv((await call(api, 'export:insights-csv')).content);
    const header = insights[0]!;
    const reefer = insights.find((row) => row[0] === 'Reefer rates rose 18% since June')!;
    expect(reefer[header.indexOf('Public')]).toBe('yes');
    expect(reefer[header.indexOf('Source Link')]).toBe('https://www.dat.com/');
    expect(reefer[header.indexOf('Times Used')]).toBe('1');
    expect(reefer[header.indexOf('Meetings Booked')]).toBe('1');

    const calls = parseCsv((await call(api, 'export:calls-csv')).content);
    expect(calls).toHaveLength(2);
    const [callHeader, row] = calls;
    const cell = (name: string) => row![callHeader!.indexOf(name)];
    expect(cell('Prospect')).toBe('Dana Whitfield');
    expect(cell('Outcome')).toBe('meeting booked');
    expect(cell('Insights')).toBe('Reefer rates rose 18% since June');
    expect(cell('Notes')).toBe('[1:23] =cost(3) is their main worry');
    expect(cell('Opener')).toMatch(/^Dana, this is Sam Rep/u);
  });
});

describe('library JSON', () => {
  it('round-trips: export, import into an empty data folder, export again gives the same library', async () => {
    const source = backend();
    await seedLibrary(source);
    const first = await call(source, 'export:library-json');
    expect(first.filename).toMatch(/^oneup-library-.*\.json$/u);
    const doc = JSON.parse(first.content) as LibraryDocument;
    expect(doc).toMatchObject({ format: 'oneup-library', version: LIBRARY_VERSION });
    expect(
      [doc.prospects, doc.insights, doc.briefings, doc.plans, doc.calls, doc.notes].map(
        (list) => list.length,
      ),
    ).toEqual([2, 2, 1, 1, 1, 1]);

    const target = backend(tempDir());
    const id = await uploadId(target, Buffer.from(first.content));
    expect(await call(target, 'import:library-json', { uploadId: id })).toEqual({
      prospects: 2,
      insights: 2,
      briefings: 1,
      plans: 1,
      calls: 1,
      notes: 1,
      meetings: 0,
    });
    const second = JSON.parse(
      (await call(target, 'export:library-json')).content,
    ) as LibraryDocument;
    const { exportedAt: _first, ...before } = doc;
    const { exportedAt: _second, ...after } = second;
    expect(after).toEqual(before);

    // The restored library works, not only its export: links and track records are back.
    const [briefing] = (await call(target, 'briefings:list', {})).items;
    expect(briefing).toBeDefined();
    const reefer = (await call(target, 'insights:list', {})).items.find((insight) =>
      insight.headline.startsWith('Reefer'),
    )!;
    expect(reefer).toMatchObject({ timesUsed: 1, meetingsBooked: 1 });
    const dana = (await call(target, 'prospects:list', {})).items[0]!;
    expect(dana).toMatchObject({ name: 'Dana Whitfield', callCount: 1, meetingCount: 1 });
  });

  it('goes into an empty library only, and refuses files that are not a library', async () => {
    const source = backend();
    await seedLibrary(source);
    const { content } = await call(source, 'export:library-json');

    const again = await failure(source, 'import:library-json', {
      uploadId: await uploadId(source, Buffer.from(content)),
    });
    expect(again.code).toBe('conflict');
    expect(again.message).toMatch(/empty one only/u);
    expect(countRows(source, 'prospects')).toBe(2);

    const empty = backend(tempDir());
    const notLibrary = await failure(empty, 'import:library-json', {
      uploadId: await uploadId(empty, Buffer.from('[{"name":"Ann"}]')),
    });
    expect(notLibrary.message).toMatch(/not a OneUp library export/u);

    const newer = await failure(empty, 'import:library-json', {
      uploadId: await uploadId(
        empty,
        Buffer.from(JSON.stringify({ ...JSON.parse(content), version: LIBRARY_VERSION + 1 })),
      ),
    });
    expect(newer.message).toContain(`newer OneUp (format version ${LIBRARY_VERSION + 1})`);

    // A call pointing at a prospect missing from the file: refused whole, nothing half-restored.
    const broken = JSON.parse(content) as LibraryDocument;
    broken.calls[0]!.prospectId = 999;
    const inconsistent = await failure(empty, 'import:library-json', {
      uploadId: await uploadId(empty, Buffer.from(JSON.stringify(broken))),
    });
    expect(inconsistent.message).toMatch(/does not hold together/u);
    expect(countRows(empty, 'prospects')).toBe(0);
    expect(countRows(empty, 'insights')).toBe(0);
  });
});

describe('call plan Markdown', () => {
  it('writes the plan a rep can keep beside the phone, with what they typed escaped', async () => {
    const api = backend();
    const { plan } = await seedLibrary(api);
    await call(api, 'plans:update', {
      id: plan.id,
      baseRevision: plan.revision,
      patch: { referral: '*Maria* <script>' },
    });
    const file = await call(api, 'export:plan-markdown', { id: plan.id });
    expect(file.filename).toBe('Call plan - Dana Whitfield.md');
    expect(file.content).toContain('# Call plan: Dana Whitfield');
    expect(file.content).toContain('**Objective:** Book a 20-minute freight briefing');
    expect(file.content).toContain('**Referred by:** \\*Maria\\* \\<script\\>');
    expect(file.content).toContain('### Reefer rates rose 18% since June');
    expect(file.content).toContain('**If they say:** We have a broker');
    expect(file.content).toContain('- Thu 10:00');
    expect(file.content).toContain('**Subject:** Reefer rates: +18%');
    expect(file.content).toContain('\\- Sam');
    expect((await failure(api, 'export:plan-markdown', { id: 999 })).code).toBe('not_found');
  });
});
