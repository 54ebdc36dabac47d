/**
 * Who may write to the library. A job that keeps a write transaction open for seconds (the import
 * commit on its worker's connection, data/commit-job.ts) holds it; the API's write channels wait
 * for it instead of waiting on that transaction's lock, where they would time out (busy_timeout)
 * behind a large import.
 */
export class WriteTurn {
  #released: Promise<void> | null = null;
  #watchers = new Set<(held: boolean) => void>();

  get held(): boolean {
    return this.#released !== null;
  }

  /** Takes the turn; the returned function gives it back. Refused while it is held. */
  take(): () => void {
    if (this.#released) throw new Error('The write turn is already held.');
    let release!: () => void;
    this.#released = new Promise((resolve) => {
      release = resolve;
    });
    this.#tell(true);
    return () => {
      this.#released = null;
      release();
      this.#tell(false);
    };
  }

  /**
   * Calls `watcher` each time a job takes the turn (true) or gives it back (false), at once:
   * for work that runs on another thread and must pause there (the search backfill). Returns
   * the function that stops the calls.
   */
  watch(watcher: (held: boolean) => void): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  #tell(held: boolean): void {
    for (const watcher of this.#watchers) watcher(held);
  }

  /** Resolves once no job holds the turn (at once when none does). */
  async free(): Promise<void> {
    while (this.#released) await this.#released;
  }
}
