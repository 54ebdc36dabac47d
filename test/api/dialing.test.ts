import { describe, expect, it } from 'vitest';
import { dialUrlOf } from '../../src/shared/domain/dialing';
import { apiHarness } from '../helpers/api';

describe('the dial hand-off setting', () => {
  it('starts at the phone app, saves a softphone choice and refuses an unknown one', async () => {
    const { call, fail } = apiHarness();
    expect((await call('settings:get', undefined)).dialHandoff).toBe('tel');
    expect((await call('settings:update', { dialHandoff: 'sip' })).dialHandoff).toBe('sip');
    const refused = await fail('settings:update', { dialHandoff: 'skype' });
    expect(refused.fields).toEqual([
      { path: 'dialHandoff', message: 'Pick how numbers go to your phone.' },
    ]);
    expect((await call('settings:get', undefined)).dialHandoff).toBe('sip');
  });

  it('reads a stored value it no longer knows as the default, not as garbage', async () => {
    const { call, backend } = apiHarness();
    backend.db
      .prepare(
        `INSERT INTO settings (key, value, created_at, updated_at) VALUES ('dialHandoff', '"pager"', 't', 't')`,
      )
      .run();
    expect((await call('settings:get', undefined)).dialHandoff).toBe('tel');
  });
});

describe('the link a number is handed over with', () => {
  it.each([
    ['tel', '+1 (757) 555-0142 ext. 12', 'tel:+17575550142;ext=12'],
    ['callto', '+1 (757) 555-0142', 'callto:+17575550142'],
    ['sip', '+1 (757) 555-0142 x12', 'sip:+17575550142,12'],
    ['copy', '+1 (757) 555-0142', null],
    ['tel', '12', null],
  ] as const)('%s: %s → %s', (handoff, phone, url) => {
    expect(dialUrlOf(phone, handoff)).toBe(url);
  });
});
