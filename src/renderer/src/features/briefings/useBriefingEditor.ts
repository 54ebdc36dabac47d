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
  type BriefingPatch,
} from './queries';

/**
 * Owns one briefing's editor: the text as typed, saving it as it is typed on the one autosave
 * (each save based on the revision it was opened with, then on each save's reply), the conflict
 * when another window saved first, archiving, and exporting or printing what is saved.
 */
export function useBriefingEditor(initial: Briefing) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<BriefingDraft>(() => toDraft(initial));
  // A draft that is already stored and must not be sent again: the one opened, or the stored
  // one the rep kept after a conflict.
  const stored = useRef(draft);
  const [theirs, setTheirs] = useState<Briefing | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const update = useUpdateBriefing(initial.id);
  const archive = useArchiveBriefing();
  const id = initial.id;

  const autosave = useAutosave<BriefingPatch, Briefing>({
    baseRevision: initial.revision,
    save: (patch, baseRevision) => update.mutateAsync({ baseRevision, patch }),
    revisionOf: (saved) => saved.revision,
    // Every edit is the whole briefing as typed, so the newest one is all there is to save.
    merge: (_older, newer) => newer,
    onConflict: () => {
      fetchBriefing(queryClient, id).then(setTheirs, (error: unknown) =>
        setExportError(`The saved version could not be loaded: ${errorMessage(error)}`),
      );
    },
  });
  const { edit, flush, resolve, status, statusNow } = autosave;

  useEffect(() => {
    if (draft === stored.current) return;
    edit(toPatch(draft));
  }, [draft, edit]);

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
    await resolve(theirs.revision, chosen ? toPatch(chosen) : null);
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
