import { useEffect, useRef } from 'react';
import type { CheckResult } from '../../../../shared/checker';
import type { PlanDetail } from '../../../../shared/domain/plan';
import type { Prospect } from '../../../../shared/domain/prospect';
import { useConnection } from '../../lib/connection';
import { SaveStatus, type SaveStatusValue } from '../../ui/autosave';
import { CallingWindowBadge } from '../../ui/CallingWindowBadge';
import { useCallingWindow } from '../settings/useCallingWindow';

interface Props {
  prospect: Prospect;
  status: SaveStatusValue;
  /** null while the checker loads. */
  verdict: CheckResult['verdict'] | null;
  dialPending: boolean;
  /** The plan was changed elsewhere: Dial waits until the rep chooses what to keep. */
  conflict: boolean;
  onExport: () => void;
  onDial: () => void;
  /**
   * Nothing written yet: Dial says so in grey rather than "blocked" in red, which greeted every
   * new plan as if the rep had done something wrong.
   */
  noOpener?: boolean;
  /** A call dialed from this plan and not ended: Dial becomes the way back to it. */
  openCall?: PlanDetail['openCall'];
  /** A template slot is left in the opener: Dial will refuse it, and says so in red. */
  slotsLeft?: boolean;
}

const VERDICT_LABEL: Record<CheckResult['verdict'], string> = {
  ready: 'ready',
  needs_work: 'needs work',
  blocked: 'blocked',
};

/**
 * Who the plan is for, their local time, the save indicator and the Dial button. When their
 * local time is outside calling hours (or unknown), or they have no phone number, the warning
 * sits next to Dial and is read with it (aria-describedby); it warns, it does not stop the dial.
 */
export function PlanHeader({
  prospect,
  status,
  verdict,
  dialPending,
  conflict,
  onExport,
  onDial,
  noOpener = false,
  openCall = null,
  slotsLeft = false,
}: Props) {
  const window = useCallingWindow(prospect.timezone);
  const warn = window !== null && window.status !== 'inside';
  // Dial still starts the call (the rep may have the number elsewhere), but says so first.
  const noPhone = !prospect.phone.trim();
  const describedBy =
    [warn ? 'dial-hours-warning' : '', noPhone ? 'dial-phone-warning' : '']
      .filter(Boolean)
      .join(' ') || undefined;
  // A dial records the call first: with OneUp out of reach it would fail, so it waits (grey).
  const offline = useConnection().kind !== 'ok';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Whatever opened the plan (Today's row, Next prospect, a link) went away with its screen,
    // which left focus on the page itself: Tab restarted at the sidebar. The plan's title takes
    // it, so Tab goes on to the prospect, Export and Dial, and a screen reader says whose plan
    // this is. A field the rep is already in keeps it.
    const active = document.activeElement;
    if (active === null || active === document.body)
      heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="plan-header">
      <div>
        <h1 ref={heading} tabIndex={-1} title={`Call plan · ${prospect.name}`}>
          Call plan · <a href={`#/prospects/${prospect.id}`}>{prospect.name}</a>
        </h1>
        <p className="muted">
          {[prospect.title, prospect.company].filter(Boolean).join(', ')}
          {window?.status === 'inside' ? ' · their time ' : ''}
          {window?.status === 'inside' ? <CallingWindowBadge window={window} /> : null}
        </p>
        {warn ? (
          <p id="dial-hours-warning" className="dial-hours-warning" role="note">
            <CallingWindowBadge window={window} detailed />
          </p>
        ) : null}
        {openCall ? (
          <p id="dial-open-call" className="dial-open-call" role="note">
            A call from this plan is still open (started{' '}
            {new Date(openCall.startedAt).toLocaleTimeString([], {
              hour: 'numeric',
              minute: '2-digit',
            })}
            ). Return to it to take notes or end it; a new dial waits until it has ended.
          </p>
        ) : null}
        {noPhone ? (
          <p id="dial-phone-warning" className="dial-hours-warning" role="note">
            ⚠ No phone number for {prospect.name}:{' '}
            <a href={`#/prospects/${prospect.id}`}>add one on their page</a>, or dial it from your
            own list.
          </p>
        ) : null}
      </div>
      <div className="plan-actions">
        <button type="button" className="button" onClick={onExport}>
          Export Markdown
        </button>
        <SaveStatus status={status} />
        {openCall ? (
          <a
            href={`#/calls/${openCall.id}`}
            className="button dial dial-open"
            aria-describedby="dial-open-call"
          >
            Return to the call
            <span className="dial-verdict">in progress</span>
            <kbd>Ctrl ⏎</kbd>
          </a>
        ) : (
          <button
            type="button"
            className={`button dial dial-${noOpener || offline ? 'checking' : slotsLeft ? 'blocked' : (verdict ?? 'checking')}`}
            onClick={onDial}
            // During a conflict a click did nothing and said nothing (dial() stops on it): it is off,
            // and says why in its own words.
            disabled={dialPending || conflict || offline}
            aria-describedby={describedBy}
          >
            {verdict === 'blocked' && !noOpener && !offline ? 'Dial anyway…' : 'Dial'}
            <span className="dial-verdict">
              {conflict
                ? 'choose what to keep first'
                : offline
                  ? 'waiting for OneUp'
                  : slotsLeft && !noOpener
                    ? 'fill in the blanks'
                    : noOpener
                      ? 'no opener yet'
                      : verdict
                        ? VERDICT_LABEL[verdict]
                        : 'checking…'}
            </span>
            <kbd>Ctrl ⏎</kbd>
          </button>
        )}
      </div>
    </header>
  );
}
