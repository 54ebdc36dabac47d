import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Briefing, BriefingInsight } from '../../../../shared/domain/briefing';
import { errorMessage } from '../../lib/api-error';
import { downloadText } from '../../lib/download';
import { useAutosave } from '../../ui/autosave';
import { draftErrors, toDraft, toPatch, type BriefingDraft } from './briefing-draft';
import {
  exportBriefingMarkdown,
  fetchBriefing,
  useArchiveBriefing,
  useUpdateBriefing,
} from './queries';

/**
 * Owns one briefing's editor: the text as typed, saving it as it is typed on the one autosave
 * (each save based on the revision it was opened with, then on each save's reply), the conflict
 * when another window saved first, archiving, and exporting or printing what is saved.
 */
export function useBriefingEditor(initial: Briefing) {
  const queryClient = useQueryClient();
  const [theirs, setTheirs] = useState<Briefing | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const update = useUpdateBriefing(initial.id);
  const archive = useArchiveBriefing();
  const id = initial.id;

  /**
   * The refused draft against the stored briefing. A save whose reply was lost (host down
   * mid-save) may have landed, and then the stored one is ours: nothing to ask. The saver holds
   * everything until this is settled, so the stored version is asked for until the host answers.
   */
  const showConflict = (mine: BriefingDraft) => {
    const compare = (stored: Briefing) => {
      const same = JSON.stringify(toPatch(mine)) === JSON.stringify(toPatch(toDraft(stored)));
      if (same) void autosave.resolve(stored.revision, null);
      else setTheirs(stored);
    };
    const load = () =>
      void fetchBriefing(queryClient, id).then(compare, () => setTimeout(load, 2_000));
    load();
  };

  // The autosave holds the editor's draft itself, so an editor opened again on this briefing
  // (the `key`) takes over words the last one could not save yet, and shows them.
  const autosave = useAutosave<BriefingDraft, Briefing>({
    key: `briefing:${id}`,
    warnBeforeLeaving: true,
    baseRevision: initial.revision,
    save: (saving, baseRevision) => update.mutateAsync({ baseRevision, patch: toPatch(saving) }),
    revisionOf: (saved) => saved.revision,
    // Every edit is the whole briefing as typed, so the newest one is all there is to save.
    merge: (_older, newer) => newer,
    onConflict: (mine) => showConflict(mine),
  });
  const { edit, flush, resolve, status, statusNow } = autosave;
  const [draft, setDraft] = useState<BriefingDraft>(() => autosave.unsaved() ?? toDraft(initial));
  // A draft the autosave already holds or that is stored, and so must not be sent again: the
  // one opened, or the one the rep settled a conflict with.
  const stored = useRef(draft);

  useEffect(() => {
    if (draft === stored.current) return;
    edit(draft);
  }, [draft, edit]);

  // A conflict that came back after the rep had left: show it now that they are here again.
  const [reopenedInConflict] = useState(() => autosave.statusNow().kind === 'conflict');
  useEffect(() => {
    const mine = autosave.unsaved();
    if (reopenedInConflict && mine) showConflict(mine);
    // Once, on opening: later conflicts arrive through onConflict.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Saves now; resolves to whether everything typed is on disk. */
  const saveNow = useCallback(async () => {
    await flush();
    const now = statusNow();
    return now.kind === 'saved' || now.kind === 'idle';
  }, [flush, statusNow]);

  const change = useCallback(
    (fields: Partial<BriefingDraft>) => setDraft((current) => ({ ...current, ...fields })),
    [],
  );

  // From the latest state: an add can land after an await, and a twice-pressed Enter must not
  // add the same insight twice.
  const addInsight = useCallback(
    (insight: BriefingInsight) =>
      setDraft((current) =>
        current.items.some((item) => item.insightId === insight.id)
          ? current
          : {
              ...current,
              items: [...current.items, { insightId: insight.id, talkingPoints: '', insight }],
            },
      ),
    [],
  );

  /** Ends a conflict with the version the rep chose; null keeps the stored one. */
  const settle = async (chosen: BriefingDraft | null) => {
    if (!theirs) return;
    const next = chosen ?? toDraft(theirs);
    stored.current = next;
    setDraft(next);
    setTheirs(null);
    await resolve(theirs.revision, chosen);
  };

  const exportMarkdown = async () => {
    setExportError(null);
    if (!(await saveNow())) {
      setExportError('Fix what is not saved first: the export is made from the saved briefing.');
      return;
    }
    try {
      const { filename, markdown } = await exportBriefingMarkdown(id);
      downloadText(filename, markdown);
    } catch (error) {
      setExportError(errorMessage(error));
    }
  };

  const errors = useMemo(
    () => draftErrors(status.kind === 'refused' ? status.fields : []),
    [status],
  );

  return {
    id,
    draft,
    change,
    addInsight,
    status,
    errors,
    saveNow,
    conflict: theirs ? { mine: draft, theirs } : null,
    keepMine: () => void settle(draft),
    keepTheirs: () => void settle(null),
    saveMerged: (merged: BriefingDraft) => void settle(merged),
    archivedAt: archive.data?.archivedAt ?? initial.archivedAt,
    archiving: archive.isPending,
    toggleArchived: (archived: boolean) => archive.mutate({ id, archived }),
    exportMarkdown,
    exportError,
    print: () => void saveNow().then(() => window.print()),
  };
}

export type BriefingEditorState = ReturnType<typeof useBriefingEditor>;
