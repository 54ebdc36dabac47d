import { useLoadSampleData, useSampleDataBusy } from './queries';

/**
 * The "Load sample data" button; the screen that holds `sample` says its error where it fits.
 * It is off while the sample is being loaded or removed from anywhere (the palette too), and
 * says so while its own load runs.
 */
export function SampleDataButton({ sample }: { sample: ReturnType<typeof useLoadSampleData> }) {
  const busy = useSampleDataBusy();
  return (
    <button
      type="button"
      className="button"
      onClick={() => sample.mutate()}
      disabled={busy !== null}
    >
      {busy === 'loading' ? 'Loading sample data…' : 'Load sample data'}
    </button>
  );
}

/** Why loading the sample failed, as a block under the first-run screens' buttons. */
export function SampleDataError({ sample }: { sample: ReturnType<typeof useLoadSampleData> }) {
  return sample.isError ? (
    <div className="banner error" role="alert">
      {sample.error.message}
    </div>
  ) : null;
}

/** "Load sample data", offered whenever none is loaded, whether or not the rep has rows. */
export function SampleDataOffer() {
  const sample = useLoadSampleData();
  return (
    <p>
      <SampleDataButton sample={sample} />{' '}
      <span className="muted">
        A demo week: prospects, insights, plans and calls with outcomes. Remove it in one step from
        the command palette (Ctrl K); your own records stay.
      </span>
      {sample.isError ? (
        <span className="banner error" role="alert">
          {sample.error.message}
        </span>
      ) : null}
    </p>
  );
}
