import type { ApiFieldError } from '../../../../shared/api/result';
import { ApiCallError, errorMessage, isConflict } from '../../lib/api-error';

/** What the save indicator shows. Only `saved` says the text is on disk. */
export type SaveStatus =
  /** Nothing edited since the editor opened. */
  | { kind: 'idle' }
  /** Edits waiting for the pause after the last keystroke. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The backend confirmed the save at `at`. */
  | { kind: 'saved'; at: Date }
  /** The save failed (host down, disk full…); it is tried again after `retryInMs`. */
  | { kind: 'retrying'; message: string; attempt: number; retryInMs: number }
  /** The backend refused the edit itself (bad input); the next edit tries again. */
  | { kind: 'refused'; message: string; fields: ApiFieldError[] }
  /** Someone else saved first: nothing more is sent until the rep resolves it. */
  | { kind: 'conflict'; message: string };

export interface AutosaveOptions<Patch extends object, Saved> {
  /** The revision of the text the editor opened with. */
  baseRevision: number;
  /** Writes one merged change based on `baseRevision`; resolves with the stored row. */
  save: (patch: Patch, baseRevision: number) => Promise<Saved>;
  /** The revision the backend gave the stored row: the next save is based on it. */
  revisionOf: (saved: Saved) => number;
  /** Folds a newer edit into older unsaved ones; by default the newer fields win. */
  merge?: (older: Patch, newer: Patch) => Patch;
  /** The pause after the last edit before saving. */
  delayMs?: number;
  /** Backoff after a failed save: `firstRetryMs`, doubling, capped at `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  onSaved?: (saved: Saved, patch: Patch) => void;
  /** The backend refused a save as stale; `mine` is everything not yet saved. */
  onConflict?: (mine: Patch, error: ApiCallError) => void;
  now?: () => Date;
}

const shallowMerge = <Patch extends object>(older: Patch, newer: Patch): Patch => ({
  ...older,
  ...newer,
});

/**
 * Saves an editor's changes as the rep types, with no Save button and no framework:
 * - edits merge into one pending change, written `delayMs` after the last one, or at once by
 *   `flush()` (blur, route change, hidden page, leaving the screen);
 * - one save runs at a time, each based on the revision the previous one returned, so an older
 *   change can never land over a newer one and another window's save is never overwritten;
 * - a failed save keeps the change and retries with exponential backoff;
 * - a save refused as stale (`conflict`) stops everything until `resolve()` says what to keep.
 */
export class Autosave<Patch extends object, Saved> {
  private pending: Patch | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private held = false;
  private base: number;
  private current: SaveStatus = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private readonly merge: (older: Patch, newer: Patch) => Patch;

  constructor(private readonly options: AutosaveOptions<Patch, Saved>) {
    this.base = options.baseRevision;
    this.merge = options.merge ?? shallowMerge;
  }

  get status(): SaveStatus {
    return this.current;
  }

  /** The revision the next save will be based on. */
  get revision(): number {
    return this.base;
  }

  /** True while anything typed is not yet confirmed by the backend. */
  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /** Everything typed and not yet saved, merged; null when all is saved. */
  get unsaved(): Patch | null {
    return this.pending;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The rep changed something: merge it into the pending change and save after the pause. */
  edit(patch: Patch): void {
    this.pending = this.pending ? this.merge(this.pending, patch) : patch;
    // In conflict the rep decides what to keep.
    if (this.held) return;
    // A save in flight picks the edit up when it returns, based on the revision it gets back.
    if (this.inFlight) return;
    // While retrying, the indicator keeps saying so until a save lands; a new edit is a reason
    // to try again after the usual pause instead of waiting out a long backoff.
    if (this.current.kind !== 'retrying') this.setStatus({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? 500);
  }

  /** Saves what is pending now (after the save in flight, if any); resolves when it settled. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (!this.pending || this.held) return;
    const patch = this.pending;
    this.pending = null;
    this.setStatus({ kind: 'saving' });
    this.inFlight = this.send(patch, this.base).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /**
   * Ends a conflict: from now on saves are based on `revision` (the newest stored one), and
   * `chosen` (the version the rep kept or merged) is saved at once. `chosen` null: the stored
   * version stands and nothing is left to save.
   */
  async resolve(revision: number, chosen: Patch | null): Promise<void> {
    this.base = revision;
    this.held = false;
    this.attempt = 0;
    this.pending = chosen;
    if (chosen) await this.flush();
    else this.setStatus({ kind: 'saved', at: this.now() });
  }

  /** Stops any scheduled save or retry; nothing is sent after this. */
  dispose(): void {
    clearTimeout(this.timer);
    this.held = true;
  }

  private async send(patch: Patch, base: number): Promise<void> {
    try {
      const saved = await this.options.save(patch, base);
      this.base = this.options.revisionOf(saved);
      this.attempt = 0;
      this.options.onSaved?.(saved, patch);
      if (this.pending && !this.held) {
        this.setStatus({ kind: 'pending' });
        this.schedule(this.options.delayMs ?? 500);
      } else {
        this.setStatus({ kind: 'saved', at: this.now() });
      }
    } catch (error) {
      // Nothing typed is dropped: the failed change goes back under anything typed since.
      this.pending = this.pending ? this.merge(patch, this.pending) : patch;
      if (isConflict(error)) {
        this.held = true;
        this.attempt = 0;
        this.setStatus({ kind: 'conflict', message: error.message });
        this.options.onConflict?.(this.pending, error);
        return;
      }
      if (
        error instanceof ApiCallError &&
        (error.code === 'invalid_input' || error.code === 'not_found')
      ) {
        // Sending the same change again cannot help; the rep's next edit will.
        this.attempt = 0;
        this.setStatus({ kind: 'refused', message: error.message, fields: error.fields });
        return;
      }
      this.attempt += 1;
      const retryInMs = Math.min(
        (this.options.firstRetryMs ?? 1_000) * 2 ** (this.attempt - 1),
        this.options.maxRetryMs ?? 30_000,
      );
      this.setStatus({
        kind: 'retrying',
        message: errorMessage(error),
        attempt: this.attempt,
        retryInMs,
      });
      if (!this.held) this.schedule(retryInMs);
    }
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private setStatus(status: SaveStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
