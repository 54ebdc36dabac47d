import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { RendererGlobals } from './renderer-globals';

function prospectNames(appWindow: Page): Promise<string[] | string> {
  return appWindow.evaluate(async () => {
    const page = await (globalThis as unknown as RendererGlobals).oneup!.prospects.list();
    return page.ok ? page.value.items.map((prospect) => prospect.name) : page.error.message;
  });
}

test('the app reports that it runs on the Electron transport', async ({ appWindow }) => {
  const info = await appWindow.evaluate(() =>
    (globalThis as unknown as RendererGlobals).oneup!.app.info(),
  );
  expect(info).toMatchObject({ ok: true, value: { transport: 'electron' } });
});

test('a prospect created over IPC is listed, and is still there after a restart', async ({
  desktop,
  appWindow,
}) => {
  const created = await appWindow.evaluate(() =>
    (globalThis as unknown as RendererGlobals).oneup!.prospects.create({
      name: 'Dana Whitfield',
      company: 'Northwind Freight',
    }),
  );
  expect(created).toMatchObject({
    ok: true,
    value: { name: 'Dana Whitfield', company: 'Northwind Freight' },
  });
  expect(await prospectNames(appWindow)).toContain('Dana Whitfield');

  const restarted = await desktop.relaunch();
  expect(await prospectNames(restarted)).toContain('Dana Whitfield');
});

test('bad input comes back as data naming the field, not as a thrown error', async ({
  appWindow,
}) => {
  const result = await appWindow.evaluate(() =>
    (globalThis as unknown as RendererGlobals).oneup!.prospects.create({ name: '' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(result.ok ? [] : (result.error.fields ?? []).map((field) => field.path)).toContain('name');
});
