import { useState } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import { fieldErrors } from '../../ui/Field';
import { useAutosave } from '../../ui/autosave';
import { useSaveSettings } from './queries';

/** What the form holds: the settings as typed, including a pace that may not be a number yet. */
interface SettingsDraft {
  repName: string;
  repCompany: string;
  pace: string;
  theme: Settings['theme'];
  dialHandoff: Settings['dialHandoff'];
  callingHoursStart: string;
  callingHoursEnd: string;
  callingDays: number[];
  firstRunDone: boolean;
}

/**
 * The settings form's state, saved as it is typed on the one autosave, like every editor. The
 * settings have no revision (one rep, one row, and every change names only its own fields), so
 * each save is based on revision 0 and changed fields merge into one pending patch.
 */
export function useSettingsEditor(initial: Settings) {
  const save = useSaveSettings();
  // An editor opened again takes over changes the last one could not save yet (see the key).
  const autosave = useAutosave<Partial<Settings>, Settings>({
    key: 'settings',
    warnBeforeLeaving: true,
    baseRevision: 0,
    save: (patch) => save.mutateAsync(patch),
    revisionOf: () => 0,
  });
  const [draft, setDraft] = useState<SettingsDraft>(() => {
    const shown = { ...initial, ...autosave.unsaved() };
    return {
      repName: shown.repName,
      repCompany: shown.repCompany,
      pace: String(shown.wordsPerMinute),
      theme: shown.theme,
      dialHandoff: shown.dialHandoff,
      callingHoursStart: shown.callingHoursStart,
      callingHoursEnd: shown.callingHoursEnd,
      callingDays: shown.callingDays,
      firstRunDone: shown.firstRunDone,
    };
  });
  const { edit, flush, status } = autosave;

  const change = (fields: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...fields }));
    const patch: Partial<Settings> = {};
    if (fields.repName !== undefined) patch.repName = fields.repName;
    if (fields.repCompany !== undefined) patch.repCompany = fields.repCompany;
    if (fields.pace !== undefined) {
      const pace = Number(fields.pace);
      // Something that is not a number goes to the backend as an impossible pace, so the field
      // says why it is not saved instead of silently keeping the old one.
      patch.wordsPerMinute = fields.pace.trim() !== '' && Number.isFinite(pace) ? pace : -1;
    }
    if (fields.theme !== undefined) patch.theme = fields.theme;
    if (fields.dialHandoff !== undefined) patch.dialHandoff = fields.dialHandoff;
    if (fields.callingHoursStart !== undefined) patch.callingHoursStart = fields.callingHoursStart;
    if (fields.callingHoursEnd !== undefined) patch.callingHoursEnd = fields.callingHoursEnd;
    if (fields.callingDays !== undefined) patch.callingDays = fields.callingDays;
    if (fields.firstRunDone !== undefined) patch.firstRunDone = fields.firstRunDone;
    edit(patch);
    // A theme, a dialer, a day or "done" is one click, not typing: save it (and so apply it) at once.
    if (
      fields.theme !== undefined ||
      fields.dialHandoff !== undefined ||
      fields.callingDays !== undefined ||
      fields.firstRunDone !== undefined
    )
      void flush();
  };

  return {
    draft,
    change,
    flush,
    status,
    errors: status.kind === 'refused' ? fieldErrors(status.fields) : {},
  };
}
