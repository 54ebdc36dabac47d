import { useLoadSampleData } from '../today/queries';
import { SampleDataButton, SampleDataError } from '../today/SampleDataOffer';

/** The first run: what OneUp is for, and a way to try it on sample data. */
export function EmptyProspects({ onAdd }: { onAdd: () => void }) {
  const sample = useLoadSampleData();
  return (
    <section className="card empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Start with the people you will call</h2>
      <p>
        OneUp helps you open a call as a peer: who you are, why you call, an insight they can't read
        on your website, and one clear ask. Add a prospect, or load a few sample prospects and
        insights to see the method at work.
      </p>
      <button type="button" className="button primary" onClick={onAdd}>
        Add a prospect
      </button>{' '}
      <SampleDataButton sample={sample} />
      <SampleDataError sample={sample} />
    </section>
  );
}
