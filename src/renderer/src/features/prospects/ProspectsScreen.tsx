import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Prospect } from '../../../../shared/domain/prospect';
import { useLocation } from 'wouter';
import { useCommands } from '../../app/commands/useCommands';
import { ProspectDialog } from './ProspectDialog';
import { useLoadSampleData, useProspectList } from './queries';

const PAGE_SIZE = 50;

export function ProspectsScreen() {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<Prospect | 'new' | null>(null);
  const [, navigate] = useLocation();
  const open = useCallback(
    (prospect: Prospect) => navigate(`/prospects/${prospect.id}`),
    [navigate],
  );
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useProspectList({ query, status, offset, limit: PAGE_SIZE, sort: 'name' });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const total = list.data?.total ?? 0;

  // The screen's shortcuts, listed in the ? overlay and the palette while the screen is on view.
  useCommands([
    {
      id: 'prospects.new',
      title: 'New prospect',
      section: 'Prospects',
      shortcut: 'n',
      run: () => setEditing('new'),
    },
    {
      id: 'prospects.search',
      title: 'Search prospects',
      section: 'Prospects',
      shortcut: '/',
      run: () => searchBox.current?.focus(),
    },
    {
      id: 'prospects.next',
      title: 'Select the next prospect',
      section: 'Prospects',
      shortcut: 'j',
      palette: false,
      run: () => setSelected((i) => Math.min(i + 1, items.length - 1)),
    },
    {
      id: 'prospects.previous',
      title: 'Select the previous prospect',
      section: 'Prospects',
      shortcut: 'k',
      palette: false,
      run: () => setSelected((i) => Math.max(i - 1, 0)),
    },
    {
      id: 'prospects.open',
      title: 'Open the selected prospect',
      section: 'Prospects',
      shortcut: 'enter',
      palette: false,
      enabled: !!items[selected],
      run: () => items[selected] && open(items[selected]),
    },
  ]);

  const showEmptyLibrary = list.isSuccess && total === 0 && query === '' && status === 'active';

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Prospects</h1>
          <p>
            The people you call. Press <kbd>n</kbd> for a new one, <kbd>/</kbd> to search,{' '}
            <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </p>
        </div>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          New prospect <kbd>n</kbd>
        </button>
      </header>

      {showEmptyLibrary ? (
        <EmptyLibrary onAdd={() => setEditing('new')} />
      ) : (
        <>
          <div className="toolbar">
            <label className="visually-hidden" htmlFor="prospect-search">
              Search prospects
            </label>
            <input
              id="prospect-search"
              ref={searchBox}
              className="search-input"
              type="search"
              placeholder="Search name, company, title, tags, notes…"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setOffset(0);
                setSelected(0);
              }}
              onKeyDown={(e) => e.key === 'Escape' && (e.currentTarget.blur(), setSearch(''))}
            />
            <label className="visually-hidden" htmlFor="prospect-status">
              Show
            </label>
            <select
              id="prospect-status"
              className="search-input"
              style={{ flex: '0 0 auto' }}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as typeof status);
                setOffset(0);
                setSelected(0);
              }}
            >
              <option value="active">Active</option>
              <option value="archived">Archived</option>
            </select>
          </div>
          {list.isError ? (
            <div className="banner error" role="alert">
              {list.error.message}
            </div>
          ) : null}
          <div className="card">
            <table className="table" aria-label="Prospects">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Title</th>
                  <th scope="col">Company</th>
                  <th scope="col">Phone</th>
                  <th scope="col">Tags</th>
                </tr>
              </thead>
              <tbody>
                {items.map((prospect, index) => (
                  <tr
                    key={prospect.id}
                    aria-selected={index === selected}
                    onClick={() => open(prospect)}
                  >
                    <td>
                      <button type="button" className="row-link" onClick={() => open(prospect)}>
                        {prospect.name}
                      </button>
                    </td>
                    <td className="muted">{prospect.title}</td>
                    <td>{prospect.company}</td>
                    <td className="muted">{prospect.phone}</td>
                    <td>
                      {prospect.tags.map((tag) => (
                        <span key={tag} className="tag">
                          {tag}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
                {list.isSuccess && items.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="muted">
                      {query ? `No prospect matches “${query}”.` : 'Nothing here.'}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            <div className="pager">
              <span role="status">
                {total === 0
                  ? 'No prospects'
                  : `${offset + 1}–${offset + items.length} of ${total.toLocaleString()}`}
              </span>
              <span>
                <button
                  type="button"
                  className="button"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                >
                  Previous
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  disabled={offset + PAGE_SIZE >= total}
                  onClick={() => setOffset(offset + PAGE_SIZE)}
                >
                  Next
                </button>
              </span>
            </div>
          </div>
        </>
      )}
      {editing ? (
        <ProspectDialog
          prospect={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function EmptyLibrary({ onAdd }: { onAdd: () => void }) {
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
      <button
        type="button"
        className="button"
        onClick={() => sample.mutate()}
        disabled={sample.isPending}
      >
        Load sample data
      </button>
      {sample.isError ? (
        <div className="banner error" role="alert">
          {sample.error.message}
        </div>
      ) : null}
    </section>
  );
}
