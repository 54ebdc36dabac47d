import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { api, unwrap } from '../../lib/api';
import { localTime } from '../../lib/time';
import { LogCallDialog } from '../calls/LogCallDialog';
import { useCallsForProspect } from '../calls/queries';
import { useCreatePlan, usePlansForProspect } from '../plans/queries';
import { ProspectDialog } from './ProspectDialog';
import './prospect-detail.css';

const OUTCOME_LABEL: Record<string, string> = {
  meeting_booked: 'Meeting booked',
  callback: 'Callback',
  not_interested: 'Not interested',
  voicemail: 'Voicemail',
  gatekeeper: 'Gatekeeper',
  no_answer: 'No answer',
  wrong_person: 'Wrong person',
};

export default function ProspectDetailScreen() {
  const id = Number(useParams<{ id: string }>().id);
  const [, navigate] = useLocation();
  const prospect = useQuery({
    queryKey: ['prospects', 'get', id],
    queryFn: () => unwrap(api.prospects.get({ id })),
  });
  const plans = usePlansForProspect(id);
  const calls = useCallsForProspect(id);
  const createPlan = useCreatePlan();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);

  const newPlan = () =>
    createPlan.mutate(
      { prospectId: id },
      { onSuccess: (detail) => navigate(`/plans/${detail.plan.id}`) },
    );

  useCommands([
    {
      id: 'prospect.edit',
      title: 'Edit this prospect',
      section: 'Prospect',
      shortcut: 'e',
      run: () => setEditing(true),
    },
    {
      id: 'prospect.new-plan',
      title: 'New call plan for this prospect',
      section: 'Prospect',
      shortcut: 'c',
      run: newPlan,
    },
    {
      id: 'prospect.log-call',
      title: 'Log a call made on another phone',
      section: 'Prospect',
      shortcut: 'l',
      run: () => setLogging(true),
    },
  ]);

  if (prospect.isError) {
    return (
      <div className="banner error" role="alert">
        {prospect.error.message}
      </div>
    );
  }
  const p = prospect.data;
  if (!p) return <p className="muted">Loading…</p>;

  const timeline = [
    ...(plans.data ?? []).map((plan) => ({ at: plan.createdAt, kind: 'plan' as const, plan })),
    ...(calls.data ?? []).map((call) => ({ at: call.startedAt, kind: 'call' as const, call })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <>
      <header className="page-header">
        <div>
          <p className="crumbs">
            <a href="#/prospects">Prospects</a> /
          </p>
          <h1>{p.name}</h1>
          <p>{[p.title, p.company, p.industry].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit <kbd>e</kbd>
          </button>
          <button type="button" className="button" onClick={() => setLogging(true)}>
            Log a call <kbd>l</kbd>
          </button>
          <button
            type="button"
            className="button primary"
            onClick={newPlan}
            disabled={createPlan.isPending}
          >
            New call plan <kbd>c</kbd>
          </button>
        </div>
      </header>
      {p.archivedAt ? (
        <div className="banner error">Archived. Restore it from Edit to plan calls again.</div>
      ) : null}
      <div className="detail-grid">
        <section className="card detail-facts" aria-label="Facts">
          <dl>
            <dt>Phone</dt>
            <dd>
              {p.phone ? (
                <a href={`tel:${p.phone.replace(/[^\d+]/gu, '')}`}>{p.phone}</a>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Email</dt>
            <dd>
              {p.email ? (
                <a href={`mailto:${p.email}`}>{p.email}</a>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Their time</dt>
            <dd>{localTime(p.timezone) ?? <span className="muted">Add a time zone</span>}</dd>
            <dt>Last contact</dt>
            <dd>
              {p.lastContactAt ? (
                new Date(p.lastContactAt).toLocaleString()
              ) : (
                <span className="muted">Never</span>
              )}
            </dd>
            <dt>Calls</dt>
            <dd>
              {p.callCount} · meetings {p.meetingCount}
            </dd>
            <dt>Tags</dt>
            <dd>
              {p.tags.length ? (
                p.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
          </dl>
          {p.notes ? <p className="detail-notes">{p.notes}</p> : null}
        </section>
        <section className="card detail-timeline" aria-label="Timeline">
          <h2>Timeline</h2>
          {timeline.length === 0 ? (
            <p className="muted">No plans or calls yet. Start with “New call plan”.</p>
          ) : null}
          <ol>
            {timeline.map((item) =>
              item.kind === 'plan' ? (
                <li key={`plan-${item.plan.id}`}>
                  <span className="when">{new Date(item.at).toLocaleDateString()}</span>
                  <a href={`#/plans/${item.plan.id}`}>
                    Call plan{item.plan.objective ? `: ${item.plan.objective}` : ''}
                  </a>
                  {item.plan.checkResult ? (
                    <span className={`pill pill-${item.plan.checkResult.verdict}`}>
                      {item.plan.checkResult.verdict.replace('_', ' ')}
                    </span>
                  ) : null}
                </li>
              ) : (
                <li key={`call-${item.call.id}`}>
                  <span className="when">{new Date(item.at).toLocaleDateString()}</span>
                  <a href={`#/calls/${item.call.id}`}>Call</a>
                  <span className="muted">
                    {item.call.outcome ? OUTCOME_LABEL[item.call.outcome] : 'no outcome yet'}
                  </span>
                  {item.call.verdict ? (
                    <span className={`pill pill-${item.call.verdict}`}>
                      dialed {item.call.verdict.replace('_', ' ')}
                    </span>
                  ) : null}
                </li>
              ),
            )}
          </ol>
        </section>
      </div>
      {editing ? <ProspectDialog prospect={p} onClose={() => setEditing(false)} /> : null}
      {logging ? (
        <LogCallDialog prospectId={p.id} prospectName={p.name} onClose={() => setLogging(false)} />
      ) : null}
    </>
  );
}
