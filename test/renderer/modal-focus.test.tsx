// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Modal } from '../../src/renderer/src/ui/Modal';

afterEach(cleanup);

/** A dialog whose form is swapped for a message, as one is once its data turns out empty. */
function Swapping({ onClose, swap }: { onClose: () => void; swap: (run: () => void) => void }) {
  const [empty, setEmpty] = useState(false);
  swap(() => setEmpty(true));
  return (
    <>
      <button type="button">Behind the dialog</button>
      <Modal title="New briefing from a template" onClose={onClose}>
        {empty ? (
          <button type="button" onClick={onClose}>
            Close
          </button>
        ) : (
          <input aria-label="Template" />
        )}
      </Modal>
    </>
  );
}

describe('a modal whose focused control goes away', () => {
  it('keeps focus inside, so Escape still closes it', async () => {
    const onClose = vi.fn();
    let run = () => {};
    render(<Swapping onClose={onClose} swap={(next) => (run = next)} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Template'));
    act(() => run());
    // The observer runs after the DOM change.
    await act(() => Promise.resolve());
    const dialog = screen.getByRole('dialog', { name: 'New briefing from a template' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
