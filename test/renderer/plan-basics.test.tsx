// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanBasics } from '../../src/renderer/src/features/plans/PlanBasics';
import { prospect } from '../helpers/fixtures';

afterEach(cleanup);

const fields = { objective: '', transactional: false, referral: '' };

describe('the plan’s call panel', () => {
  it('shows what the rep wrote about the prospect, with the way to edit it on their page', () => {
    const siobhan = prospect({
      id: 12,
      name: 'Siobhán Kelly',
      notes: 'Inherited a 3PL contract.\nSaid "call me after the board meeting".',
    });
    render(<PlanBasics fields={fields} onEdit={() => {}} prospect={siobhan} />);
    expect(screen.getByRole('heading', { name: 'Your notes on Siobhán Kelly' })).toBeTruthy();
    expect(screen.getByText(/call me after the board meeting/).textContent).toBe(
      'Inherited a 3PL contract.\nSaid "call me after the board meeting".',
    );
    expect(screen.getByRole('link', { name: 'Edit on their page' }).getAttribute('href')).toBe(
      '#/prospects/12',
    );
  });

  it('says nothing when there are no notes', () => {
    render(<PlanBasics fields={fields} onEdit={() => {}} prospect={prospect({ notes: '  ' })} />);
    expect(screen.queryByRole('heading', { name: /Your notes on/ })).toBeNull();
  });
});
