import { useEffect, useRef } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import { SaveStatus } from '../../ui/autosave';
import { focusIfIdle } from '../../ui/focusIfIdle';
import { CallingHoursFields } from './CallingHoursFields';
import { IdentityFields } from './IdentityFields';
import { useSettings } from './queries';
import { useSettingsEditor } from './useSettingsEditor';

/**
 * Asked once, on the first screen: who the rep is (the opener builder and the checker's identity
 * check use it) and when prospects may be called. Saved as typed, like the Settings screen;
 * "Start calling" hides it for good, and everything stays editable in Settings.
 */
export function FirstRunCard() {
  const settings = useSettings();
  if (!settings.data || settings.data.firstRunDone) return null;
  return <FirstRunForm initial={settings.data} />;
}

function FirstRunForm({ initial }: { initial: Settings }) {
  const { draft, change, flush, status, errors } = useSettingsEditor(initial);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The questions are typed into first (Today's list takes focus once they are answered): the
    // name field takes focus, unless the rep is already somewhere, so a keyboard rep was not left
    // to tab through the whole sidebar to reach it.
    focusIfIdle(form.current?.querySelector('input'));
  }, []);
  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Welcome to OneUp — who is calling?</h2>
      <p className="muted">
        Your openers start with your name and company, and Today suggests people whose local time is
        inside your calling hours. You can change these later in Settings.
      </p>
      <form
        ref={form}
        className="first-run-form"
        aria-label="About you"
        onSubmit={(event) => {
          event.preventDefault();
          change({ firstRunDone: true });
        }}
      >
        <IdentityFields editor={{ draft, change, flush, errors }} />
        <CallingHoursFields
          start={draft.callingHoursStart}
          end={draft.callingHoursEnd}
          errors={errors}
          onChange={change}
          onBlur={() => void flush()}
        />
        <div className="form-actions">
          <SaveStatus status={status} />
          <button type="submit" className="button primary">
            Start calling
          </button>
        </div>
      </form>
    </section>
  );
}
