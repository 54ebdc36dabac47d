import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { useCreatePlan } from '../plans/queries';
import { useProspect, useProspectTimeline } from './queries';

/**
 * One prospect's page: the prospect, its timeline of plans and calls, a new plan, and which
 * dialog (edit, log a call) is open.
 */
export function useProspectDetail() {
  const id = Number(useParams<{ id: string }>().id);
  const [, navigate] = useLocation();
  const prospect = useProspect(id);
  const timeline = useProspectTimeline(id);
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
      // An archived prospect is put away: restore them (Edit) before planning a call.
      enabled: !prospect.data?.archivedAt,
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

  return {
    prospect: prospect.data,
    error: prospect.error?.message ?? null,
    timeline: timeline.data ?? [],
    newPlan,
    creatingPlan: createPlan.isPending,
    editing,
    setEditing,
    logging,
    setLogging,
  };
}
