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
      {/* Always in the page, so that a screen reader announces the text when it appears. */}
      <p role="status" className={busy ? 'sample-data-busy' : undefined}>
        {busy ? BUSY_TEXT[busy] : null}
      </p>
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
