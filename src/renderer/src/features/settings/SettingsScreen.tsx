import { useEffect, useRef, useState } from 'react';
import {
  DIAL_HANDOFFS,
  DIAL_HANDOFF_LABELS,
  type DialHandoff,
} from '../../../../shared/domain/dialing';
import type { Settings } from '../../../../shared/domain/settings';
import { SaveStatus } from '../../ui/autosave';
import { TextField } from '../../ui/Field';
import { focusIfIdle } from '../../ui/focusIfIdle';
import { BackupsPanel } from '../backup/BackupsPanel';
import { CallingHoursFields } from './CallingHoursFields';
import { IdentityFields } from './IdentityFields';
import { useSettings, useSettingsSaving } from './queries';
import { useSettingsEditor } from './useSettingsEditor';

export function SettingsScreen() {
  const settings = useSettings();
  // The form opens from the stored settings once no save is on its way, so a screen reopened
  // right after a change shows that change, not the settings from before it.
  const saving = useSettingsSaving();
  const [opened, setOpened] = useState(false);
  if (!opened && settings.data && !saving) setOpened(true);
  // Reached by a shortcut (g s) or the palette, focus would stay on the page's body: it goes to
  // the title, so a screen reader says where the rep is and Tab starts in the screen.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusIfIdle(heading.current, { preventScroll: true }), []);
  return (
    <>
      <header className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Settings
          </h1>
          <p>Who you are on the phone. The opener builder fills these in for you.</p>
        </div>
      </header>
      {opened && settings.data ? <SettingsForm initial={settings.data} /> : null}
      {settings.isError ? (
        <div className="banner error" role="alert">
          {settings.error.message}
        </div>
      ) : null}
      <BackupsPanel />
    </>
  );
}

/** Every change is saved as it is made; there is no Save button to wait for. */
function SettingsForm({ initial }: { initial: Settings }) {
  const { draft, change, flush, status, errors } = useSettingsEditor(initial);
  const paceNumber = Number(draft.pace);

  return (
    <form
      className="card settings-form"
      aria-label="Settings"
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
    >
      <IdentityFields editor={{ draft, change, flush, errors }} />
      <TextField
        label="Speaking pace (words per minute)"
        type="number"
        inputMode="numeric"
        value={draft.pace}
        onChange={(e) => change({ pace: e.target.value })}
        onBlur={() => void flush()}
        error={errors.wordsPerMinute}
        hint={
          paceNumber > 0
            ? `A 75-word opener takes about ${Math.round((75 / paceNumber) * 60)} s at this pace. Conversational speech is about 150.`
            : 'Conversational speech is about 150.'
        }
      />
      <CallingHoursFields
        start={draft.callingHoursStart}
        end={draft.callingHoursEnd}
        days={draft.callingDays}
        errors={errors}
        onChange={change}
        onBlur={() => void flush()}
      />
      <div className="field">
        <label htmlFor="theme">Theme</label>
        <select
          id="theme"
          value={draft.theme}
          onChange={(e) => change({ theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="dial-handoff">Dial with</label>
        <select
          id="dial-handoff"
          aria-describedby="dial-handoff-hint"
          value={draft.dialHandoff}
          onChange={(e) => change({ dialHandoff: e.target.value as DialHandoff })}
        >
          {DIAL_HANDOFFS.map((handoff) => (
            <option key={handoff} value={handoff}>
              {DIAL_HANDOFF_LABELS[handoff]}
            </option>
          ))}
        </select>
        <span id="dial-handoff-hint" className="field-hint">
          Where a click on a phone number (and Dial on a plan) sends the number.
        </span>
      </div>
      {status.kind === 'refused' && Object.keys(errors).length === 0 ? (
        <div className="banner error" role="alert">
          {status.message}
        </div>
      ) : null}
      <div className="form-actions">
        <SaveStatus status={status} />
      </div>
    </form>
  );
}
