import type { ReactNode } from 'react';
import type { Call } from '../../../../shared/domain/call';

/**
 * The top of a call's page, live or finished: the way back to the prospect, the title, then when
 * it happened (`children`) and the plan it was dialed from, if any.
 */
export function CallHeading({
  call,
  children,
}: {
  call: Pick<Call, 'prospectId' | 'prospectName' | 'planId'>;
  children: ReactNode;
}) {
  return (
    <>
      <p className="crumbs">
        <a href={`#/prospects/${call.prospectId}`}>{call.prospectName}</a> /
      </p>
      <h1>Call with {call.prospectName}</h1>
      <p>
        {children}
        {call.planId ? (
          <>
            {' '}
            from <a href={`#/plans/${call.planId}`}>the call plan</a>
          </>
        ) : null}
      </p>
    </>
  );
}
