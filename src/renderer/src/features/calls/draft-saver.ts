import type { DraftSaveResult } from '../../../../shared/domain/call';
import type { AutosaveOptions } from '../../ui/autosave';

/** One draft save: everything it writes is fixed when the change is made, not when it is sent. */
export interface DraftSave {
  callId: number;
  body: string;
  revision: number;
}

/** What the one autosave holds for a call's box: the newest text and the revision it was given. */
export type DraftEdit = Omit<DraftSave, 'callId'>;

/** The backend's answer, or null when the text was turned into a note before it was sent. */
export type DraftSaved = DraftSaveResult | null;

export interface CallDraftOptions {
  callId: number;
  /** The revision already stored for this call; new changes count up from it. */
  storedRevision: number;
  /** The draft text the backend holds now. */
  storedBody: string;
  save: (draft: DraftSave) => Promise<DraftSaveResult>;
  /** A save the backend confirmed as durable; `body` is the draft now stored. */
  onDurable: (confirmed: { body: string; revision: number; at: Date }) => void;
  /**
   * The backend kept a newer revision from elsewhere (another tab on the call) over this box's
   * text: the text, given a revision above it, which is handed to `resaveWith`'s saver.
   */
  onOvertaken?: (edit: DraftEdit) => void;
  now?: () => Date;
}

/**
 * The call-notes draft's adapter onto the one autosave (ui/autosave). The autosave debounces,
 * sends one save at a time, flushes on blur, route change, hidden page and unmount, and retries
 * with backoff; this adapter adds what is particular to a call's box:
 * - every change gets the next revision of this call's draft when it is typed, so a save sent
 *   late (after the rep moved to another call) still writes the call it was typed in, and the
 *   backend ignores it if a newer revision has landed meanwhile;
 * - turning the text into a note takes a revision too; a draft older than it is never sent, and
 *   the note's save clears the stored draft at that revision;
 * - the indicator only moves forward: a confirmation older than one already shown is dropped.
 */
export class CallDraftRevisions {
  readonly callId: number;
  private revision: number;
  private confirmedRevision: number;
  private takenForNote = -1;
  private typed: DraftEdit;
  private left = false;
  private resave: ((edit: DraftEdit) => void) | undefined;

  constructor(private readonly options: CallDraftOptions) {
    this.callId = options.callId;
    this.revision = options.storedRevision;
    this.confirmedRevision = options.storedRevision;
    this.typed = { body: options.storedBody, revision: options.storedRevision };
  }

  /** The options for this call's autosave: 300 ms after the last keystroke, newest text wins. */
  autosaveOptions(delayMs = 300): AutosaveOptions<DraftEdit, DraftSaved> {
    return {
      // Drafts are ordered by their own revisions (above), not by a stored base revision.
      baseRevision: this.options.storedRevision,
      delayMs,
      merge: (_older, newer) => newer,
      save: (edit) =>
        edit.revision <= this.takenForNote
          ? Promise.resolve(null)
          : this.options.save({ callId: this.callId, ...edit }),
      revisionOf: (saved) => saved?.draft.revision ?? this.confirmedRevision,
      onSaved: (saved) => {
        if (!saved) return;
        if (!saved.applied && this.overtaken(saved.draft)) return;
        this.confirm(saved.draft.body, saved.draft.revision, this.now());
      },
    };
  }

  /**
   * The newest text of this call's box and its revision, saved or not: a screen reopened on this
   * call starts from here, so it shows what was typed and counts on from the newest revision.
   */
  get latest(): DraftEdit {
    return this.typed;
  }

  /** The rep changed the text: the edit to hand to the autosave, or null after leaving. */
  change(body: string): DraftEdit | null {
    if (this.left) return null;
    this.typed = { body, revision: ++this.revision };
    return this.typed;
  }

  /** The text becomes a note: returns the revision at which the note's save clears the draft. */
  takeForNote(): number {
    this.takenForNote = ++this.revision;
    this.typed = { body: '', revision: this.revision };
    return this.revision;
  }

  /** A note save that carried `revision` was confirmed: the stored draft is now empty. */
  confirmCleared(revision: number, at: Date): void {
    this.confirm('', revision, at);
  }

  /**
   * Where text overtaken by another tab's newer draft goes to be saved again (the autosave's
   * edit); returns the way to stop.
   */
  resaveWith(edit: (edit: DraftEdit) => void): () => void {
    this.resave = edit;
    return () => {
      if (this.resave === edit) this.resave = undefined;
    };
  }

  /** Leaving the call's screen: what is pending is still saved, nothing new is accepted. */
  leave(): void {
    this.left = true;
  }

  /**
   * A save was not applied because the backend holds a newer revision: another tab's text, or a
   * note added there that cleared the draft. If this box still shows text of its own, that text
   * is not on disk; it is stamped above the stored revision and handed back to be saved (true).
   * An empty box, or the same text, never overwrites what the other tab stored.
   */
  private overtaken(stored: { body: string; revision: number }): boolean {
    if (stored.revision <= this.revision) return false;
    this.revision = stored.revision;
    if (this.left || this.typed.body === '' || this.typed.body === stored.body) return false;
    this.typed = { body: this.typed.body, revision: ++this.revision };
    this.options.onOvertaken?.(this.typed);
    this.resave?.(this.typed);
    return true;
  }

  private confirm(body: string, revision: number, at: Date): void {
    if (revision < this.confirmedRevision) return;
    this.confirmedRevision = revision;
    // Reported even after leaving: a save that lands after the rep left is still on disk.
    this.options.onDurable({ body, revision, at });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
