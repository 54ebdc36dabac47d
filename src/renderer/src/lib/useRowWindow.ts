import { useEffect, useRef, useState, type RefObject } from 'react';

/** A row the list renders: its index in the whole list and where it starts, in pixels. */
export interface WindowRow {
  index: number;
  start: number;
}

export interface RowWindow {
  rows: WindowRow[];
  /** Space above the first rendered row and below the last, standing in for the rows off screen. */
  padTop: number;
  padBottom: number;
}

/**
 * The rows of a list of equal-height rows that are in view, with `overscan` rows either side.
 * With one row height the window is arithmetic, the same cost at 10 rows or 100k. (TanStack
 * Virtual, used before, builds one measurement object per row whenever the count changes: about
 * 30 ms of the cold load onto 100k prospects in the coldstart bench's CPU profile.)
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  overscan: number,
  viewport: Viewport,
): RowWindow {
  if (count <= 0) return { rows: [], padTop: 0, padBottom: 0 };
  const { start: first, end } = visibleRange(rowHeight, overscan, viewport);
  const last = Math.min(count - 1, end);
  const rows: WindowRow[] = [];
  for (let index = first; index <= last; index++) rows.push({ index, start: index * rowHeight });
  return { rows, padTop: first * rowHeight, padBottom: (count - 1 - last) * rowHeight };
}

/** The scroll position that brings row `index` into view, or null when it is already in view. */
export function scrollTopFor(index: number, rowHeight: number, viewport: Viewport): number | null {
  const start = index * rowHeight;
  if (start < viewport.top) return start;
  if (start + rowHeight > viewport.top + viewport.height) {
    return start + rowHeight - viewport.height;
  }
  return null;
}

export interface Viewport {
  top: number;
  height: number;
}

/**
 * The first and last row index in view with `overscan` either side, whatever the list's length
 * (the rows to fetch are known before the list's total is).
 */
export function visibleRange(
  rowHeight: number,
  overscan: number,
  viewport: Viewport,
): { start: number; end: number } {
  return {
    start: Math.max(0, Math.floor(viewport.top / rowHeight) - overscan),
    end: Math.ceil((viewport.top + viewport.height) / rowHeight) - 1 + overscan,
  };
}

/**
 * The scroll position and height of a scrolling element. Nothing here forces a layout while the
 * screen mounts: until the element's first resize report the window's height stands in for its
 * own (enough rows for the first frame), the height comes from ResizeObserver, which reports after
 * layout, and the scroll offset is read in scroll events. (Reading `clientHeight` while the screen
 * mounted forced a layout of the half-built page: 30 ms of a cold load in the coldstart profile
 * on a busy machine.) The element may come and go (an empty library shows no list): after every
 * render the hook follows whichever element the ref holds.
 */
export function useViewport(scroller: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>(() => ({
    top: 0,
    height: typeof window === 'undefined' ? 0 : window.innerHeight,
  }));
  const followed = useRef<{ element: HTMLElement; stop: () => void } | null>(null);

  // After every render on purpose: the ref's element can change (the list shown after an empty
  // library) without anything this hook depends on changing; the check stops it there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const element = scroller.current;
    if (followed.current?.element === element) return;
    followed.current?.stop();
    followed.current = element ? { element, stop: follow(element, setViewport) } : null;
  });
  useEffect(
    () => () => {
      followed.current?.stop();
      followed.current = null;
    },
    [],
  );
  return viewport;
}

function follow(
  element: HTMLElement,
  setViewport: (update: (current: Viewport) => Viewport) => void,
): () => void {
  const update = (next: Partial<Viewport>) =>
    setViewport((current) =>
      (next.top ?? current.top) === current.top &&
      (next.height ?? current.height) === current.height
        ? current
        : { ...current, ...next },
    );
  const onScroll = () => update({ top: element.scrollTop });
  element.addEventListener('scroll', onScroll, { passive: true });
  const resize = new ResizeObserver(([entry]) => {
    if (entry) update({ height: entry.target.clientHeight });
  });
  resize.observe(element);
  // A list shown again starts where its element is (at the top for a new one).
  onScroll();
  return () => {
    element.removeEventListener('scroll', onScroll);
    resize.disconnect();
  };
}

/** Scrolls `element` just enough to bring row `index` into view. */
export function scrollRowIntoView(element: HTMLElement, index: number, rowHeight: number): void {
  const top = scrollTopFor(index, rowHeight, {
    top: element.scrollTop,
    height: element.clientHeight,
  });
  if (top !== null) element.scrollTo({ top });
}
