import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { CHANNEL_PATTERN, channelNames, contract } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  const opened = openBackend({
    dataDir: tempDir(),
    transport: 'browser',
    onInternalError: () => {},
  });
  return opened;
}

function expectError(result: ApiResult<unknown>, code: string) {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  return result.error;
}

/** The top-level keys of a channel's input object, looking through optional() and default(). */
function inputKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  for (;;) {
    const def = (current as { def?: { innerType?: unknown } }).def;
    if (def?.innerType) current = def.innerType;
    else break;
  }
  const shape = (current as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

describe('the API contract', () => {
  it('names every channel feature:verb', () => {
    expect(channelNames.length).toBeGreaterThan(10);
    for (const name of channelNames) expect(name).toMatch(CHANNEL_PATTERN);
  });

  it('answers an unknown channel with not_found', async () => {
    const { router, close } = backend();
    expectError(await router.handle('prospects:explode', {}), 'not_found');
    expectError(await router.handle('__proto__', {}), 'not_found');
    expectError(await router.handle('constructor', {}), 'not_found');
    close();
  });

  it('rejects wrongly typed input on every channel, naming each offending field', async () => {
    const { router, close } = backend();
    for (const channel of channelNames) {
      const keys = inputKeys(contract[channel].input);
      if (keys.length === 0) {
        const error = expectError(await router.handle(channel, 42), 'invalid_input');
        expect(error.fields?.[0]?.path, channel).toBe('(input)');
        continue;
      }
      const bad = Object.fromEntries(keys.map((key) => [key, [[1]]]));
      const error = expectError(await router.handle(channel, bad), 'invalid_input');
      const paths = (error.fields ?? []).map((field) => field.path);
      for (const key of keys) {
        expect(
          paths.some((path) => path === key || path.startsWith(`${key}.`)),
          `${channel} ${key} in ${paths.join(',')}`,
        ).toBe(true);
      }
    }
    close();
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const { router, close } = backend();
    const error = expectError(
      await router.handle('prospects:create', { name: 'Ann', nmae: 'typo' }),
      'invalid_input',
    );
    expect(error.message).toMatch(/nmae/);
    close();
  });

  it('turns a 10 MB paste into invalid_input on the field, not a crash', async () => {
    const { router, close } = backend();
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const error = expectError(
      await router.handle('prospects:create', { name: 'Ann', notes: huge }),
      'invalid_input',
    );
    expect(error.fields?.[0]?.path).toBe('notes');
    expectError(await router.handle('insights:search', { query: huge }), 'invalid_input');
    const ok = await router.handle('prospects:list', {});
    expect(ok.ok).toBe(true);
    close();
  });
});

describe('prospects over the API', () => {
  it('creates, reads, updates, lists in pages, archives and restores', async () => {
    const { router, close } = backend();
    const api = { router };
    const prospect = await call(api, 'prospects:create', {
      name: '  Zoë Ångström ',
      company: 'Tidewater',
      phone: '+1 (757) 555-0142',
      email: 'zoe@tidewater.example',
      timezone: 'America/New_York',
      tags: ['freight', 'Freight', 'q1'],
    });
    expect(prospect.id).toBeGreaterThan(0);
    expect(prospect.name).toBe('Zoë Ångström');
    expect(prospect.tags).toEqual(['freight', 'q1']);

    for (let i = 0; i < 60; i++)
      await call(api, 'prospects:create', { name: `Prospect ${String(i).padStart(2, '0')}` });
    const page = await call(api, 'prospects:list', { limit: 25, offset: 50 });
    expect(page).toMatchObject({ total: 61, offset: 50, limit: 25 });
    expect(page.items).toHaveLength(11);

    const updated = await call(api, 'prospects:update', {
      id: prospect.id,
      patch: { title: 'COO' },
    });
    expect(updated.title).toBe('COO');
    await call(api, 'prospects:archive', { id: prospect.id });
    expect((await call(api, 'prospects:list', { query: 'zoe' })).total).toBe(0);
    expect((await call(api, 'prospects:list', { query: 'zoe', status: 'archived' })).total).toBe(1);
    await call(api, 'prospects:restore', { id: prospect.id });
    expect((await call(api, 'prospects:get', { id: prospect.id })).archivedAt).toBeNull();
    close();
  });

  it('says not_found for a prospect that does not exist', async () => {
    const { router, close } = backend();
    expectError(await router.handle('prospects:get', { id: 999 }), 'not_found');
    expectError(
      await router.handle('prospects:update', { id: 999, patch: { name: 'X' } }),
      'not_found',
    );
    expectError(await router.handle('prospects:archive', { id: 999 }), 'not_found');
    close();
  });

  it('validates fields a rep can get wrong, with a message at the field', async () => {
    const { router, close } = backend();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'A', phone: 'call me' }, 'phone'],
      [{ name: 'A', email: 'not-an-email' }, 'email'],
      [{ name: 'A', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ name: 'A', tags: ['x'.repeat(41)] }, 'tags.0'],
      [{ name: 'Line\nbreak' }, 'name'],
    ];
    for (const [input, path] of cases) {
      const error = expectError(await router.handle('prospects:create', input), 'invalid_input');
      expect(error.fields?.map((field) => field.path)).toContain(path);
    }
    close();
  });
});

describe('settings and sample data', () => {
  it('returns defaults, saves a partial update, and refuses an impossible pace', async () => {
    const { router, close } = backend();
    const initial = await router.handle('settings:get', undefined);
    expect(initial.ok && initial.value).toMatchObject({ wordsPerMinute: 150, repName: '' });
    const saved = await router.handle('settings:update', {
      repName: 'Dana Reyes',
      repCompany: 'Freightwise',
    });
    expect(saved.ok && saved.value).toMatchObject({ repName: 'Dana Reyes', wordsPerMinute: 150 });
    const error = expectError(
      await router.handle('settings:update', { wordsPerMinute: 1000 }),
      'invalid_input',
    );
    expect(error.fields?.[0]?.path).toBe('wordsPerMinute');
    close();
  });

  it('loads sample data, app:info reports it is no longer empty, and a second load is refused', async () => {
    const { router, close } = backend();
    expect((await call({ router }, 'app:info')).isEmpty).toBe(true);
    const loaded = await router.handle('sample:load', {});
    expect(loaded.ok && loaded.value).toMatchObject({ prospects: 9, insights: 5 });
    expect((await call({ router }, 'app:info')).isEmpty).toBe(false);
    expect(
      (await call({ router }, 'insights:search', { query: 'freight' })).length,
    ).toBeGreaterThan(0);
    expectError(await router.handle('sample:load', {}), 'conflict');
    close();
  });
});
