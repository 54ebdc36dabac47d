// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOpener } from '../../src/shared/checker';
import { DialDialog } from '../../src/renderer/src/features/plans/DialDialog';
import {
  assemble,
  defaultSlots,
  fillableSlots,
} from '../../src/renderer/src/features/plans/opener-template';
import { insight, planDetail, prospect, settings } from '../helpers/fixtures';

afterEach(cleanup);

function show(text: string, fillable: { slot: string; value: string }[] = [], onFill = vi.fn()) {
  // What the plan screen hands the dialog: the blocks, and every unfilled slot.
  const findings = checkOpener({ text }).findings.filter(
    (f) => f.severity === 'block' || f.category === 'placeholder',
  );
  const onConfirm = vi.fn();
  render(
    <DialDialog
      findings={findings}
      text={text}
      pending={false}
      error={null}
      onCancel={vi.fn()}
      onConfirm={onConfirm}
      fillable={fillable}
      onFill={onFill}
    />,
  );
  return onConfirm;
}

describe('the dial gate', () => {
  it('quotes each unfilled placeholder and offers no way to dial past it', () => {
    show('Hi {firstName}, this is Dana with Tidewater. I’m calling because (pick an insight).');
    expect(screen.getByRole('dialog').textContent).toContain('{firstName}');
    expect(screen.getByRole('dialog').textContent).toContain('(pick an insight)');
    expect(screen.queryByRole('button', { name: 'Dial anyway' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to the opener' })).toBeTruthy();
  });

  it('says what a slot Settings now knows fills in as, and fills it on request', () => {
    const detail = planDetail({
      prospect: prospect({ name: 'Priya Shah', company: 'Acme' }),
      settings: settings({ repName: 'Sam Ortiz', repCompany: 'Brightline' }),
    });
    const text = 'Hi Priya, this is {myName} with {myCompany}. I call about {unknown}.';
    const fillable = fillableSlots(text, detail);
    expect(fillable).toEqual([
      { slot: '{myName}', value: 'Sam Ortiz' },
      { slot: '{myCompany}', value: 'Brightline' },
    ]);
    const onFill = vi.fn();
    show(text, fillable, onFill);
    expect(screen.getByRole('dialog').textContent).toContain('fills in as “Sam Ortiz”');
    expect(screen.getByRole('dialog').textContent).not.toContain('not set yet');
    fireEvent.click(screen.getByRole('button', { name: 'Fill in and go back' }));
    expect(onFill).toHaveBeenCalledOnce();
  });

  it('offers no fill when Settings cannot fill a slot', () => {
    show('Hi Sam, this is {myName} with Tidewater. Could we meet Thursday at 10?');
    expect(screen.getByRole('dialog').textContent).toContain('not set yet');
    expect(screen.queryByRole('button', { name: 'Fill in and go back' })).toBeNull();
  });

  it('still lets the rep dial another blocked opener with a reason', () => {
    show('Hi Sam, this is Dana with Tidewater. Is now a good time?');
    expect(screen.getByRole('button', { name: 'Dial anyway' })).toBeTruthy();
  });

  it('refuses the builder’s first draft when settings and insight are missing', () => {
    const detail = planDetail({
      prospect: prospect({ name: 'Priya Shah', company: 'Acme' }),
      settings: settings({ repName: '', repCompany: '' }),
    });
    const text = assemble(defaultSlots(detail), detail);
    const slots = checkOpener({ text }).findings.filter((f) => f.category === 'placeholder');
    expect(slots.map((f) => text.slice(f.start, f.end))).toEqual([
      '{myName}',
      '{myCompany}',
      '(pick an insight on the left)',
      '(say what they gain)',
    ]);
  });

  it('writes a first draft about the prospect more than about us, once its slots are filled', () => {
    for (const industry of ['Healthcare', '']) {
      const detail = planDetail({
        prospect: prospect({ name: 'Priya Shah', company: 'Lakeside Clinics', industry }),
        settings: settings({ repName: 'Sam Ortiz', repCompany: 'Freightwise' }),
        insights: [insight({ headline: 'Clinics lose one visit in eight to no-shows' })],
      });
      const text = assemble(defaultSlots(detail), detail).replace(
        '(say what they gain)',
        'fill the empty slots in your schedule',
      );
      const notes = checkOpener({ text }).findings.map((f) => f.ruleId);
      expect(notes).not.toContain('style.pronoun_balance');
      expect(notes.filter((id) => id.startsWith('self_focus.'))).toEqual([]);
    }
  });
});
