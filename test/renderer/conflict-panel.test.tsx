// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictPanel } from '../../src/renderer/src/ui/ConflictPanel';

afterEach(cleanup);
// jsdom lays nothing out, so it has no scrollIntoView; record the calls instead.
const scrolled = vi.fn();
Element.prototype.scrollIntoView = scrolled;

function show() {
  const handlers = { onKeepMine: vi.fn(), onKeepTheirs: vi.fn(), onSaveMerged: vi.fn() };
  render(
    <ConflictPanel
      heading="This plan was changed elsewhere"
      fields={[{ key: 'opener', label: 'Opener', mine: 'Mine: Hi Dana', theirs: 'Theirs: Hello' }]}
      {...handlers}
    />,
  );
  return handlers;
}

describe('the conflict panel', () => {
  it('is a named region showing both versions side by side', () => {
    show();
    const region = screen.getByRole('region', { name: 'This plan was changed elsewhere' });
    expect(within(region).getByRole('figure', { name: 'Your opener' }).textContent).toContain(
      'Mine: Hi Dana',
    );
    expect(within(region).getByRole('figure', { name: 'Saved opener' }).textContent).toContain(
      'Theirs: Hello',
    );
  });

  it('keeps mine, keeps theirs, or saves the merge as the rep edited it', () => {
    const handlers = show();
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(handlers.onKeepMine).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(handlers.onKeepTheirs).toHaveBeenCalledOnce();
    const merged = screen.getByRole('textbox', { name: 'Merged opener' });
    expect((merged as HTMLTextAreaElement).value).toBe('Mine: Hi Dana');
    fireEvent.change(merged, { target: { value: 'Hello, Hi Dana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(handlers.onSaveMerged).toHaveBeenCalledWith({ opener: 'Hello, Hi Dana' });
  });

  it('comes into view with focus on its heading, since the field typed in goes inert behind it', () => {
    show();
    const heading = screen.getByRole('heading', { name: 'This plan was changed elsewhere' });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toHaveBeenCalled();
  });
});
