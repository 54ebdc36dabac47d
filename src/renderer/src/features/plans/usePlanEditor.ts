import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { checkOpener, type CheckResult } from '../../../../shared/checker';
import { useLanguageModel, type LanguageModelStatus } from './useLanguageModel';
import type { Insight } from '../../../../shared/domain/insight';
import { planCheckContext, type CallPlan, type PlanDetail } from '../../../../shared/domain/plan';
import { errorMessage } from '../../lib/api-error';
import { downloadText } from '../../lib/download';
import { useAutosave, type AutosaveHandle } from '../../ui/autosave';
import { useDialHandoff } from '../dialing/useDialHandoff';
import type { ConflictField } from '../../ui/ConflictPanel';
import {
  announcePlanSaved,
  exportPlanMarkdown,
  fetchStoredPlan,
  onPlanSavedElsewhere,
  useDial,
  useSavePlan,
} from './queries';

/** What the rep edits on a plan; the rest (ids, check, revision, stamps) the backend owns. */
export type PlanPatch = Partial<
  Omit<
    CallPlan,
    'id' | 'prospectId' | 'checkResult' | 'revision' | 'createdAt' | 'updatedAt' | 'archivedAt'
  >
>;

const TEXT_FIELDS = {
  opener: 'Opener',
  objective: 'Objective',
  referral: 'Referred by',
  emailSubject: 'Email subject',
  emailBody: 'Email body',
} as const;
type TextField = keyof typeof TEXT_FIELDS;

const OTHER_FIELDS: Record<Exclude<keyof PlanPatch, TextField>, string> = {
  insightIds: 'insights',
  meetingSlots: 'meeting slots',
  objections: 'objections',
  transactional: 'the transactional choice',
  briefingId: 'the briefing',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A save refused as stale, with what the rep typed and what is stored now. */
export interface PlanConflict {
  mine: PlanPatch;
  theirs: PlanDetail;
  fields: ConflictField[];
  /** Names the non-text changes of mine that keeping mine or merging also keeps. */
  note: string | undefined;
}

function describeConflict(mine: PlanPatch, theirs: PlanDetail): PlanConflict {
  const keys = Object.keys(mine) as (keyof PlanPatch)[];
  const fields = keys
    .filter((key): key is TextField => key in TEXT_FIELDS)
    .filter((key) => mine[key] !== theirs.plan[key])
    .map((key) => ({
      key,
      label: TEXT_FIELDS[key],
      mine: mine[key] ?? '',
      theirs: theirs.plan[key],
    }));
  const others = keys
    .filter((key): key is Exclude<keyof PlanPatch, TextField> => !(key in TEXT_FIELDS))
    .filter((key) => !same(mine[key], theirs.plan[key]))
    .map((key) => OTHER_FIELDS[key]);
  const note =
    others.length > 0
      ? `"Keep mine" and "Save merged version" also keep your changes to ${others.join(', ')}.`
      : undefined;
  return { mine, theirs, fields, note };
}

export interface PlanEditor {
  detail: PlanDetail;
  fields: CallPlan;
  insights: Insight[];
  edit: (patch: PlanPatch) => void;
  setInsights: (next: Insight[]) => void;
  autosave: AutosaveHandle<PlanPatch>;
  /** null while the checker's language model loads: the screen says "Checking…". */
  callCheck: CheckResult | null;
  emailCheck: CheckResult | null;
  checker: LanguageModelStatus;
  conflict: PlanConflict | null;
  resolving: boolean;
  keepMine: () => void;
  keepTheirs: () => void;
  saveMerged: (merged: Record<string, string>) => void;
  dial: (overrideReason?: string) => Promise<void>;
  dialPending: boolean;
  dialError: string | null;
  exportMarkdown: () => Promise<void>;
}

/**
 * The plan screen's container: owns the plan being edited, its autosave (every save names the
 * revision it was based on), the checks, dialing and the conflict with another window. The views
 * only render what it returns. Mount it keyed by the plan id, from the newest cached detail.
 */
export function usePlanEditor(initial: PlanDetail): PlanEditor {
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const savePlan = useSavePlan(initial.plan.id);
  const dialMutation = useDial();
  const dialer = useDialHandoff();

  const autosave = useAutosave<PlanPatch, CallPlan>({
    key: `plan:${initial.plan.id}`,
    warnBeforeLeaving: true,
    baseRevision: initial.plan.revision,
    save: async (patch, baseRevision) => {
      const saved = await savePlan.mutateAsync({ id: initial.plan.id, baseRevision, patch });
      announcePlanSaved(saved.id, saved.revision);
      return saved;
    },
    revisionOf: (saved) => saved.revision,
    onConflict: (mine) => showConflict(mine),
  });
  // Words typed before the rep last left this plan and not saved yet are shown again.
  const [fields, setFields] = useState(() => ({ ...initial.plan, ...autosave.unsaved() }));
  const [insights, setInsightList] = useState<Insight[]>(() => {
    const ids = autosave.unsaved()?.insightIds;
    return ids
      ? ids.flatMap((id) => initial.insights.find((insight) => insight.id === id) ?? [])
      : initial.insights;
  });
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [resolving, setResolving] = useState(false);

  /** Compares the refused change with the stored plan and shows the conflict if there is one. */
  function showConflict(mine: PlanPatch) {
    const compare = (theirs: PlanDetail) => {
      // A save whose reply was lost (host down mid-save) may have landed: then it is ours.
      const alreadyStored = (Object.keys(mine) as (keyof PlanPatch)[]).every((key) =>
        same(mine[key], theirs.plan[key]),
      );
      if (alreadyStored) void autosave.resolve(theirs.plan.revision, null);
      else setConflict(describeConflict(mine, theirs));
    };
    // The saver holds everything until this resolves, so keep asking until the host answers.
    const load = () =>
      void fetchStoredPlan(client, initial.plan.id).then(compare, () => setTimeout(load, 2_000));
    load();
  }
  // A conflict that came back after the rep had left: show it now that they are here again.
  useEffect(() => {
    const mine = autosave.unsaved();
    if (autosave.statusNow().kind === 'conflict' && mine) showConflict(mine);
    // Once, on opening: later conflicts arrive through onConflict.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

  // Another tab saved this plan: with nothing typed here waiting to be saved, show its words at
  // once (before, this tab showed its old opener until the rep typed and met the conflict).
  // With words of our own pending, nothing changes here: their save meets the conflict panel.
  // `shownRevision` is the newest revision adopted this way.
  const shownRevision = useRef(initial.plan.revision);
  // Stable for the life of the saver (useAutosave keeps them), so the listener is set up once.
  const { unsaved, statusNow, resolve } = autosave;
  useEffect(
    () =>
      onPlanSavedElsewhere(initial.plan.id, (revision) => {
        if (revision <= shownRevision.current) return;
        void fetchStoredPlan(client, initial.plan.id).then((theirs) => {
          const { kind } = statusNow();
          const quiet = unsaved() === null && (kind === 'idle' || kind === 'saved');
          if (!quiet || theirs.plan.revision <= shownRevision.current) return;
          shownRevision.current = theirs.plan.revision;
          setFields(theirs.plan);
          setInsightList(theirs.insights);
          void resolve(theirs.plan.revision, null);
        });
      }),
    [client, initial.plan.id, unsaved, statusNow, resolve],
  );

  const detail: PlanDetail = { ...initial, plan: fields, insights };
  const contextKey = JSON.stringify(planCheckContext(detail));
  // The checker runs on every keystroke, once its language model is in (a few milliseconds).
  const checker = useLanguageModel();
  const callCheck = useMemo(
    () =>
      checker === 'ready'
        ? checkOpener({ text: fields.opener, mode: 'call', context: JSON.parse(contextKey) })
        : null,
    [checker, fields.opener, contextKey],
  );
  const emailCheck = useMemo(
    () =>
      checker === 'ready'
        ? checkOpener({
            text: fields.emailBody,
            subject: fields.emailSubject,
            mode: 'email',
            context: JSON.parse(contextKey),
          })
        : null,
    [checker, fields.emailBody, fields.emailSubject, contextKey],
  );

  const edit = (patch: PlanPatch) => {
    setFields((current) => ({ ...current, ...patch }));
    autosave.edit(patch);
  };

  /** Ends the conflict: the screen shows the stored plan with `chosen` on top, which is saved. */
  const settle = (chosen: PlanPatch | null) => {
    if (!conflict) return;
    const { theirs } = conflict;
    setFields({ ...theirs.plan, ...chosen });
    if (!chosen?.insightIds) setInsightList(theirs.insights);
    setResolving(true);
    void autosave.resolve(theirs.plan.revision, chosen).finally(() => {
      setResolving(false);
      setConflict(null);
    });
  };

  const dial = async (overrideReason?: string) => {
    await autosave.flush();
    if (autosave.statusNow().kind === 'conflict') return;
    const result = await dialMutation.mutateAsync({
      planId: fields.id,
      opener: fields.opener,
      ...(overrideReason ? { overrideReason } : {}),
    });
    // The phone app or softphone the rep chose in Settings takes the number (or the clipboard).
    if (result.telUrl) void dialer.handOff(detail.prospect.phone);
    navigate(`/calls/${result.call.id}`);
  };

  return {
    detail,
    fields,
    insights,
    edit,
    setInsights: (next) => {
      setInsightList(next);
      edit({ insightIds: next.map((insight) => insight.id) });
    },
    autosave,
    callCheck,
    emailCheck,
    checker,
    conflict,
    resolving,
    keepMine: () => settle(conflict?.mine ?? null),
    keepTheirs: () => settle(null),
    saveMerged: (merged) => settle({ ...conflict?.mine, ...merged }),
    dial,
    dialPending: dialMutation.isPending,
    dialError: dialMutation.error ? errorMessage(dialMutation.error) : null,
    // The plan as a document the rep can keep: saved first so the export matches the screen.
    exportMarkdown: async () => {
      await autosave.flush();
      const file = await exportPlanMarkdown(fields.id);
      downloadText(file.filename, file.content, file.type);
    },
  };
}
