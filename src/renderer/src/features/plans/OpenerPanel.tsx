import { useState } from 'react';
import type { CheckResult } from '../../../../shared/checker';
import type { CallPlan, PlanDetail } from '../../../../shared/domain/plan';
import { FillSlotsNote } from './FillSlotsNote';
import { OpenerBuilder } from './OpenerBuilder';
import { OpenerEditor } from './OpenerEditor';
import type { PlanPatch } from './usePlanEditor';

export type OpenerTab = 'call' | 'email';

interface Props {
  tab: OpenerTab;
  onTab: (tab: OpenerTab) => void;
  detail: PlanDetail;
  fields: CallPlan;
  callCheck: CheckResult | null;
  emailCheck: CheckResult | null;
  showBuilder: boolean;
  onShowBuilder: (shown: boolean) => void;
  onEdit: (patch: PlanPatch) => void;
  onCaret: (offset: number) => void;
}

/** The opener and the follow-up email, each in its tab, with the builder above the opener. */
export function OpenerPanel(props: Props) {
  const { tab, onTab, fields, showBuilder, onShowBuilder, onEdit } = props;
  // The opener the builder just replaced, so one click brings it back; gone once the rep types.
  const [replaced, setReplaced] = useState<string | null>(null);
  return (
    <section className="plan-middle" aria-label="Opener">
      <div className="tabs" role="tablist" aria-label="Opener kind">
        <TabButton id="call" current={tab} onTab={onTab} label="Call opener" />
        <TabButton id="email" current={tab} onTab={onTab} label="Follow-up email" />
      </div>
      {tab === 'call' ? (
        <div role="tabpanel" id="tab-call" aria-labelledby="tab-call-button">
          <div className="builder-toggle">
            <button
              type="button"
              className="button small"
              aria-expanded={showBuilder}
              onClick={() => onShowBuilder(!showBuilder)}
            >
              {showBuilder ? 'Hide the builder' : 'Build from parts'}
            </button>
          </div>
          {showBuilder ? (
            <OpenerBuilder
              detail={props.detail}
              onUse={(opener) => {
                setReplaced(
                  fields.opener.trim() && fields.opener !== opener ? fields.opener : null,
                );
                onEdit({ opener });
                onShowBuilder(false);
              }}
            />
          ) : null}
          {replaced !== null ? (
            <p className="builder-replaced" role="status">
              The builder replaced the opener you had.{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  onEdit({ opener: replaced });
                  setReplaced(null);
                }}
              >
                Undo
              </button>
            </p>
          ) : null}
          <OpenerEditor
            id="opener-text"
            label="Opener"
            value={fields.opener}
            onChange={(opener) => {
              setReplaced(null);
              onEdit({ opener });
            }}
            findings={props.callCheck?.findings ?? []}
            field="text"
            onCaret={props.onCaret}
          />
          <FillSlotsNote
            text={fields.opener}
            detail={props.detail}
            onFill={(opener) => onEdit({ opener })}
          />
          <p className="muted small">
            Say it out loud once. Highlights show what to fix; the panel says why.
          </p>
        </div>
      ) : (
        <div role="tabpanel" id="tab-email" aria-labelledby="tab-email-button">
          <EmailSubject value={fields.emailSubject} onEdit={onEdit} />
          <div className="email-body">
            {/* The box's own label ("Email body") is for assistive technology and sits inside
                the painted editor; this shows the same word to the eye, under the Subject's. */}
            <span className="email-body-label" aria-hidden="true">
              Body
            </span>
            <OpenerEditor
              id="email-body"
              label="Email body"
              value={fields.emailBody}
              onChange={(emailBody) => onEdit({ emailBody })}
              findings={props.emailCheck?.findings ?? []}
              field="text"
              rows={12}
            />
          </div>
          <FillSlotsNote
            text={fields.emailBody}
            detail={props.detail}
            onFill={(emailBody) => onEdit({ emailBody })}
          />
        </div>
      )}
    </section>
  );
}

function TabButton(props: {
  id: OpenerTab;
  current: OpenerTab;
  label: string;
  onTab: (tab: OpenerTab) => void;
}) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={props.current === props.id}
      aria-controls={`tab-${props.id}`}
      id={`tab-${props.id}-button`}
      onClick={() => props.onTab(props.id)}
    >
      {props.label}
    </button>
  );
}

function EmailSubject({ value, onEdit }: { value: string; onEdit: (patch: PlanPatch) => void }) {
  return (
    <div className="field">
      <label htmlFor="email-subject">Subject</label>
      <input
        id="email-subject"
        value={value}
        onChange={(e) => onEdit({ emailSubject: e.target.value })}
      />
    </div>
  );
}
