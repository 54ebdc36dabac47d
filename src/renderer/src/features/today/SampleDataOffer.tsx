import { useLoadSampleData } from './queries';

/** The "Load sample data" button; the screen that holds `sample` says its error where it fits. */
export function SampleDataButton({ sample }: { sample: ReturnType<typeof useLoadSampleData> }) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => sample.mutate()}
      disabled={sample.isPending}
    >
      Load sample data
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
