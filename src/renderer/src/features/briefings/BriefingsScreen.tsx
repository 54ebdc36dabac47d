import { ListScreen } from '../../ui/ListScreen';
import { BriefingsTable } from './BriefingsTable';
import { BriefingsToolbar } from './BriefingsToolbar';
import { FromTemplateDialog, NewBriefingDialog } from './NewBriefingDialogs';
import { BRIEFINGS_PAGE_SIZE, useBriefingsList } from './useBriefingsList';
import './briefings.css';

const countLabel = (total: number) =>
  `${total.toLocaleString()} ${total === 1 ? 'briefing' : 'briefings'}`;

/** `/briefings`: templates and per-prospect briefings, loaded on demand (see App.tsx). */
export default function BriefingsScreen() {
  const { searchBox, ...list } = useBriefingsList();
  const { items, total, offset } = list;

  // The dialogs stay inside .briefings, whose styles they share with the list.
  return (
    <div className="briefings">
      <ListScreen
        title="Briefings"
        count={list.list.isSuccess && !list.libraryEmpty ? countLabel(total) : null}
        description={
          <>
            The meeting you offer: insights in order, talking points, questions. Press <kbd>n</kbd>{' '}
            for a new one, <kbd>t</kbd> to start from a template, <kbd>/</kbd> to search,{' '}
            <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </>
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => list.setDialog('template')}>
              New from template <kbd>t</kbd>
            </button>
            <button type="button" className="button primary" onClick={() => list.setDialog('new')}>
              New briefing <kbd>n</kbd>
            </button>
          </>
        }
        empty={list.libraryEmpty ? <EmptyBriefings onNew={() => list.setDialog('new')} /> : null}
        toolbar={<BriefingsToolbar list={list} searchBox={searchBox} />}
        error={list.list.isError ? list.list.error.message : null}
        footer={
          <>
            <span role="status">
              {total === 0
                ? 'No briefings'
                : `${offset + 1}–${offset + items.length} of ${total.toLocaleString()}`}
            </span>
            <span>
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => list.setOffset(Math.max(0, offset - BRIEFINGS_PAGE_SIZE))}
              >
                Previous
              </button>{' '}
              <button
                type="button"
                className="button"
                disabled={offset + BRIEFINGS_PAGE_SIZE >= total}
                onClick={() => list.setOffset(offset + BRIEFINGS_PAGE_SIZE)}
              >
                Next
              </button>
            </span>
          </>
        }
      >
        <BriefingsTable
          items={items}
          selected={list.selected}
          loaded={list.list.isSuccess}
          query={list.query}
          open={list.open}
        />
      </ListScreen>
      {list.dialog === 'new' ? (
        <NewBriefingDialog onClose={() => list.setDialog(null)} onCreated={list.open} />
      ) : null}
      {list.dialog === 'template' ? (
        <FromTemplateDialog
          onClose={() => list.setDialog(null)}
          onCreated={list.open}
          onNewTemplate={() => list.setDialog('new')}
        />
      ) : null}
    </div>
  );
}

function EmptyBriefings({ onNew }: { onNew: () => void }) {
  return (
    <section className="card empty" aria-labelledby="briefings-empty">
      <h2 id="briefings-empty">Offer a meeting worth their time</h2>
      <p>
        An executive briefing is what you trade for a prospect’s time: two or three insights they
        cannot read on your website, what they mean for their business, and the questions you will
        ask. Write one as a template, then copy it for each prospect.
      </p>
      <button type="button" className="button primary" onClick={onNew}>
        Write your first template
      </button>
    </section>
  );
}
