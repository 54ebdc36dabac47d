import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChannelName } from '../../shared/api/contract';
import type { ReadExecutor, ReadOutcome } from './router';

/**
 * Read channels served by worker threads, each with its own read-only connection to the library,
 * beside the one connection that writes (issue #11: the host answered one request at a time, so
 * 16 clients listing prospects waited 14.5× as long as one, and one slow read froze every other).
 *
 * better-sqlite3 is synchronous, so several connections on the main thread would still answer one
 * at a time: the readers must be threads. In WAL mode each read sees the last commit, and neither
 * waits for the writer nor holds it up. A write returns only once committed, so a read asked
 * after it (by the same client or any other) sees it.
 *
 * Requests wait in one queue and go to whichever reader is free, so a fast read never waits
 * behind a slow one while another reader is idle. Until a reader is up (start, or right after a
 * restore) `run` says 'unavailable' and the router serves the read on the writing connection.
 *
 * The pool starts with one reader and grows to `size` only when reads have to wait: a rep alone
 * in the app reads one thing at a time, and each reader costs a thread that loads the backend
 * (about a fifth of a second of CPU) and holds its own caches (about 25 MB). A read that waits
 * `GROW_AFTER_MS` for a busy reader starts the next one; the burst of small reads a screen sends
 * at once is answered well within that.
 */

export interface ReadPoolOptions {
  /** The library file the readers open (read-only). */
  file: string;
  /** The most reader threads the pool grows to. */
  size: number;
  /** How many start with the pool (default 1, at most `size`); the rest start when reads wait. */
  initial?: number;
  /** The reader's script: the built `read-worker.js` (tests bundle `read-worker.ts` first). */
  entry: string;
  /** The Electron build of better-sqlite3 (see db/open.ts); absent under plain Node. */
  nativeBinding?: string | undefined;
  /** TEST ONLY: the backend's test clock offset, so readers tell the same time. */
  clockOffsetMs?: number;
  /** Where a reader that failed to start or stopped unexpectedly is reported. */
  onProblem?: (message: string, error?: unknown) => void;
}

/**
 * One reader per core, up to 4: a read is CPU work, so more threads than cores only take turns,
 * and each holds its own page cache. Two cores give two readers beside the main thread.
 */
export function defaultReaderCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** How long a read waits for a busy reader before the pool starts another (up to `size`). */
export const GROW_AFTER_MS = 20;

/** The built reader script, which electron-vite writes beside the hosts' entries in out/main/. */
export function builtReaderEntry(entryDir: string): string {
  return join(entryDir, 'read-worker.js');
}

/** What the main thread sends a reader. */
export type ToReader =
  | { type: 'read'; id: number; channel: ChannelName; input: unknown }
  /** Close the connection and end the thread. */
  | { type: 'close' };

/** What a reader sends back. */
export type FromReader =
  | { type: 'ready' }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'done'; id: number; outcome: Exclude<ReadOutcome, 'unavailable'> };

/** What the main thread hands a reader when starting it (its `workerData`). */
export interface ReaderData {
  file: string;
  nativeBinding?: string | undefined;
  clockOffsetMs: number;
}

interface Job {
  id: number;
  channel: ChannelName;
  input: unknown;
  resolve: (outcome: ReadOutcome) => void;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  exited: Promise<void>;
}

export interface ReadPoolStats {
  /** Readers up and serving. */
  readers: number;
  /** Reads answered by a reader since the pool was created. */
  served: number;
  /** Reads waiting for a free reader now. */
  queued: number;
  /** Reader threads not yet ended (up, starting or closing). */
  threads: number;
}

export class ReadPool implements ReadExecutor {
  #readers: Reader[] = [];
  #queue: Job[] = [];
  #nextId = 1;
  #served = 0;
  #open = false;
  #started: Promise<void> = Promise.resolve();
  #closing: Promise<void> | null = null;
  #threads = 0;
  #growing: ReturnType<typeof setTimeout> | null = null;
  /** A reader failed to start or stopped: the pool does not start more to replace it. */
  #broken = false;

  constructor(readonly options: ReadPoolOptions) {}

  /**
   * Starts the first readers (`initial`); reads are served on the writing connection until one
   * is up.
   */
  open(): void {
    if (this.#open) return;
    this.#open = true;
    const count = Math.min(this.options.size, Math.max(1, this.options.initial ?? 1));
    const starting: Promise<void>[] = [];
    for (let i = 0; i < count; i++) starting.push(this.#startReader());
    this.#started = Promise.all(starting).then(() => undefined);
  }

  /** Resolves once every reader started by the last `open` is up (or failed to start). */
  whenReady(): Promise<void> {
    return this.#started;
  }

  run(channel: ChannelName, input: unknown): Promise<ReadOutcome> | 'unavailable' {
    if (!this.#open || !this.#readers.some((reader) => reader.ready)) return 'unavailable';
    return new Promise<ReadOutcome>((resolve) => {
      this.#queue.push({ id: this.#nextId++, channel, input, resolve });
      this.#dispatch();
    });
  }

  stats(): ReadPoolStats {
    return {
      readers: this.#readers.filter((reader) => reader.ready).length,
      served: this.#served,
      queued: this.#queue.length,
      threads: this.#threads,
    };
  }

  /**
   * Stops every reader once its current read is answered, and resolves when their connections
   * are closed and the threads gone: a restore waits for this before it moves the file (Windows
   * refuses to replace a file that is open). Reads still queued are answered 'unavailable', so
   * the router serves them on the writing connection.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#open = false;
    if (this.#growing) clearTimeout(this.#growing);
    this.#growing = null;
    for (const job of this.#queue.splice(0)) job.resolve('unavailable');
    const readers = this.#readers;
    this.#readers = [];
    for (const reader of readers) {
      // A reader still starting holds no read and at most a read-only connection: it is ended
      // at once, instead of being waited for until it has loaded (seconds on a busy machine, for
      // a host stopped right after it started). An idle reader goes now; a busy one as soon as
      // it has answered (see #finish).
      if (!reader.ready) void reader.worker.terminate();
      else if (!reader.job) stop(reader);
    }
    await Promise.all(readers.map((reader) => reader.exited));
  }

  #startReader(): Promise<void> {
    const data: ReaderData = {
      file: this.options.file,
      nativeBinding: this.options.nativeBinding,
      clockOffsetMs: this.options.clockOffsetMs ?? 0,
    };
    const worker = new Worker(this.options.entry, { workerData: data });
    // Readers never keep the process alive on their own.
    worker.unref();
    this.#threads++;
    let markExited!: () => void;
    const reader: Reader = {
      worker,
      ready: false,
      job: null,
      exited: new Promise((resolve) => (markExited = resolve)),
    };
    this.#readers.push(reader);
    return new Promise<void>((started) => {
      worker.on('message', (message: FromReader) => {
        if (message.type === 'ready') {
          reader.ready = true;
          started();
          this.#dispatch();
        } else if (message.type === 'failed') {
          this.options.onProblem?.(`a reader could not open the library: ${message.message}`);
          this.#broken = true;
          this.#drop(reader);
          started();
        } else if (message.type === 'done' && reader.job?.id === message.id) {
          this.#finish(reader, message.outcome);
        }
      });
      worker.on('error', (error) => {
        this.options.onProblem?.('a reader stopped', error);
        this.#broken = true;
        this.#drop(reader);
        started();
      });
      worker.on('exit', () => {
        // A reader that exits mid-read leaves that read to the writing connection.
        reader.job?.resolve('unavailable');
        reader.job = null;
        this.#drop(reader);
        this.#threads--;
        markExited();
        started();
      });
    });
  }

  #finish(reader: Reader, outcome: ReadOutcome): void {
    const job = reader.job;
    reader.job = null;
    this.#served++;
    job?.resolve(outcome);
    if (this.#readers.includes(reader)) this.#dispatch();
    else stop(reader);
  }

  #drop(reader: Reader): void {
    reader.ready = false;
    this.#readers = this.#readers.filter((other) => other !== reader);
    if (!this.#readers.some((other) => other.ready)) {
      // No reader left: what waits is served on the writing connection.
      for (const job of this.#queue.splice(0)) job.resolve('unavailable');
    }
    void reader.worker.terminate();
  }

  #dispatch(): void {
    for (const reader of this.#readers) {
      if (!this.#queue.length) return;
      if (!reader.ready || reader.job) continue;
      const job = this.#queue.shift()!;
      reader.job = job;
      const message: ToReader = {
        type: 'read',
        id: job.id,
        channel: job.channel,
        input: job.input,
      };
      reader.worker.postMessage(message);
    }
    if (this.#queue.length) this.#growSoon();
  }

  /** Starts one more reader if reads are still waiting `GROW_AFTER_MS` from now and there is room. */
  #growSoon(): void {
    if (this.#growing || this.#broken || this.#readers.length >= this.options.size) return;
    this.#growing = setTimeout(() => {
      this.#growing = null;
      if (!this.#open || !this.#queue.length || this.#readers.length >= this.options.size) return;
      void this.#startReader();
    }, GROW_AFTER_MS);
    // A pending growth never keeps the process alive.
    this.#growing.unref();
  }
}

/** Asks a reader to close its connection and end; it does once the read in hand is answered. */
function stop(reader: Reader): void {
  const message: ToReader = { type: 'close' };
  reader.worker.postMessage(message);
}
