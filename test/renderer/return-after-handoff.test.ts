// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReturnAfterHandOff } from '../../src/renderer/src/features/dialing/useReturnAfterHandOff';

/** The rep switches back to OneUp: the window is focused again. */
const comeBack = () => act(() => void window.dispatchEvent(new Event('focus')));

describe('coming back after a number went to another phone', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('offers to log the call once the rep was away long enough to have made one', () => {
    const { result } = renderHook(() => useReturnAfterHandOff());
    act(() => result.current.handedOff());
    // A glance at another window is not a call.
    vi.advanceTimersByTime(2_000);
    comeBack();
    expect(result.current.returned).toBe(false);
    vi.advanceTimersByTime(60_000);
    comeBack();
    expect(result.current.returned).toBe(true);
    act(() => result.current.dismiss());
    expect(result.current.returned).toBe(false);
    // Said once: coming back again without a new hand-off asks nothing.
    vi.advanceTimersByTime(60_000);
    comeBack();
    expect(result.current.returned).toBe(false);
  });

  it('asks nothing when no number was handed off', () => {
    const { result } = renderHook(() => useReturnAfterHandOff());
    vi.advanceTimersByTime(60_000);
    comeBack();
    expect(result.current.returned).toBe(false);
  });
});
