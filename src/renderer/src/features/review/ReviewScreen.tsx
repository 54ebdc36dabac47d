import { useRef } from 'react';
import { ANALYTICS_TITLE_ID, AnalyticsSection } from './AnalyticsSection';
import { CompareView } from './CompareView';
import { ReviewFilters } from './ReviewFilters';
import { ReviewList } from './ReviewList';
import { ReuseOpenerDialog } from './ReuseOpenerDialog';
import { useReview } from './useReview';
import '../prospects/prospect-detail.css';
import './review.css';

/** Past openers against their outcomes: filter, search, compare two, reuse one; and what works. */
export default function ReviewScreen() {
  const searchRef = useRef<HTMLInputElement>(null);
  const compareRef = useRef<HTMLDivElement>(null);
  const review = useReview({ searchRef, compareRef });
  const showAnalytics = () => {
    const heading = document.getElementById(ANALYTICS_TITLE_ID);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Review</h1>
          <p>
            Every opener you dialed, exactly as said, with its check at dial time and how the call
            ended.
          </p>
        </div>
        {/* The rates sit below every call (a rep reviews what was said first): fifteen sample
            calls put them 2,700 px down, where a rep looking for what works did not find them. */}
        {review.analytics && !review.nothingYet ? (
          <button type="button" className="button" onClick={showAnalytics}>
            What earns meetings ↓
          </button>
        ) : null}
      </header>
      {review.nothingYet ? (
        <section className="card empty" aria-labelledby="review-empty-title">
          <h2 id="review-empty-title">No calls to review yet</h2>
          <p>
            Dial from a call plan, or log a call you made from another phone. Each opener lands here
            with its verdict, score and outcome, so you can see which ones earn meetings.
          </p>
        </section>
      ) : (
        <>
          <ReviewFilters
            value={review.filters}
            onChange={review.setFilters}
            insights={review.filterOptions.insights}
            prospects={review.filterOptions.prospects}
            searchRef={searchRef}
          />
          <div ref={compareRef}>
            {review.comparisonError ? (
              <div className="banner error" role="alert">
                {review.comparisonError}
              </div>
            ) : null}
            {review.comparison ? (
              <CompareView comparison={review.comparison} onClose={review.closeComparison} />
            ) : null}
          </div>
          <section className="review-calls" aria-labelledby="review-calls-title">
            <div className="review-section-head">
              <h2 id="review-calls-title">Past calls</h2>
              <div className="review-compare-bar">
                <span className="muted" aria-live="polite">
                  {review.comparing.length === 0
                    ? 'Tick two calls to compare them.'
                    : review.comparing.length === 1
                      ? 'One call ticked; tick another.'
                      : 'Two calls ticked.'}
                </span>
                <button
                  type="button"
                  className="button primary"
                  disabled={review.comparing.length !== 2}
                  onClick={review.compare}
                >
                  Compare <kbd>c</kbd>
                </button>
              </div>
            </div>
            {review.reusingItem ? (
              <ReuseOpenerDialog
                item={review.reusingItem}
                pending={review.reusing !== null}
                error={review.reuseError}
                onStart={review.startReuse}
                onClose={review.cancelReuse}
              />
            ) : null}
            {review.listError ? (
              <div className="banner error" role="alert">
                {review.listError}
              </div>
            ) : null}
            {review.listLoaded && review.items.length === 0 ? (
              <p className="muted" role="status">
                No calls match these filters.
              </p>
            ) : (
              <ReviewList
                items={review.items}
                selectedIndex={review.selected}
                comparing={review.comparing}
                onToggleCompare={review.toggleCompare}
                onReuse={review.reuseOpener}
                reusing={review.reusing}
              />
            )}
            {review.hasOlder ? (
              <button
                type="button"
                className="button review-more"
                onClick={review.showOlder}
                disabled={review.loadingOlder}
              >
                {review.loadingOlder ? 'Loading…' : 'Show older calls'}
              </button>
            ) : null}
          </section>
          {/* The calls first: a rep reviews what was said; the rates come after. */}
          {review.analytics ? <AnalyticsSection analytics={review.analytics} /> : null}
        </>
      )}
    </>
  );
}
