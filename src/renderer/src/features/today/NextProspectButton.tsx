import { useLocation } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { Keys } from '../../app/commands/Keys';
import { useNextProspect } from './queries';

/** After a call: on to the next person in Today's queue, at their plan. */
export function NextProspectButton({ currentProspectId }: { currentProspectId: number }) {
  const next = useNextProspect();
  const [, navigate] = useLocation();
  const go = () =>
    next.mutate(currentProspectId, {
      onSuccess: (item) => {
        if (!item) return;
        navigate(item.planId === null ? `/prospects/${item.prospect.id}` : `/plans/${item.planId}`);
      },
    });
  useCommands([
    {
      id: 'call.next-prospect',
      title: 'Next prospect',
      section: 'Call',
      shortcut: 'n',
      when: 'calls',
      run: go,
    },
  ]);
  return (
    <div className="next-prospect">
      <button type="button" className="button primary" onClick={go} disabled={next.isPending}>
        Next prospect <Keys shortcut="n" />
      </button>
      {next.isSuccess && next.data === null ? (
        <p role="status" className="muted">
          Nobody else to call right now. <a href="#/today">Back to Today</a>
        </p>
      ) : null}
      {next.isError ? (
        <p role="alert" className="banner error">
          {next.error.message}
        </p>
      ) : null}
    </div>
  );
}
