import type { useLoadSampleData, useRemoveSampleData } from './queries';
import { useSampleDataBusy } from './queries';
import './sample-data-status.css';

const BUSY_TEXT = {
  loading: 'Loading the sample data…',
  removing: 'Removing the sample data…',
} as const;

/**
 * The one word the app says while the sample data is loaded or removed, on whatever screen the
 * rep is (the palette closes at once, and a load takes over a second), and the error of a load or
 * removal started from the palette, which has no screen of its own to show it.
 */
export function SampleDataStatus({
  load,
  remove,
}: {
  load: ReturnType<typeof useLoadSampleData>;
  remove: ReturnType<typeof useRemoveSampleData>;
}) {
  const busy = useSampleDataBusy();
  const failed = load.isError ? load : remove.isError ? remove : null;
  return (
    <div className="sample-data-status">
      {/* Only while the work runs: an empty status region in every screen would be one more
          "status" to every test and tool that looks for the screen's own. */}
      {busy ? (
        <p role="status" className="sample-data-busy">
          {BUSY_TEXT[busy]}
        </p>
      ) : null}
      {failed && !busy ? (
        <div className="banner error" role="alert">
          {failed.error?.message}{' '}
          <button type="button" className="button small" onClick={() => failed.reset()}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
