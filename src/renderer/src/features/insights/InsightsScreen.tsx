import { useRef } from 'react';
import { ListScreen } from '../../ui/ListScreen';
import { EmptyInsights } from './EmptyInsights';
import { InsightDialog } from './InsightDialog';
import { InsightItem } from './InsightItem';
import { InsightsToolbar } from './InsightsToolbar';
import {
  PAGE_SIZE,
  SEARCH_LIMIT,
  useInsightLibrary,
  type InsightStatus,
} from './useInsightLibrary';
import './insights.css';

const countLabel = (total: number, status: InsightStatus) =>
  `${total.toLocaleString()} ${status === 'archived' ? 'archived insight' : 'insight'}${total === 1 ? '' : 's'}`;

/** The insight library: what the rep knows that prospects don't, searchable as they type. */
export function InsightsScreen() {
  const searchBox = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const library = useInsightLibrary({ searchBox, listRef });
  const { entries, total, offset, searching, query } = library;

  return (
    <>
      <ListScreen
        title="Insights"
        count={
          library.totalKnown && !library.showTeaching ? countLabel(total, library.status) : null
        }
        description={
          <>
            What you know that your prospects don’t. Press <kbd>n</kbd> for a new one, <kbd>/</kbd>{' '}
            to search, <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </>
        }
        actions={
          <button type="button" className="button primary" onClick={library.startNew}>
            New insight <kbd>n</kbd>
          </button>
        }
        empty={library.showTeaching ? <EmptyInsights onAdd={library.startNew} /> : null}
        toolbar={<InsightsToolbar library={library} searchBox={searchBox} />}
        error={library.error}
        cardClassName="insights-card"
        footer={
          <>
            <span role="status">
              {searching
                ? library.isSuccess
                  ? `${entries.length}${entries.length === SEARCH_LIMIT ? '+' : ''} ${entries.length === 1 ? 'match' : 'matches'}`
                  : ''
                : total === 0
                  ? 'No insights'
                  : `${offset + 1}–${offset + entries.length} of ${total.toLocaleString()}`}
            </span>
            {searching ? null : (
              <span>
                <button
                  type="button"
                  className="button"
                  disabled={offset === 0}
                  onClick={() => library.showPage(offset - PAGE_SIZE)}
                >
                  Previous
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  disabled={offset + PAGE_SIZE >= total}
                  onClick={() => library.showPage(offset + PAGE_SIZE)}
                >
                  Next
                </button>
              </span>
            )}
          </>
        }
      >
        <ul
          className="insight-list"
          aria-label="Insights"
          ref={listRef}
          // Says which search the rows on screen answer (not a previous keystroke's, kept
          // while the next loads), so `npm run bench` can time keystroke → results painted.
          data-results-for={library.resultsFor}
        >
          {entries.map((entry, index) => (
            <InsightItem
              key={entry.insight.id}
              entry={entry}
              index={index}
              selected={index === library.selected}
              onOpenAt={library.openAt}
            />
          ))}
        </ul>
        {library.isSuccess && entries.length === 0 ? (
          <p className="insight-none muted">
            {searching
              ? `No insight matches “${query}”.`
              : library.status === 'archived'
                ? 'No archived insights.'
                : 'No insight has this industry and tag.'}
          </p>
        ) : null}
      </ListScreen>
      {library.editing ? (
        <InsightDialog
          insight={library.editing === 'new' ? undefined : library.editing}
          onClose={library.closeEditor}
        />
      ) : null}
      {library.linked ? (
        <InsightDialog insight={library.linked} onClose={library.closeLinked} />
      ) : null}
    </>
  );
}
