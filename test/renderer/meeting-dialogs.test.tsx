// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CancelMeetingDialog,
  ChangeMeetingDialog,
} from '../../src/renderer/src/features/meetings/MeetingDialogs';
import { ApiCallError } from '../../src/renderer/src/lib/api-error';
import type { Meeting } from '../../src/shared/domain/meeting';

afterEach(cleanup);

// 14:30 on 10 December 2026 on the test machine's own clock, as the rep booked it.
const local = new Date(2026, 11, 10, 14, 30);
const meeting: Meeting = {
  id: 7,
  prospectId: 3,
  prospectName: 'Dana Whitfield',
  callId: 11,
  briefingId: 2,
  briefingTitle: 'Freight cost review',
  title: 'Briefing: Freight cost review',
  startsAt: local.toISOString(),
  durationMinutes: 45,
  attendees: ['dana@tidewater.example', 'ops@tidewater.example'],
  sequence: 0,
  cancelledAt: null,
  createdAt: '2026-12-03T10:00:00.000Z',
  updatedAt: '2026-12-03T10:00:00.000Z',
};

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });

describe('changing a meeting', () => {
  it('opens on the meeting as booked, in the rep’s own time, and saves what the rep changed', () => {
    const onSave = vi.fn();
    render(
      <ChangeMeetingDialog
        meeting={meeting}
        pending={false}
        error={null}
        onSave={onSave}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Change the meeting' })).toBeTruthy();
    expect([
      field('Date').value,
      field('Time').value,
      field('Length (minutes)').value,
      field('Attendees').value,
    ]).toEqual(['2026-12-10', '14:30', '45', 'dana@tidewater.example, ops@tidewater.example']);

    type('Date', '2026-12-11');
    type('Time', '09:15');
    type('Length (minutes)', '60');
    type('Attendees', 'dana@tidewater.example; cfo@tidewater.example');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({
      startsAt: new Date(2026, 11, 11, 9, 15).toISOString(),
      durationMinutes: 60,
      attendees: ['dana@tidewater.example', 'cfo@tidewater.example'],
    });
  });

  it('asks for a date instead of sending none, and shows the backend’s refusal on its field', () => {
    const onSave = vi.fn();
    const { rerender } = render(
      <ChangeMeetingDialog
        meeting={meeting}
        pending={false}
        error={null}
        onSave={onSave}
        onClose={vi.fn()}
      />,
    );
    type('Date', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(field('Date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('dialog').textContent).toContain('Pick the date of the meeting.');

    const refused = new ApiCallError('invalid_input', 'Invalid input', [
      { path: 'meeting.durationMinutes', message: 'A meeting lasts at least 5 minutes.' },
    ]);
    rerender(
      <ChangeMeetingDialog
        meeting={meeting}
        pending={false}
        error={refused}
        onSave={onSave}
        onClose={vi.fn()}
      />,
    );
    const length = field('Length (minutes)');
    expect(length.getAttribute('aria-invalid')).toBe('true');
    const described = length.getAttribute('aria-describedby') ?? '';
    expect(described.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      'A meeting lasts at least 5 minutes.',
    );
    // A refusal on a field is not repeated as a banner.
    expect(screen.queryByText('Invalid input')).toBeNull();
  });
});

describe('cancelling a meeting', () => {
  it('asks first, with "Keep the meeting" focused, and cancels only on the explicit button', () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    render(
      <CancelMeetingDialog
        meeting={meeting}
        pending={false}
        error={null}
        onConfirm={onConfirm}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this meeting?' });
    expect(dialog.textContent).toContain('Briefing: Freight cost review with Dana Whitfield');
    const keep = within(dialog).getByRole('button', { name: 'Keep the meeting' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the meeting' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('says so when the cancellation failed', () => {
    render(
      <CancelMeetingDialog
        meeting={meeting}
        pending={false}
        error={new ApiCallError('conflict', 'This meeting was cancelled; book a new one instead.')}
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The meeting was not cancelled: This meeting was cancelled; book a new one instead.',
    );
  });
});
