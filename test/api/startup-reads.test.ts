import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  return openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
}

describe('the reads behind the first paint', () => {
  it('app:info says whether the library is empty, whichever table holds the rows', async () => {
    const app = backend();
    expect((await call(app, 'app:info')).isEmpty).toBe(true);
    const insight = await call(app, 'insights:create', { headline: 'Only one' });
    expect((await call(app, 'app:info')).isEmpty).toBe(false);
    // An archived row still counts: sample data must not mix into a library with archived rows.
    await call(app, 'insights:archive', { id: insight.id });
    expect((await call(app, 'app:info')).isEmpty).toBe(false);
    app.close();
  });

  it('serves the filter menus from a cache that any write refreshes', async () => {
    const app = backend();
    await call(app, 'prospects:create', { name: 'Ada', industry: 'Freight', tags: ['vip'] });
    const first = await call(app, 'prospects:facets');
    expect(first).toEqual({ tags: ['vip'], industries: ['Freight'] });
    // No write in between: the very same value, not a recount.
    expect(await call(app, 'prospects:facets')).toBe(first);

    const bo = await call(app, 'prospects:create', {
      name: 'Bo',
      industry: 'Retail',
      tags: ['warm'],
    });
    expect(await call(app, 'prospects:facets')).toEqual({
      tags: ['vip', 'warm'],
      industries: ['Freight', 'Retail'],
    });
    await call(app, 'prospects:archive', { id: bo.id });
    expect(await call(app, 'prospects:facets')).toEqual({
      tags: ['vip'],
      industries: ['Freight'],
    });
    app.close();
  });

  it('answers a repeated list page from memory until something is written', async () => {
    const app = backend();
    await call(app, 'prospects:create', { name: 'Ada' });
    const first = await call(app, 'prospects:list', { limit: 50 });
    expect(await call(app, 'prospects:list', { limit: 50 })).toBe(first);
    // Another page or filter is its own entry.
    const archived = await call(app, 'prospects:list', { limit: 50, status: 'archived' });
    expect(archived.total).toBe(0);

    const bo = await call(app, 'prospects:create', { name: 'Bo' });
    const after = await call(app, 'prospects:list', { limit: 50 });
    expect(after.items.map((item) => item.name)).toEqual(['Ada', 'Bo']);
    expect(after.total).toBe(2);
    await call(app, 'prospects:archive', { id: bo.id });
    expect((await call(app, 'prospects:list', { limit: 50 })).total).toBe(1);
    expect((await call(app, 'prospects:list', { limit: 50, status: 'archived' })).total).toBe(1);

    // A filter on the clock is asked afresh each time.
    const recent = { limit: 50, lastContact: 'within_30_days' } as const;
    expect(await call(app, 'prospects:list', recent)).not.toBe(
      await call(app, 'prospects:list', recent),
    );
    app.close();
  });
});
