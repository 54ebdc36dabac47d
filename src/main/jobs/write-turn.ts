/**
 * Who may write on the main connection. A job that keeps a transaction open across turns of the
 * event loop (the import commit, data/commit-job.ts) holds it; the API's write channels wait for
 * it instead of running inside that transaction, where a cancel would roll their change back
 * with the import's.
 */
export class WriteTurn {
  #released: Promise<void> | null = null;

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
    return () => {
      this.#released = null;
      release();
    };
  }

  /** Resolves once no job holds the turn (at once when none does). */
  async free(): Promise<void> {
    while (this.#released) await this.#released;
  }
}
