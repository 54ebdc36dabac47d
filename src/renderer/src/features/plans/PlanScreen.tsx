import { useMemo, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { applyReplacement, checkOpener, type Finding } from '../../../../shared/checker';
import type { Insight } from '../../../../shared/domain/insight';
import {
  planCheckContext,
  type CallPlan,
  type Objection,
  type PlanDetail,
} from '../../../../shared/domain/plan';
import { useCommands } from '../../app/commands/useCommands';
import { ApiCallError, api, unwrap } from '../../lib/api';
import { downloadText } from '../../lib/download';
import { localTime } from '../../lib/time';
import { CheckerPanel } from './CheckerPanel';
import { DialDialog } from './DialDialog';
import { InsightPicker } from './InsightPicker';
import { OpenerBuilder } from './OpenerBuilder';
import { OpenerEditor } from './OpenerEditor';
import { updatePlan, useDial, usePlan } from './queries';
import { describeSaveState, useAutosave } from './useAutosave';
import './plans.css';

type Patch = Partial<
  Omit<
    CallPlan,
    'id' | 'prospectId' | 'checkResult' | 'revision' | 'createdAt' | 'updatedAt' | 'archivedAt'
  >
>;

export default function PlanScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const plan = usePlan(id);
  if (plan.isError) {
    return (
      <div className="banner error" role="alert">
        {plan.error.message}
      </div>
    );
  }
  if (!plan.data) return <p className="muted">Loading the plan…</p>;
  return <PlanEditor key={id} initial={plan.data} />;
}

function PlanEditor({ initial }: { initial: PlanDetail }) {
  const [, navigate] = useLocation();
  const [fields, setFields] = useState(initial.plan);
  const [insights, setInsights] = useState<Insight[]>(initial.insights);
  const [tab, setTab] = useState<'call' | 'email'>('call');
  const [showBuilder, setShowBuilder] = useState(initial.plan.opener.trim() === '');
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const [dialing, setDialing] = useState(false);
  // The revision this screen's text is based on; each save adopts the one the backend returns.
  const revision = useRef(initial.plan.revision);
  const autosave = useAutosave<Patch>((patch) =>
    updatePlan({ id: initial.plan.id, baseRevision: revision.current, patch }).then((saved) => {
      revision.current = saved.revision;
    }),
  );
  const dial = useDial();

  const detail: PlanDetail = { ...initial, plan: fields, insights };
  const context = planCheckContext(detail);
  const contextKey = JSON.stringify(context);
  // The checker runs on every keystroke; it is pure and takes well under a millisecond.
  const callCheck = useMemo(
    () => checkOpener({ text: fields.opener, mode: 'call', context: JSON.parse(contextKey) }),
    [fields.opener, contextKey],
  );
  const emailCheck = useMemo(
    () =>
      checkOpener({
        text: fields.emailBody,
        subject: fields.emailSubject,
        mode: 'email',
        context: JSON.parse(contextKey),
      }),
    [fields.emailBody, fields.emailSubject, contextKey],
  );

  const edit = (patch: Patch) => {
    setFields((current) => ({ ...current, ...patch }));
    autosave.queue(patch);
  };
  const setChosen = (next: Insight[]) => {
    setInsights(next);
    edit({ insightIds: next.map((insight) => insight.id) });
  };
  const apply = (finding: Finding, replacement: string) => {
    const key =
      finding.field === 'subject' ? 'emailSubject' : tab === 'email' ? 'emailBody' : 'opener';
    const text = fields[key];
    edit({ [key]: applyReplacement(text, finding.start, finding.end, replacement) });
  };

  // The plan as a document the rep can keep or share: saved first so the export matches the screen.
  const exportMarkdown = async () => {
    await autosave.flush();
    const file = await unwrap(api.export['plan-markdown']({ id: fields.id }));
    downloadText(file.filename, file.content, file.type);
  };

  const startDial = () => {
    if (callCheck.verdict === 'blocked') setDialing(true);
    else void placeCall();
  };
  const placeCall = async (overrideReason?: string) => {
    await autosave.flush();
    const result = await dial.mutateAsync({
      planId: fields.id,
      opener: fields.opener,
      ...(overrideReason ? { overrideReason } : {}),
    });
    // The operating system's dialer (or the rep's softphone) takes the tel: link.
    if (result.telUrl) window.open(result.telUrl, '_blank', 'noopener');
    navigate(`/calls/${result.call.id}`);
  };

  useCommands([
    {
      id: 'plan.dial',
      title: 'Dial this prospect',
      section: 'Call plan',
      shortcut: 'mod+enter',
      enabled: !dialing,
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

  const local = localTime(initial.prospect.timezone);
  const dialError = dial.error instanceof ApiCallError ? dial.error.message : null;

  return (
    <div className="plan">
      <header className="plan-header">
        <div>
          <h1>
            Call plan · <a href={`#/prospects/${initial.prospect.id}`}>{initial.prospect.name}</a>
          </h1>
          <p className="muted">
            {[initial.prospect.title, initial.prospect.company].filter(Boolean).join(', ')}
            {local ? ` · their time ${local}` : ''}
          </p>
        </div>
        <button type="button" className="button" onClick={() => void exportMarkdown()}>
          Export Markdown
        </button>
        <span
          className={`save-state save-${autosave.state.status}`}
          role="status"
          aria-live="polite"
        >
          {describeSaveState(autosave.state)}
        </span>
        <button
          type="button"
          className={`button dial dial-${callCheck.verdict}`}
          onClick={startDial}
          disabled={dial.isPending}
        >
          {callCheck.verdict === 'blocked' ? 'Dial anyway…' : 'Dial'}
          <span className="dial-verdict">
            {callCheck.verdict === 'ready'
              ? 'ready'
              : callCheck.verdict === 'needs_work'
                ? 'needs work'
                : 'blocked'}
          </span>
          <kbd>Ctrl ⏎</kbd>
        </button>
      </header>
      {dialError && !dialing ? (
        <div className="banner error" role="alert">
          {dialError}
        </div>
      ) : null}

      <div className="plan-columns">
        <aside className="plan-left">
          <section className="panel" aria-labelledby="plan-basics">
            <h3 id="plan-basics" className="panel-title">
              The call
            </h3>
            <div className="field">
              <label htmlFor="plan-objective">Objective</label>
              <input
                id="plan-objective"
                value={fields.objective}
                placeholder="Book an executive briefing"
                onChange={(e) => edit({ objective: e.target.value })}
              />
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={fields.transactional}
                onChange={(e) => edit({ transactional: e.target.checked })}
              />
              Transactional purchase (no insight needed)
            </label>
            <div className="field">
              <label htmlFor="plan-referral">Referred by</label>
              <input
                id="plan-referral"
                value={fields.referral}
                placeholder="Nobody"
                onChange={(e) => edit({ referral: e.target.value })}
              />
            </div>
          </section>
          <InsightPicker prospectId={initial.prospect.id} chosen={insights} onChange={setChosen} />
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

        <section className="plan-middle" aria-label="Opener">
          <div className="tabs" role="tablist" aria-label="Opener kind">
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'call'}
              aria-controls="tab-call"
              id="tab-call-button"
              onClick={() => setTab('call')}
            >
              Call opener
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'email'}
              aria-controls="tab-email"
              id="tab-email-button"
              onClick={() => setTab('email')}
            >
              Follow-up email
            </button>
          </div>
          {tab === 'call' ? (
            <div role="tabpanel" id="tab-call" aria-labelledby="tab-call-button">
              <div className="builder-toggle">
                <button
                  type="button"
                  className="button small"
                  aria-expanded={showBuilder}
                  onClick={() => setShowBuilder(!showBuilder)}
                >
                  {showBuilder ? 'Hide the builder' : 'Build from parts'}
                </button>
              </div>
              {showBuilder ? (
                <OpenerBuilder
                  detail={detail}
                  onUse={(opener) => {
                    edit({ opener });
                    setShowBuilder(false);
                  }}
                />
              ) : null}
              <OpenerEditor
                id="opener-text"
                label="Opener"
                value={fields.opener}
                onChange={(opener) => edit({ opener })}
                findings={callCheck.findings}
                field="text"
                onCaret={setCaret}
              />
              <p className="muted small">
                Say it out loud once. Highlights show what to fix; the panel says why.
              </p>
            </div>
          ) : (
            <div role="tabpanel" id="tab-email" aria-labelledby="tab-email-button">
              <div className="field">
                <label htmlFor="email-subject">Subject</label>
                <input
                  id="email-subject"
                  value={fields.emailSubject}
                  onChange={(e) => edit({ emailSubject: e.target.value })}
                />
              </div>
              <OpenerEditor
                id="email-body"
                label="Email body"
                value={fields.emailBody}
                onChange={(emailBody) => edit({ emailBody })}
                findings={emailCheck.findings}
                field="text"
                rows={12}
              />
            </div>
          )}
        </section>

        {/* Scrolls on its own, so it must be reachable and named for keyboard users. */}
        <aside className="plan-right" tabIndex={0} aria-label="Check results">
          {tab === 'call' ? (
            <CheckerPanel
              result={callCheck}
              text={fields.opener}
              onApply={apply}
              activeOffset={caret}
            />
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
      {dialing ? (
        <DialDialog
          findings={callCheck.findings.filter((finding) => finding.severity === 'block')}
          pending={dial.isPending}
          error={dialError}
          onCancel={() => setDialing(false)}
          onConfirm={(reason) => void placeCall(reason).catch(() => undefined)}
        />
      ) : null}
    </div>
  );
}

function ListEditor(props: {
  title: string;
  itemLabel: string;
  placeholder: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const { title, itemLabel, placeholder, items, onChange } = props;
  return (
    <section className="panel" aria-label={title}>
      <h3 className="panel-title">{title}</h3>
      {items.map((item, index) => (
        <div key={index} className="list-row">
          <input
            aria-label={`${itemLabel} ${index + 1}`}
            value={item}
            placeholder={placeholder}
            onChange={(e) =>
              onChange(items.map((other, i) => (i === index ? e.target.value : other)))
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...items, ''])}>
        Add {itemLabel.toLowerCase()}
      </button>
    </section>
  );
}

function ObjectionsEditor({
  items,
  onChange,
}: {
  items: Objection[];
  onChange: (items: Objection[]) => void;
}) {
  const set = (index: number, patch: Partial<Objection>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <section className="panel" aria-label="Objections">
      <h3 className="panel-title">Objections you expect</h3>
      {items.map((item, index) => (
        <div key={index} className="objection">
          <input
            aria-label={`Objection ${index + 1}`}
            placeholder="“We already have a carrier.”"
            value={item.objection}
            onChange={(e) => set(index, { objection: e.target.value })}
          />
          <textarea
            aria-label={`Response to objection ${index + 1}`}
            placeholder="Your answer"
            rows={2}
            value={item.response}
            onChange={(e) => set(index, { response: e.target.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove objection ${index + 1}`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...items, { objection: '', response: '' }])}
      >
        Add objection
      </button>
    </section>
  );
}
