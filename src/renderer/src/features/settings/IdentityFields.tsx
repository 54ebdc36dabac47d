import { TextField } from '../../ui/Field';
import type { useSettingsEditor } from './useSettingsEditor';

type Editor = ReturnType<typeof useSettingsEditor>;

/**
 * Who the rep is: the name and company the opener builder writes and the checker looks for. Shown
 * on the first-run card and in Settings, both saved as typed through the same settings editor.
 */
export function IdentityFields({
  editor: { draft, change, flush, errors },
}: {
  editor: Pick<Editor, 'draft' | 'change' | 'flush' | 'errors'>;
}) {
  return (
    <>
      <TextField
        label="Your name"
        value={draft.repName}
        onChange={(e) => change({ repName: e.target.value })}
        onBlur={() => void flush()}
        error={errors.repName}
        autoComplete="name"
      />
      <TextField
        label="Your company"
        value={draft.repCompany}
        onChange={(e) => change({ repCompany: e.target.value })}
        onBlur={() => void flush()}
        error={errors.repCompany}
        autoComplete="organization"
      />
    </>
  );
}
