import type { GateData } from './worker-protocol';

/**
 * Test only: holds a worker job in the middle (after `afterRows` rows, or at a backup's check)
 * until `release()`. `held` resolves once the worker is waiting there, so a test proves a read is
 * answered while the job runs by order of events, not by how long anything takes.
 */
export class JobGate {
  readonly data: GateData;
  readonly held: Promise<void>;
  #markHeld!: () => void;

  constructor(afterRows = 1) {
    this.data = { buffer: new SharedArrayBuffer(4), afterRows };
    this.held = new Promise((resolve) => {
      this.#markHeld = resolve;
    });
  }

  /** Called by the job runner when the worker reports that it waits at the gate. */
  noticeHeld(): void {
    this.#markHeld();
  }

  release(): void {
    const flag = new Int32Array(this.data.buffer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
}

/** On the worker: waits while the gate is closed. Atomics.wait blocks only the worker thread. */
export function waitAtGate(data: GateData): void {
  Atomics.wait(new Int32Array(data.buffer), 0, 0);
}
