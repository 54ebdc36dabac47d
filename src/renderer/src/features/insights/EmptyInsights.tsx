import { useLoadSampleData } from '../today/queries';
import { SampleDataButton, SampleDataError } from '../today/SampleDataOffer';
import { useLibraryIsEmpty } from './queries';

/** The first-run screen teaches what belongs in the library before asking for anything. */
export function EmptyInsights({ onAdd }: { onAdd: () => void }) {
  const libraryIsEmpty = useLibraryIsEmpty();
  const sample = useLoadSampleData();
  return (
    <section className="card empty insights-empty" aria-labelledby="insights-empty-title">
      <h2 id="insights-empty-title">Keep what only you know</h2>
      <p>
        A One-Up insight is something the prospect cannot read on a website: a trend, a number or a
        risk you have seen across many clients. It is what you trade for their time — “I know
        something you don’t; may I share it?”
      </p>
      <div className="insight-examples">
        <figure className="insight-example good">
          <figcaption>An insight</figcaption>
          <blockquote>
            “Distributors who re-bid their freight lanes every quarter pay about 11% less than those
            who re-bid once a year.”
          </blockquote>
          <p className="muted">Evidence: 60 distributors, 2025 freight invoices.</p>
        </figure>
        <figure className="insight-example bad">
          <figcaption>Not an insight</figcaption>
          <blockquote>“We are a leading provider of logistics solutions.”</blockquote>
          <p className="muted">It is on your website, and it is about you, not them.</p>
        </figure>
      </div>
      <div className="insights-empty-actions">
        <button type="button" className="button primary" onClick={onAdd}>
          Add an insight <kbd>n</kbd>
        </button>
        {libraryIsEmpty.data ? <SampleDataButton sample={sample} /> : null}
      </div>
      <SampleDataError sample={sample} />
    </section>
  );
}
