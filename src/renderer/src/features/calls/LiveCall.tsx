import { useEffect, useRef, useState } from 'react';
import { formatOffset, type CallOutcome } from '../../../../shared/domain/call';
import { CallingWindowBadge } from '../../ui/CallingWindowBadge';
import { CallHeading } from './CallHeading';
import { DialLink } from '../dialing/DialLink';
import { CheckerPanel } from '../plans/CheckerPanel';
import { useCallingWindow } from '../settings/useCallingWindow';
import { EndCallDialog } from './EndCallDialog';
import { NotesComposer } from './NotesComposer';
import { NotesTimeline } from './NotesTimeline';
import { OutcomePanel } from './OutcomePanel';
import { useCallFromOtherTabs, type CachedCall } from './queries';
import { SaveIndicator } from './SaveIndicator';
import { Teleprompter } from './Teleprompter';
import { useLiveCallCommands } from './useLiveCallCommands';
import { useLiveNotes } from './useLiveNotes';

function useElapsed(startedAt: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - Date.parse(startedAt));
}

/**
 * The screen the rep looks at while talking: the opener large, a notes box that saves every note
 * as it is added and the text being typed within 300 ms (useLiveNotes), and the outcome buttons
 * that end the call. Mounted once per call (keyed by id), so nothing here can outlive its call.
 */
export function LiveCall({ call }: { call: CachedCall }) {
  const notes = useLiveNotes(call);
  useCallFromOtherTabs(call.id);
  const [ending, setEnding] = useState<{ outcome: CallOutcome | null } | null>(null);
  const notesBox = useRef<HTMLTextAreaElement>(null);
  const elapsed = useElapsed(call.startedAt);
  const window = useCallingWindow(call.contact.timezone);
  useLiveCallCommands({
    toggleTag: notes.toggleTag,
    end: (outcome) => setEnding({ outcome }),
    ending: ending !== null,
    notesBox,
  });

  return (
    <div className="live-call">
      <header className="page-header live-header">
        <div>
          <CallHeading call={call}>
            Started {new Date(call.startedAt).toLocaleTimeString()}
          </CallHeading>
          <p className="call-contact" aria-label="Their phone and local time">
            {call.contact.phone ? (
              <span className="call-phone">
                <DialLink phone={call.contact.phone} />
              </span>
            ) : null}
            {window ? <CallingWindowBadge window={window} /> : null}
          </p>
        </div>
        <div className="live-status">
          <span className="call-timer" role="timer" aria-label="Time on the call">
            {formatOffset(elapsed)}
          </span>
          <SaveIndicator
            at={notes.saved.at}
            savedDraft={notes.saved.draft}
            error={notes.saved.error}
          />
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
            <NotesComposer notes={notes} boxRef={notesBox} />
            <NotesTimeline notes={call.notes} unsaved={notes.unsaved} onRetry={notes.retry} />
          </section>
        </div>

        <aside className="live-side">
          <OutcomePanel onEnd={(outcome) => setEnding({ outcome })} />
          {call.checkResult ? (
            <CheckerPanel result={call.checkResult} text={call.opener} dialed />
          ) : null}
        </aside>
      </div>

      {ending ? (
        <EndCallDialog
          call={call}
          initialOutcome={ending.outcome}
          unsentNote={notes.text.trim()}
          unsavedNotes={notes.unsaved.length}
          beforeEnd={notes.saveAll}
          onCancel={() => setEnding(null)}
        />
      ) : null}
    </div>
  );
}
