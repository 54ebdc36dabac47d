import type { CheckResult } from '../../../../shared/checker';
import type { Prospect } from '../../../../shared/domain/prospect';
import { localTime } from '../../lib/time';
import { SaveStatus, type SaveStatusValue } from '../../ui/autosave';

interface Props {
  prospect: Prospect;
  status: SaveStatusValue;
  verdict: CheckResult['verdict'];
  dialPending: boolean;
  onExport: () => void;
  onDial: () => void;
}

const VERDICT_LABEL: Record<CheckResult['verdict'], string> = {
  ready: 'ready',
  needs_work: 'needs work',
  blocked: 'blocked',
};

/** Who the plan is for, their local time, the save indicator and the Dial button. */
export function PlanHeader({ prospect, status, verdict, dialPending, onExport, onDial }: Props) {
  const local = localTime(prospect.timezone);
  return (
    <header className="plan-header">
      <div>
        <h1>
          Call plan · <a href={`#/prospects/${prospect.id}`}>{prospect.name}</a>
        </h1>
        <p className="muted">
          {[prospect.title, prospect.company].filter(Boolean).join(', ')}
          {local ? ` · their time ${local}` : ''}
        </p>
      </div>
      <button type="button" className="button" onClick={onExport}>
        Export Markdown
      </button>
      <SaveStatus status={status} />
      <button
        type="button"
        className={`button dial dial-${verdict}`}
        onClick={onDial}
        disabled={dialPending}
      >
        {verdict === 'blocked' ? 'Dial anyway…' : 'Dial'}
        <span className="dial-verdict">{VERDICT_LABEL[verdict]}</span>
        <kbd>Ctrl ⏎</kbd>
      </button>
    </header>
  );
}
