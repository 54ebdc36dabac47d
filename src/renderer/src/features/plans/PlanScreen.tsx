import { useState } from 'react';
import { useParams } from 'wouter';
import { PlanEditorView } from './PlanEditorView';
import { useIsSavingPlan, usePlan } from './queries';
import './plans.css';

/**
 * The call plan route. The editor opens on the newest stored plan: if a save made just before
 * leaving is still on its way, or the cached copy is being read again, it waits for that first,
 * so coming back never shows older text. Once open, the editor keeps its own text.
 */
export default function PlanScreen() {
  const id = Number(useParams<{ id: string }>().id);
  const plan = usePlan(id);
  const saving = useIsSavingPlan(id);
  const [openedId, setOpenedId] = useState<number | null>(null);
  if (openedId !== id && plan.data && !saving && !plan.isFetching) setOpenedId(id);

  // With a copy in the cache (the host went away after it was read) the editor still opens.
  if (plan.isError && !plan.data) {
    return (
      <div className="banner error" role="alert">
        {plan.error.message}
      </div>
    );
  }
  if (openedId !== id || !plan.data) return <p className="muted">Loading the plan…</p>;
  return <PlanEditorView key={id} initial={plan.data} />;
}
