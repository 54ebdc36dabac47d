import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * Upkeep of the call-note full-text index, done while the rep pauses instead of inside a note's
 * save. Migration 009 turned FTS5's automerge off for `call_notes_fts`, so each saved note only
 * writes its own small segment; left alone, segments pile up and every search reads more of
 * them. Here they are merged in bounded steps once no note has been written for a moment, and
 * the WAL is then checkpointed, so neither the merge nor the checkpoint lands on a save.
 */

/**
 * Leaf pages merged per step: the longest a request arriving during upkeep waits for it. On the
 * 1M-note bench (shared machine, load ~11) a 16-page step took 2 ms of CPU at p50 and 17 ms at
 * p99 while the whole index was being rewritten; 64-page steps took 33 ms at p99.
 */
export const MERGE_STEP_PAGES = 16;

/** How long after the last note written upkeep starts: a pause, not a gap between keystrokes. */
export const IDLE_AFTER_MS = 1_000;

/**
 * One bounded 'merge' step on the call-note index, in its own transaction. Returns whether it
 * merged anything: FTS5's 'merge' command itself counts as one change, so a rise of two or more
 * in total_changes means it wrote segment pages, and less means nothing was left to merge.
 */
export function mergeNoteIndexStep(db: Db, pages: number = MERGE_STEP_PAGES): boolean {
  const totalChanges = statement(db, 'SELECT total_changes()').pluck();
  const before = totalChanges.get() as number;
  // A merge only reorganises what earlier commits already made durable. A step lost to a power
  // cut is dropped whole by WAL recovery, leaving the index as it was, only less merged; and the
  // next note's FULL commit syncs these frames anyway. So the step skips its own fsync (under
  // load most of its ~12 ms); the rep's setting is back before any other statement runs.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    db.transaction(() =>
      statement(
        db,
        `INSERT INTO call_notes_fts (call_notes_fts, rank) VALUES ('merge', @pages)`,
      ).run({ pages }),
    )();
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  return (totalChanges.get() as number) - before >= 2;
}

/** Merges until nothing is left and checkpoints the WAL; returns the number of steps. */
export function runNoteIndexUpkeep(db: Db, pages: number = MERGE_STEP_PAGES): number {
  let steps = 0;
  while (mergeNoteIndexStep(db, pages)) steps++;
  checkpointWhileIdle(db);
  return steps;
}

/**
 * PASSIVE: copies what it can without waiting on a reader, so it never blocks. Done here, the
 * WAL stays far below SQLite's own autocheckpoint (1000 pages), which would otherwise run inside
 * whichever commit crossed it.
 */
function checkpointWhileIdle(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}

export interface NoteIndexUpkeepOptions {
  idleAfterMs?: number;
  stepPages?: number;
  onError?: (error: unknown) => void;
}

/**
 * Waits for a pause in note writing on one connection, then merges step by step, yielding to
 * the event loop between steps so a request waiting meanwhile is served before the next step.
 * A note written during upkeep puts it off until the next pause.
 */
export class NoteIndexUpkeep {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #next: ReturnType<typeof setImmediate> | null = null;
  readonly #idleAfterMs: number;
  readonly #stepPages: number;
  readonly #onError: (error: unknown) => void;

  constructor(
    private readonly db: Db,
    options: NoteIndexUpkeepOptions = {},
  ) {
    this.#idleAfterMs = options.idleAfterMs ?? IDLE_AFTER_MS;
    this.#stepPages = options.stepPages ?? MERGE_STEP_PAGES;
    this.#onError =
      options.onError ?? ((error) => console.error('[notes] index upkeep failed:', error));
  }

  /** A note was written: (re)start waiting for a pause. */
  noteWritten(): void {
    this.stop();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#step();
    }, this.#idleAfterMs);
    // Upkeep never keeps the process alive: whatever is left waits for the next start.
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#next) clearImmediate(this.#next);
    this.#timer = null;
    this.#next = null;
  }

  #step(): void {
    this.#next = null;
    // A restore or quit closed this connection; the new one has its own upkeep.
    if (!this.db.open) return;
    // Never inside someone else's transaction: wait for the next pause instead.
    if (this.db.inTransaction) {
      this.noteWritten();
      return;
    }
    try {
      if (mergeNoteIndexStep(this.db, this.#stepPages)) {
        this.#next = setImmediate(() => this.#step());
        this.#next.unref();
      } else {
        checkpointWhileIdle(this.db);
      }
    } catch (error) {
      // The index stays correct unmerged (searches read more segments); try at the next pause.
      this.#onError(error);
    }
  }
}

const upkeeps = new WeakMap<Db, NoteIndexUpkeep>();

/** The upkeep of this connection, created on first use. */
export function noteIndexUpkeep(db: Db): NoteIndexUpkeep {
  let upkeep = upkeeps.get(db);
  if (!upkeep) {
    upkeep = new NoteIndexUpkeep(db);
    upkeeps.set(db, upkeep);
  }
  return upkeep;
}
