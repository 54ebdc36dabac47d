/**
 * How long a test waits for work it cannot step itself (a backup on a worker thread, a query that
 * settles, a window that opens). The libraries' default of one second fails on a loaded 2-core
 * machine; a wait is never an assertion of speed, which lives in `npm run bench`.
 */
export const PATIENCE = { timeout: 20_000, interval: 50 } as const;
