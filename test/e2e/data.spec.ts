import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeInBothThemes, describeViolations, seriousViolations } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { DataPage } from './pages/DataPage';
import { ProspectsPage } from './pages/ProspectsPage';

const HUBSPOT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'csv', 'hubspot.csv'));

test('a HubSpot export: preview with its bad row, import the rest, see them in Prospects', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await data.choose('hubspot-contacts.csv', HUBSPOT);

  await expect(data.summary).toHaveText(
    'Looks like a HubSpot export · 5 rows · 1 row with errors · 0 duplicates',
  );
  await expect(data.mapping('First Name')).toHaveValue('firstName');
  await expect(data.mapping('Record ID')).toHaveValue('');
  const badRow = data.previewTable.getByRole('row').filter({ hasText: 'not-an-email' });
  // The bad value is marked in its own cell, with what is wrong under it.
  await expect(badRow.getByRole('cell').filter({ hasText: 'not-an-email' })).toHaveText(
    'not-an-emailEnter an email address like name@company.com.',
  );
  await expect(data.previewTable.getByRole('columnheader', { name: 'Problems' })).toHaveCount(0);
  await expect(badRow.getByRole('rowheader')).toHaveText('5');
  await expect(page.getByText('Row 5: Email: Enter an email address')).toBeVisible();

  // The rep decides what happens to the bad row before anything is saved, and is told so.
  await expect(data.importButton()).toBeDisabled();
  await expect(data.importButton()).toHaveAccessibleDescription(
    '1 row has errors: fix the file, tick a row above to bring it in with its bad fields left blank, or tick “Leave out” to import the rest.',
  );
  await page.getByLabel('Leave out the 1 row with errors').check();
  // The count is what will be imported: the valid rows.
  await expect(data.importButton()).toHaveText('Import 4 new prospects');
  // Or the bad row comes in too, without its bad email, because the rep says so.
  await page.getByLabel('Import row 5 with Email left blank').check();
  await expect(data.importButton()).toHaveText('Import 5 new prospects (1 with fields left blank)');

  // Leaving the title column out shows in the preview at once.
  await data.mapping('Job Title').selectOption('');
  await expect(data.previewTable.getByRole('columnheader', { name: 'Title' })).toHaveCount(0);
  await data.mapping('Job Title').selectOption('title');
  await expect(data.previewTable.getByRole('columnheader', { name: 'Title' })).toBeVisible();

  await data.importButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    /Imported: 5 new prospects, 1 row with bad fields left blank\./u,
  );
  await page.getByRole('link', { name: 'Open prospects' }).click();
  const prospects = new ProspectsPage(page);
  await expect(prospects.row('Dana Whitfield')).toContainText('Harbor Freight Lines');
  await expect(prospects.row('Priya Nair')).toContainText('Medline, Ltd.');
  await expect(prospects.row('Tom Becker')).toContainText('Becker Logistik GmbH');
});

test('the same file again: duplicates found and merged, not doubled', async ({ page, host }) => {
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await data.choose('first.csv', 'Name,Email,Company\nAnn Lee,ann@acme.example,\n');
  await data.importButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  await data.choose('second.csv', 'Name,Email,Company\nAnn Lee,ANN@acme.example,Acme Corp\n');
  await expect(data.summary).toContainText('1 duplicate');
  await expect(page.getByText('already in your library as Ann Lee')).toBeVisible();
  // Skipping the only row leaves nothing to import, and the button says why it is off.
  await expect(data.importButton()).toBeDisabled();
  await expect(data.importButton()).toHaveAccessibleDescription(/choose Merge to fill them in/u);
  await page.getByLabel(/^Merge/u).check();
  await expect(data.importButton()).toHaveText('Import 0 new prospects, merge 1');
  await data.importButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '0 new prospects, 1 merged into existing ones',
  );
  const [ann] = (await callApi(page, 'prospects:list', {})).items;
  expect(ann!.company).toBe('Acme Corp');
});

test('a file with an unclosed quote is refused with its row number', async ({ page, host }) => {
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await data.choose('broken.csv', 'name,company\nAnn,"Acme\nBob,Beta\n');
  await expect(page.getByRole('alert')).toContainText('Row 2: A quoted cell is never closed');
  await expect(data.importButton()).toBeDisabled();
});

test('binary garbage gets a clear message and imports nothing', async ({ page, host }) => {
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await data.fileInput.setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]),
  });
  await expect(page.getByRole('alert')).toContainText('This is not a text file');
  await expect(data.summary).toHaveCount(0);
});

test('prospects export downloads a CSV that spreadsheets cannot run', async ({ page, host }) => {
  await openApp(page, host.url);
  await callApi(page, 'prospects:create', {
    name: 'Lee, Ann',
    company: '=HYPERLINK("https://evil.example")',
    email: 'ann@acme.example',
  });
  const data = new DataPage(page);
  await data.open();
  const { filename, text } = await data.export('Prospects (CSV)');
  expect(filename).toMatch(/^oneup-prospects-\d{4}-\d{2}-\d{2}\.csv$/u);
  const [header, row] = text.replace(/^\uFEFF/u, '').split('\r\n');
  expect(header).toMatch(/^Name,Title,Company,Industry,Phone,Email,/u);
  expect(row).toContain('"Lee, Ann",,"\'=HYPERLINK(""https://evil.example"")",,,ann@acme.example');
  await expect(page.getByRole('status')).toContainText(`Saved ${filename}`);
});

test(`the import & export screen passes axe (light and dark)`, async ({ page, host }) => {
  const { found, check } = axeInBothThemes(page);
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await check('data screen');
  await data.choose('hubspot.csv', HUBSPOT);
  await expect(data.previewTable).toBeVisible();
  await check('data screen with a preview');
  expect(found).toEqual([]);
});

test('restoring a library lists each refused record by path; the rep leaves it out and restores the rest', async ({
  page,
  host,
}) => {
  const stamp = '2026-11-26T14:30:00.000Z';
  const prospect = (id: number, name: string, email: string) => ({
    id,
    name,
    title: '',
    company: '',
    industry: '',
    phone: '',
    email,
    timezone: '',
    tags: [],
    notes: '',
    lastContactAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: null,
  });
  const library = {
    format: 'oneup-library',
    version: 1,
    exportedAt: stamp,
    prospects: [
      prospect(1, 'Ann Lee', 'ann@acme.example'),
      prospect(2, 'Eve Mallory', 'x@b.co?bcc=attacker@evil.example&body=hi'),
    ],
    insights: [],
    briefings: [],
    plans: [],
    calls: [],
    notes: [],
  };
  await openApp(page, host.url);
  const data = new DataPage(page);
  await data.open();
  await page.getByLabel('Library file (JSON)').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(library)),
  });
  const refused = page.getByRole('region', { name: '1 record cannot be restored' });
  await expect(refused).toContainText(
    'prospects[1].email (Eve Mallory): Enter an email address like name@company.com.',
  );
  expect(describeViolations('restore preview', await seriousViolations(page))).toEqual([]);
  const restore = page.getByRole('button', { name: 'Restore', exact: true });
  await expect(restore).toBeDisabled();
  await page.getByLabel('Leave out the 1 refused record').check();
  await restore.click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    'Restored 1 prospect, 0 insights, 0 briefings, 0 plans, 0 calls, 0 notes, 0 meetings.',
  );
  const names = (await callApi(page, 'prospects:list', {})).items;
  expect(names.map((p) => p.name)).toEqual(['Ann Lee']);
});
