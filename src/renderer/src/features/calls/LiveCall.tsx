import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CALL_OUTCOMES,
  NOTE_TAGS,
  NOTE_TAG_LABELS,
  OUTCOME_LABELS,
  formatOffset,
  type CallDetail,
  type CallOutcome,
  type NoteTag,
} from '../../../../shared/domain/call';
import { Keys } from '../../app/commands/Keys';
import { useCommands } from '../../app/commands/useCommands';
import { CheckerPanel } from '../plans/CheckerPanel';
import { DraftSaver } from './draft-saver';
import { EndCallDialog } from './EndCallDialog';
import { NotesTimeline, type UnsavedNote } from './NotesTimeline';
import { addNote, saveDraft, useRememberDraft, useRememberNote, type CachedCall } from './queries';
import { SaveIndicator } from './SaveIndicator';
import { Teleprompter } from './Teleprompter';

/** Alt+1…4 put a quick tag on the next note; Alt+letter picks how the call ended. */
export const TAG_SHORTCUTS: Record<NoteTag, string> = {
  objection: 'alt+1',
  pain: 'alt+2',
  next_step: 'alt+3',
  insight_landed: 'alt+4',
};
export const OUTCOME_SHORTCUTS: Record<CallOutcome, string> = {
  meeting_booked: 'alt+m',
  callback: 'alt+c',
  not_interested: 'alt+n',
  voicemail: 'alt+v',
  gatekeeper: 'alt+g',
  no_answer: 'alt+a',
  wrong_person: 'alt+w',
};

const DAY_MS = 24 * 60 * 60 * 1000;
const RETRIES = 3;

function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

function useElapsed(startedAt: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - Date.parse(startedAt));
}

interface PendingNote extends UnsavedNote {
  draftRevision: number;
}

/**
 * The screen the rep looks at while talking: the opener large, a notes box that saves every note
 * as it is added and the text being typed within 300 ms, and the outcome buttons that end the call.
 * Mounted once per call (keyed by id), so nothing here can outlive the call it was opened for.
 */
export function LiveCall({ call }: { call: CachedCall }) {
  const [initialDraft] = useState(() => startingDraft(call));
  const [text, setText] = useState(initialDraft.body);
  const [tags, setTags] = useState<NoteTag[]>([]);
  const [unsaved, setUnsaved] = useState<PendingNote[]>([]);
  const [durable, setDurable] = useState<{ at: Date | null; draft: string }>(() => ({
    at: latestSave(call),
    draft: call.draft?.body ?? '',
  }));
  const [saveError, setSaveError] = useState<string | null>(null);
  const [ending, setEnding] = useState<{ outcome: CallOutcome | null } | null>(null);
  const saver = useRef<DraftSaver | null>(null);
  const notesBox = useRef<HTMLTextAreaElement>(null);
  const remember = useRememberNote();
  const rememberDraft = useRememberDraft();
  const elapsed = useElapsed(call.startedAt);

  useEffect(() => {
    const draftSaver = new DraftSaver({
      callId: call.id,
      storedRevision: initialDraft.revision,
      storedBody: initialDraft.body,
      save: saveDraft,
      onDurable: (confirmed) => {
        setDurable({ at: confirmed.at, draft: confirmed.body });
        rememberDraft.confirmed(call.id, confirmed);
        setSaveError(null);
      },
      onError: setSaveError,
    });
    saver.current = draftSaver;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void draftSaver.flush();
    };
    const onPageHide = () => void draftSaver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the screen writes what is pending, to this call.
      void draftSaver.dispose();
      rememberDraft.typed(call.id, draftSaver.latest);
      if (saver.current === draftSaver) saver.current = null;
    };
  }, [call.id, initialDraft, rememberDraft]);

  const sendNote = useCallback(
    async (note: PendingNote) => {
      for (let attempt = 1; ; attempt++) {
        try {
          // The same client id on every attempt: a save that landed but lost its reply is not doubled.
          const saved = await addNote({
            callId: call.id,
            body: note.body,
            tags: note.tags,
            offsetMs: note.offsetMs,
            clientId: note.clientId,
            draftRevision: note.draftRevision,
          });
          const at = new Date();
          remember(saved);
          setUnsaved((list) => list.filter((n) => n.clientId !== note.clientId));
          setDurable((current) => ({ ...current, at }));
          saver.current?.confirmCleared(note.draftRevision, at);
          setSaveError(null);
          return true;
        } catch (error) {
          const message = (error as Error).message;
          if (attempt >= RETRIES) {
            setUnsaved((list) =>
              list.map((n) =>
                n.clientId === note.clientId ? { ...n, status: 'failed', error: message } : n,
              ),
            );
            setSaveError(message);
            return false;
          }
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        }
      }
    },
    [call.id, remember],
  );

  const submitNote = useCallback((): Promise<boolean> => {
    const body = text.trim();
    const draftSaver = saver.current;
    if (!body || !draftSaver) return Promise.resolve(true);
    const note: PendingNote = {
      clientId: newClientId(),
      body,
      tags,
      offsetMs: Math.min(DAY_MS, Math.max(0, Date.now() - Date.parse(call.startedAt))),
      status: 'saving',
      draftRevision: draftSaver.takeForNote(),
    };
    setUnsaved((list) => [...list, note]);
    setText('');
    setTags([]);
    return sendNote(note);
  }, [call.startedAt, sendNote, tags, text]);

  const retry = (clientId: string) => {
    const note = unsaved.find((n) => n.clientId === clientId);
    if (!note) return;
    setUnsaved((list) =>
      list.map((n) => (n.clientId === clientId ? { ...n, status: 'saving', error: undefined } : n)),
    );
    void sendNote(note);
  };

  const toggleTag = (tag: NoteTag) =>
    setTags((current) =>
      current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag],
    );

  const dialogOpen = ending !== null;
  useCommands([
    ...NOTE_TAGS.map((tag) => ({
      id: `call.tag.${tag}`,
      title: `Tag the next note: ${NOTE_TAG_LABELS[tag]}`,
      section: 'Live call',
      shortcut: TAG_SHORTCUTS[tag],
      when: 'calls',
      run: () => toggleTag(tag),
    })),
    ...CALL_OUTCOMES.map((outcome) => ({
      id: `call.outcome.${outcome}`,
      title: `End the call: ${OUTCOME_LABELS[outcome]}`,
      section: 'Live call',
      shortcut: OUTCOME_SHORTCUTS[outcome],
      when: 'calls',
      enabled: !dialogOpen,
      run: () => setEnding({ outcome }),
    })),
    {
      id: 'call.notes',
      title: 'Go to the notes box',
      section: 'Live call',
      shortcut: 'n',
      when: 'calls',
      run: () => notesBox.current?.focus(),
    },
  ]);

  return (
    <div className="live-call">
      <header className="page-header live-header">
        <div>
          <p className="crumbs">
            <a href={`#/prospects/${call.prospectId}`}>{call.prospectName}</a> /
          </p>
          <h1>Call with {call.prospectName}</h1>
          <p>
            Started {new Date(call.startedAt).toLocaleTimeString()}
            {call.planId ? (
              <>
                {' '}
                from <a href={`#/plans/${call.planId}`}>the call plan</a>
              </>
            ) : null}
          </p>
        </div>
        <div className="live-status">
          <span className="call-timer" role="timer" aria-label="Time on the call">
            {formatOffset(elapsed)}
          </span>
          <SaveIndicator at={durable.at} savedDraft={durable.draft} error={saveError} />
        </div>
      </header>

      <div className="live-grid">
        <div className="live-main">
          <Teleprompter call={call} />
          {call.overrideReason ? (
            <p className="override" role="note">
              <strong>Dialed despite blocking findings:</strong> {call.overrideReason}
            </p>
          ) : null}

          <section className="card live-notes" aria-label="Notes">
            <div className="notes-compose">
              <label htmlFor="call-notes-box" className="notes-label">
                Note <Keys shortcut="n" />
              </label>
              <textarea
                id="call-notes-box"
                ref={notesBox}
                className="notes-box"
                rows={3}
                value={text}
                aria-describedby="call-notes-hint"
                placeholder="What did they say?"
                onChange={(event) => {
                  setText(event.target.value);
                  saver.current?.change(event.target.value);
                }}
                onBlur={() => void saver.current?.flush()}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                    event.preventDefault();
                    void submitNote();
                  }
                }}
              />
              <p id="call-notes-hint" className="field-hint">
                <Keys shortcut="enter" /> adds the note, stamped with the time into the call;{' '}
                <Keys shortcut="shift+enter" /> starts a new line.
              </p>
              <div className="quick-tags" role="group" aria-label="Tags for the next note">
                {NOTE_TAGS.map((tag) => (
                  <button
                    key={tag}
                    type="button"
                    className={`button small tag-toggle note-tag-${tag}`}
                    aria-pressed={tags.includes(tag)}
                    onClick={() => toggleTag(tag)}
                  >
                    {NOTE_TAG_LABELS[tag]} <Keys shortcut={TAG_SHORTCUTS[tag]} />
                  </button>
                ))}
              </div>
            </div>
            <NotesTimeline notes={call.notes} unsaved={unsaved} onRetry={retry} />
          </section>
        </div>

        <aside className="live-side">
          <section className="card outcomes" aria-labelledby="outcome-title">
            <h2 id="outcome-title" className="panel-title">
              How did it end?
            </h2>
            <div className="outcome-buttons">
              {CALL_OUTCOMES.map((outcome) => (
                <button
                  key={outcome}
                  type="button"
                  className={`button outcome outcome-${outcome}`}
                  onClick={() => setEnding({ outcome })}
                >
                  <span>{OUTCOME_LABELS[outcome]}</span>{' '}
                  <Keys shortcut={OUTCOME_SHORTCUTS[outcome]} />
                </button>
              ))}
            </div>
            <button
              type="button"
              className="button end-call"
              onClick={() => setEnding({ outcome: null })}
            >
              End call…
            </button>
          </section>
          {call.checkResult ? <CheckerPanel result={call.checkResult} text={call.opener} /> : null}
        </aside>
      </div>

      {ending ? (
        <EndCallDialog
          call={call}
          initialOutcome={ending.outcome}
          unsentNote={text.trim()}
          beforeEnd={submitNote}
          onCancel={() => setEnding(null)}
        />
      ) : null}
    </div>
  );
}

/** The box starts from the newest text typed in this window, else from what the backend holds. */
function startingDraft(call: CachedCall): { body: string; revision: number } {
  const stored = { body: call.draft?.body ?? '', revision: call.draft?.revision ?? 0 };
  return call.typedDraft && call.typedDraft.revision >= stored.revision ? call.typedDraft : stored;
}

/** The newest moment something of this call was confirmed saved, as loaded. */
function latestSave(call: CallDetail): Date | null {
  const times = [call.draft?.savedAt, ...call.notes.map((note) => note.updatedAt)].filter(
    (time): time is string => !!time,
  );
  if (times.length === 0) return null;
  return new Date(times.reduce((a, b) => (a > b ? a : b)));
}
