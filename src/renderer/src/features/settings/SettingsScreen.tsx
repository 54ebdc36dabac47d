import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import { ApiCallError } from '../../lib/api-error';
import { TextField, fieldErrors } from '../../ui/Field';
import { BackupsPanel } from '../backup/BackupsPanel';
import { useSettings, useSaveSettings } from './queries';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p>Who you are on the phone. The opener builder fills these in for you.</p>
        </div>
      </header>
      {settings.data ? <SettingsForm initial={settings.data} /> : null}
      {settings.isError ? (
        <div className="banner error" role="alert">
          {settings.error.message}
        </div>
      ) : null}
      <BackupsPanel />
    </>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const update = useSaveSettings();
  const [repName, setRepName] = useState(initial.repName);
  const [repCompany, setRepCompany] = useState(initial.repCompany);
  const [pace, setPace] = useState(String(initial.wordsPerMinute));
  const [theme, setTheme] = useState(initial.theme);
  const [saved, setSaved] = useState(false);

  const errors = update.error instanceof ApiCallError ? fieldErrors(update.error.fields) : {};
  const paceNumber = Number(pace);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { repName, repCompany, wordsPerMinute: Number.isFinite(paceNumber) ? paceNumber : -1, theme },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className="card settings-form" onSubmit={submit} aria-label="Settings">
      <TextField
        label="Your name"
        value={repName}
        onChange={(e) => setRepName(e.target.value)}
        error={errors.repName}
        autoComplete="name"
      />
      <TextField
        label="Your company"
        value={repCompany}
        onChange={(e) => setRepCompany(e.target.value)}
        error={errors.repCompany}
        autoComplete="organization"
      />
      <TextField
        label="Speaking pace (words per minute)"
        type="number"
        inputMode="numeric"
        value={pace}
        onChange={(e) => setPace(e.target.value)}
        error={errors.wordsPerMinute}
        hint={
          paceNumber > 0
            ? `A 75-word opener takes about ${Math.round((75 / paceNumber) * 60)} s at this pace. Conversational speech is about 150.`
            : 'Conversational speech is about 150.'
        }
      />
      <div className="field">
        <label htmlFor="theme">Theme</label>
        <select id="theme" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      {update.isError && !Object.keys(errors).length ? (
        <div className="banner error" role="alert">
          {update.error.message}
        </div>
      ) : null}
      <div className="form-actions">
        {saved ? (
          <span className="muted" role="status">
            Saved
          </span>
        ) : null}
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
