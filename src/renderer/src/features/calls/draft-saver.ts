import type { DraftSaveResult } from '../../../../shared/domain/call';

/** One scheduled save: everything it writes is fixed when it is scheduled, not when it runs. */
export interface DraftSave {
  callId: number;
  body: string;
  revision: number;
}

export interface DraftSaverOptions {
  callId: number;
  /** The revision already stored for this call; new saves count up from it. */
  storedRevision: number;
  /** The draft text the backend holds now. */
  storedBody: string;
  save: (draft: DraftSave) => Promise<DraftSaveResult>;
  /** A save the backend confirmed as durable; `body` is the draft now stored. */
  onDurable: (confirmed: { body: string; revision: number; at: Date }) => void;
  onError: (message: string) => void;
  delayMs?: number;
}

/**
 * Saves the text still being typed in a call's notes box. Each change gets the next revision and
 * is bound to this saver's call when it is scheduled, so a save that runs late (after the rep has
 * moved to another call) still writes to the call it was typed in, and the backend ignores it if
 * a newer revision has landed meanwhile. The last change is written `delayMs` after the last
 * keystroke, or at once by `flush()` (blur, hidden window, leaving the screen).
 */
export class DraftSaver {
  readonly callId: number;
  private revision: number;
  private confirmedRevision: number;
  private pending: DraftSave | null = null;
  private typed: { body: string; revision: number };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly options: DraftSaverOptions) {
    this.callId = options.callId;
    this.revision = options.storedRevision;
    this.confirmedRevision = options.storedRevision;
    this.typed = { body: options.storedBody, revision: options.storedRevision };
  }

  /**
   * The newest text of this call's box and its revision, saved or not: a screen reopened on this
   * call starts from here, so it shows what was typed and counts on from the newest revision.
   */
  get latest(): { body: string; revision: number } {
    return this.typed;
  }

  /** The rep changed the text: schedule a save of exactly this text for this call. */
  change(body: string): void {
    if (this.disposed) return;
    this.pending = { callId: this.callId, body, revision: ++this.revision };
    this.typed = { body, revision: this.revision };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 300);
  }

  /**
   * The text was turned into a note: the note's save clears the stored draft at the revision
   * returned here, so no separate draft save is needed and an older one cannot bring it back.
   */
  takeForNote(): number {
    clearTimeout(this.timer);
    this.pending = null;
    this.typed = { body: '', revision: ++this.revision };
    return this.revision;
  }

  /** A note save that carried `revision` was confirmed: the stored draft is now empty. */
  confirmCleared(revision: number, at: Date): void {
    this.confirm('', revision, at);
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Sends the scheduled save now, if there is one. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const draft = this.pending;
    if (!draft) return;
    this.pending = null;
    try {
      const result = await this.options.save(draft);
      this.confirm(result.draft.body, result.draft.revision, new Date());
    } catch (error) {
      // Keep the text for the next attempt unless something newer has been typed since.
      if (!this.pending) this.pending = draft;
      if (!this.disposed) this.options.onError((error as Error).message);
    }
  }

  /** Leaving the call: write what is pending, then accept no more changes. */
  dispose(): Promise<void> {
    const flushed = this.flush();
    this.disposed = true;
    return flushed;
  }

  private confirm(body: string, revision: number, at: Date): void {
    // Replies can arrive out of order; only a newer stored revision moves the indicator.
    if (revision < this.confirmedRevision) return;
    this.confirmedRevision = revision;
    // Reported even after dispose(): a save that lands after the rep left is still on disk.
    this.options.onDurable({ body, revision, at });
  }
}
