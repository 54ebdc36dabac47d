import type { JobPhase, JobProgress as Progress } from '../../../shared/domain/jobs';
import './job-progress.css';

const PHASE_WORDS: Record<JobPhase, string> = {
  starting: 'Starting',
  reading: 'Reading',
  writing: 'Writing',
  parsing: 'Reading the file',
  checking: 'Checking',
  copying: 'Copying',
  finished: 'Finished',
};

/**
 * A long job's progress bar with its counts ("Writing 1,500 of 3,000 rows"), and a Cancel button
 * when the job can be cancelled. The bar has no value (moves on its own) until the total is known.
 */
export function JobProgress({
  label,
  progress,
  unit,
  onCancel,
}: {
  label: string;
  progress: Progress;
  /** What is counted: rows, steps… */
  unit: string;
  onCancel?: (() => void) | undefined;
}) {
  const { done, total, phase } = progress;
  const counts = total > 0 ? `${done.toLocaleString()} of ${total.toLocaleString()} ${unit}` : null;
  return (
    <div className="job-progress">
      <progress
        aria-label={label}
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
      <span role="status">
        {label}: {PHASE_WORDS[phase]}
        {counts ? ` ${counts}` : '…'}
      </span>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel {label.toLowerCase()}
        </button>
      ) : null}
    </div>
  );
}
