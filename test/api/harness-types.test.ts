import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Prospect } from '../../src/shared/domain/prospect';
import { apiHarness, call, type ApiHarness } from '../helpers/api';

/**
 * The typed harness is what makes a renamed field a `tsc` error in the tests (issue #14). These
 * checks run under `tsc -b` (npm run typecheck): each `@ts-expect-error` line fails the build the
 * day the harness stops catching that mistake, and the assertions below check the same calls at run
 * time.
 */
describe('the typed API harness', () => {
  let api: ApiHarness | undefined;
  afterEach(() => api?.backend.close());

  it('returns the channel’s result type and refuses a field the result does not have', async () => {
    api = apiHarness();
    const created = await api.call('prospects:create', {
      name: 'Dana Whitfield',
      company: 'Tidewater',
    });
    expectTypeOf(created).toEqualTypeOf<Prospect>();
    // @ts-expect-error -- `fullName` is not a field of Prospect, so a test reading it does not compile.
    expect(created.fullName).toBeUndefined();
    const read = await call(api.backend, 'prospects:get', { id: created.id });
    expectTypeOf(read).toEqualTypeOf<Prospect>();
    expect(read.company).toBe('Tidewater');
  });

  it('refuses an input its schema does not accept before anything runs', async () => {
    api = apiHarness();
    // @ts-expect-error -- `name` must be a string: the input type comes from the channel's schema.
    const refused = api.call('prospects:create', { name: 42, company: 'Tidewater' });
    await expect(refused).rejects.toMatchObject({ error: { code: 'invalid_input' } });
    // @ts-expect-error -- a channel name the contract does not list is refused by the type too.
    await expect(call(api.backend, 'prospects:explode', {})).rejects.toThrow();
  });
});
