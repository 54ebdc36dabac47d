// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanHeader } from '../../src/renderer/src/features/plans/PlanHeader';
import { settingsKeys } from '../../src/renderer/src/features/settings/queries';
import { DEFAULT_SETTINGS } from '../../src/shared/domain/settings';
import { prospect } from '../helpers/fixtures';

afterEach(cleanup);

/** The header as the plan screen draws it; the settings are in the cache, nothing is fetched. */
function show(
  phone: string,
  timezone: string,
  more: Partial<Parameters<typeof PlanHeader>[0]> = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(settingsKeys.all, DEFAULT_SETTINGS);
  render(
    <QueryClientProvider client={client}>
      <PlanHeader
        prospect={prospect({ name: 'Zoë Martin', phone, timezone })}
        status={{ kind: 'idle' }}
        verdict="ready"
        dialPending={false}
        conflict={false}
        onExport={() => {}}
        onDial={() => {}}
        {...more}
      />
    </QueryClientProvider>,
  );
  return screen.getByRole('button', { name: /^Dial/ });
}

describe('the plan header beside Dial', () => {
  it('says when the prospect has no phone number, and Dial reads it with its name', () => {
    const dial = show('', '');
    const note = screen.getByText(/No phone number for Zoë Martin/);
    expect(note.textContent).toContain('add one on their page');
    const described = (dial.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toContain('dial-phone-warning');
    // The unknown local time (no zone) is still said beside it.
    expect(described).toContain('dial-hours-warning');
  });

  it('says nothing of the number when there is one', () => {
    const dial = show('+1 757 555 0142', '');
    expect(screen.queryByText(/No phone number/)).toBeNull();
    expect(dial.getAttribute('aria-describedby')).toBe('dial-hours-warning');
  });

  it('greets a plan with no opener yet in grey, not as a blocked dial', () => {
    const dial = show('+1 757 555 0142', '', { verdict: 'blocked', noOpener: true });
    expect(dial.textContent).toContain('no opener yet');
    expect(dial.textContent).not.toContain('Dial anyway');
    expect(dial.className).toContain('dial-checking');
    cleanup();
    const written = show('+1 757 555 0142', '', { verdict: 'blocked' });
    expect(written.textContent).toContain('Dial anyway');
    expect(written.className).toContain('dial-blocked');
  });

  it('says a slot is left in red, whatever the verdict, since Dial refuses it', () => {
    const dial = show('+1 757 555 0142', '', { verdict: 'needs_work', slotsLeft: true });
    expect(dial.textContent).toContain('fill in the blanks');
    expect(dial.className).toContain('dial-blocked');
  });
});
