import { useLocation } from 'wouter';
import { useState } from 'react';
import { applyReplacement, type Finding } from '../../../../shared/checker';
import type { PlanDetail } from '../../../../shared/domain/plan';
import { useCommands } from '../../app/commands/useCommands';
import { useConnection } from '../../lib/connection';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { CheckerPanel, CheckerPending } from './CheckerPanel';
import { DialDialog } from './DialDialog';
import { InsightPicker } from './InsightPicker';
import { ListEditor } from './ListEditor';
import { ObjectionsEditor } from './ObjectionsEditor';
import { OpenerPanel, type OpenerTab } from './OpenerPanel';
import { PlanBasics } from './PlanBasics';
import { PlanHeader } from './PlanHeader';
import { fillableSlots, resolvePlaceholders } from './opener-template';
import { usePlanEditor } from './usePlanEditor';

/** The elements (OpenerPanel) of the texts a finding's fix edits. */
const FIELD_IDS = {
  opener: 'opener-text',
  emailBody: 'email-body',
  emailSubject: 'email-subject',
} as const;

/** The plan editor's layout; usePlanEditor owns the plan, its saving and dialing. */
export function PlanEditorView({ initial }: { initial: PlanDetail }) {
  const editor = usePlanEditor(initial);
  const { fields, edit, callCheck, emailCheck, conflict, checker } = editor;
  const [tab, setTab] = useState<OpenerTab>('call');
  const [showBuilder, setShowBuilder] = useState(initial.plan.opener.trim() === '');
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const [confirmingDial, setConfirmingDial] = useState(false);

  const apply = (finding: Finding, replacement: string) => {
    const key =
      finding.field === 'subject' ? 'emailSubject' : tab === 'email' ? 'emailBody' : 'opener';
    const next = applyReplacement(fields[key], finding.start, finding.end, replacement);
    edit({ [key]: next });
    // The clicked button leaves with its finding, which dropped keyboard focus to the page's
    // start: the caret goes back into the text, just after the change.
    const caretAt = Math.min(finding.start + replacement.length, next.length);
    requestAnimationFrame(() => {
      const field = document.getElementById(FIELD_IDS[key]);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        field.focus();
        field.setSelectionRange(caretAt, caretAt);
      }
    });
  };
  const [, navigate] = useLocation();
  const offline = useConnection().kind !== 'ok';
  const startDial = () => {
    // A call from this plan is still open (the rep went Back from it): Dial returns to it
    // rather than starting a second call and leaving the first one running.
    if (initial.openCall) {
      navigate(`/calls/${initial.openCall.id}`);
      return;
    }
    // No verdict yet (the checker is loading): the backend checks the opener itself at dial.
    // A blocked opener asks for a reason; one with an unfilled slot shows the slots, no way past.
    const slotLeft = callCheck?.findings.some((finding) => finding.category === 'placeholder');
    if (callCheck?.verdict === 'blocked' || slotLeft) setConfirmingDial(true);
    else void editor.dial().catch(() => undefined);
  };

  useCommands([
    {
      id: 'plan.dial',
      title: 'Dial this prospect',
      section: 'Call plan',
      shortcut: 'mod+enter',
      // Ctrl+Enter follows the button: off while OneUp is out of reach (ConnectionBanner says so).
      enabled:
        !confirmingDial && conflict === null && (offline === false || initial.openCall !== null),
      run: startDial,
    },
    {
      id: 'plan.builder',
      title: 'Show or hide the opener builder',
      section: 'Call plan',
      shortcut: 'alt+b',
      run: () => setShowBuilder((shown) => !shown),
    },
  ]);

  return (
    // Blur bubbles here from every field (React's onBlur listens to focusout): leaving a field saves.
    <div className="plan" onBlur={() => void editor.autosave.flush()}>
      <PlanHeader
        prospect={initial.prospect}
        status={editor.autosave.status}
        verdict={callCheck?.verdict ?? null}
        noOpener={fields.opener.trim() === ''}
        dialPending={editor.dialPending}
        conflict={conflict !== null}
        onExport={() => void editor.exportMarkdown()}
        onDial={startDial}
        openCall={initial.openCall}
        slotsLeft={callCheck?.findings.some((finding) => finding.category === 'placeholder')}
      />
      {editor.dialError && !confirmingDial ? (
        <div className="banner error" role="alert">
          {editor.dialError}
        </div>
      ) : null}
      {conflict ? (
        <ConflictPanel
          heading="This plan was changed elsewhere"
          fields={conflict.fields}
          note={conflict.note}
          saving={editor.resolving}
          onKeepMine={editor.keepMine}
          onKeepTheirs={editor.keepTheirs}
          onSaveMerged={editor.saveMerged}
        />
      ) : null}

      {/* While a conflict is open, the plan below cannot be edited: the rep decides first. */}
      <div className="plan-columns" inert={conflict !== null}>
        <aside className="plan-left">
          <PlanBasics fields={fields} onEdit={edit} prospect={initial.prospect} />
          <InsightPicker
            prospectId={initial.prospect.id}
            chosen={editor.insights}
            onChange={editor.setInsights}
          />
          <ListEditor
            title="Meeting slots to propose"
            itemLabel="Slot"
            placeholder="Thu 3 Dec, 10:00"
            items={fields.meetingSlots}
            onChange={(meetingSlots) => edit({ meetingSlots })}
          />
          <ObjectionsEditor
            items={fields.objections}
            onChange={(objections) => edit({ objections })}
          />
        </aside>
        <OpenerPanel
          tab={tab}
          onTab={setTab}
          detail={editor.detail}
          fields={fields}
          callCheck={callCheck}
          emailCheck={emailCheck}
          showBuilder={showBuilder}
          onShowBuilder={setShowBuilder}
          onEdit={edit}
          onCaret={setCaret}
        />
        {/* Scrolls on its own, so it must be reachable and named for keyboard users. */}
        <aside className="plan-right" tabIndex={0} aria-label="Check results">
          {tab === 'call' ? (
            callCheck === null ? (
              <CheckerPending status={checker} />
            ) : (
              <CheckerPanel
                result={callCheck}
                text={fields.opener}
                onApply={apply}
                activeOffset={caret}
              />
            )
          ) : emailCheck === null ? (
            <CheckerPending status={checker} />
          ) : (
            <CheckerPanel
              result={emailCheck}
              text={fields.emailBody}
              subject={fields.emailSubject}
              onApply={apply}
            />
          )}
        </aside>
      </div>
      {confirmingDial ? (
        <DialDialog
          findings={(callCheck?.findings ?? []).filter(
            (finding) => finding.severity === 'block' || finding.category === 'placeholder',
          )}
          text={fields.opener}
          pending={editor.dialPending}
          error={editor.dialError}
          onCancel={() => setConfirmingDial(false)}
          onConfirm={(reason) => void editor.dial(reason).catch(() => undefined)}
          fillable={fillableSlots(fields.opener, editor.detail)}
          onFill={() => {
            edit({ opener: resolvePlaceholders(fields.opener, editor.detail) });
            setConfirmingDial(false);
          }}
        />
      ) : null}
    </div>
  );
}
