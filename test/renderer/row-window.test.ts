import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopFor } from '../../src/renderer/src/lib/useRowWindow';

describe('rowWindow: the rows of an equal-height list that are in view', () => {
  it('renders the rows in view and the overscan, with the rest as padding', () => {
    const view = rowWindow(100_000, 44, 12, { top: 44 * 1000, height: 440 });
    expect(view.rows[0]).toEqual({ index: 988, start: 988 * 44 });
    expect(view.rows.at(-1)!.index).toBe(1000 + 10 - 1 + 12);
    expect(view.padTop).toBe(988 * 44);
    // Every row is accounted for: padding, rendered rows, padding.
    expect(view.padTop + view.rows.length * 44 + view.padBottom).toBe(100_000 * 44);
  });

  it('stops at both ends of the list', () => {
    const top = rowWindow(30, 44, 12, { top: 0, height: 440 });
    expect(top.rows.map((r) => r.index)).toEqual([...Array(22).keys()]);
    expect(top.padTop).toBe(0);
    expect(top.padBottom).toBe(8 * 44);
    const end = rowWindow(30, 44, 12, { top: 30 * 44 - 440, height: 440 });
    expect(end.rows.at(-1)!.index).toBe(29);
    expect(end.padBottom).toBe(0);
  });

  it('shows the overscan before the viewport is measured, and nothing for an empty list', () => {
    expect(rowWindow(500, 44, 12, { top: 0, height: 0 }).rows).toHaveLength(12);
    expect(rowWindow(0, 44, 12, { top: 0, height: 440 })).toEqual({
      rows: [],
      padTop: 0,
      padBottom: 0,
    });
  });
});

describe('scrollTopFor: bringing a selected row into view', () => {
  const viewport = { top: 440, height: 440 };
  it('scrolls up to a row above the view and down to a row below it', () => {
    expect(scrollTopFor(5, 44, viewport)).toBe(220);
    expect(scrollTopFor(25, 44, viewport)).toBe(26 * 44 - 440);
  });
  it('leaves a row that is already in view where it is', () => {
    expect(scrollTopFor(10, 44, viewport)).toBeNull();
    expect(scrollTopFor(19, 44, viewport)).toBeNull();
  });
});
