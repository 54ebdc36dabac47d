/**
 * TEST ONLY: how far the backend's clock is set from the real one. Zero unless a host started
 * with a test clock (host/cli.ts, ONEUP_TEST_NOW); the Electron main process never sets it.
 */
let testClockOffsetMs = 0;

/** TEST ONLY: makes "now" read `iso` at this moment and run on from there. */
export function setTestClock(iso: string): void {
  testClockOffsetMs = Date.parse(iso) - Date.now();
}

/** TEST ONLY: the offset a test clock set, handed to worker threads so they keep the same time. */
export const testClockOffset = (): number => testClockOffsetMs;

/** TEST ONLY: a worker thread takes its host's test clock offset (see testClockOffset). */
export function setTestClockOffset(offsetMs: number): void {
  testClockOffsetMs = offsetMs;
}

/** The backend's "now": what calls, plans and sample data are stamped with. */
export const now = (): Date => new Date(Date.now() + testClockOffsetMs);

/** Timestamps are stored as ISO-8601 UTC text: sortable as text, readable in the file. */
export const nowIso = (): string => now().toISOString();

export const parseJsonArray = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};
