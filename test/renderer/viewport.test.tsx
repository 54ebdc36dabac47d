// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewport } from '../../src/renderer/src/lib/useRowWindow';

/** jsdom has no ResizeObserver: this one reports each observed element's size when asked. */
const observed = new Set<{ target: Element; callback: ResizeObserverCallback }>();
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    observed.add({ target, callback: this.callback });
  }
  disconnect() {
    for (const entry of observed) if (entry.callback === this.callback) observed.delete(entry);
  }
}
const reportSizes = () =>
  act(() => {
    for (const { target, callback } of observed)
      callback([{ target } as ResizeObserverEntry], {} as ResizeObserver);
  });

function List({ shown }: { shown: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useViewport(scroller);
  return (
    <>
      <output>{`${viewport.top}/${viewport.height}`}</output>
      {shown ? <div data-testid="scroller" ref={scroller} /> : <p>Nothing here yet.</p>}
    </>
  );
}

function scrollTo(element: HTMLElement, top: number) {
  Object.defineProperty(element, 'scrollTop', { value: top, configurable: true });
  fireEvent.scroll(element);
}

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  observed.clear();
});

describe('useViewport', () => {
  it('follows the list that appears after an empty library, and its scrolling', async () => {
    const { rerender } = render(<List shown={false} />);
    expect(observed.size).toBe(0);
    rerender(<List shown />);
    const scroller = screen.getByTestId('scroller');
    Object.defineProperty(scroller, 'clientHeight', { value: 440, configurable: true });
    await reportSizes();
    expect(screen.getByRole('status').textContent).toBe('0/440');
    scrollTo(scroller, 4_400);
    expect(screen.getByRole('status').textContent).toBe('4400/440');
  });

  it('lets go of a list that is gone and follows the next one from its own position', async () => {
    const { rerender } = render(<List shown />);
    scrollTo(screen.getByTestId('scroller'), 880);
    expect(screen.getByRole('status').textContent).toMatch(/^880\//);
    rerender(<List shown={false} />);
    expect(observed.size).toBe(0);
    rerender(<List shown />);
    expect(screen.getByRole('status').textContent).toMatch(/^0\//);
  });
});
