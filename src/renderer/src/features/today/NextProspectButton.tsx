import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { Keys } from '../../app/commands/Keys';
import { focusIfIdle } from '../../ui/focusIfIdle';
import { useNextProspect } from './queries';

/**
 * After a call: on to the next person in Today's queue, at their plan. `takeFocus`: the call was
 * just ended here, and the end-call dialog that had focus is gone (it left focus on the page).
 */
export function NextProspectButton({
  currentProspectId,
  takeFocus = false,
}: {
  currentProspectId: number;
  takeFocus?: boolean;
}) {
  const next = useNextProspect();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) focusIfIdle(button.current);
  }, [takeFocus]);
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
      <button
        ref={button}
        type="button"
        className="button primary"
        onClick={go}
        disabled={next.isPending}
      >
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
