// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOpener } from '../../src/shared/checker';
import { DialDialog } from '../../src/renderer/src/features/plans/DialDialog';
import { assemble, defaultSlots } from '../../src/renderer/src/features/plans/opener-template';
import { planDetail, prospect, settings } from '../helpers/fixtures';

afterEach(cleanup);

function show(text: string) {
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
});
