import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { BriefingKind } from '../../../../shared/domain/briefing';
import { useCommands } from '../../app/commands/useCommands';
import { FromTemplateDialog, NewBriefingDialog } from './NewBriefingDialogs';
import { useBriefingList } from './queries';
import './briefings.css';

const PAGE_SIZE = 50;

const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString([], { month: 'short', day: 'numeric', year: 'numeric' });

/** `/briefings`: templates and per-prospect briefings, loaded on demand (see App.tsx). */
export default function BriefingsScreen() {
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [kind, setKind] = useState<BriefingKind>('all');
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const [dialog, setDialog] = useState<'new' | 'template' | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useBriefingList({
    kind,
    status,
    offset,
    limit: PAGE_SIZE,
    ...(query ? { query } : {}),
  });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const total = list.data?.total ?? 0;
  const open = (id: number) => navigate(`/briefings/${id}`);

  // The screen's shortcuts, listed in the ? overlay and the palette while the screen is on view.
  useCommands([
    {
      id: 'briefings.new',
      title: 'New briefing or template',
      section: 'Briefings',
      shortcut: 'n',
      run: () => setDialog('new'),
    },
    {
      id: 'briefings.from-template',
      title: 'New briefing from a template',
      section: 'Briefings',
      shortcut: 't',
      run: () => setDialog('template'),
    },
    {
      id: 'briefings.search',
      title: 'Search briefings',
      section: 'Briefings',
      shortcut: '/',
      run: () => searchBox.current?.focus(),
    },
    {
      id: 'briefings.next',
      title: 'Select the next briefing',
      section: 'Briefings',
      shortcut: 'j',
      palette: false,
      run: () => setSelected((i) => Math.min(i + 1, items.length - 1)),
    },
    {
      id: 'briefings.previous',
      title: 'Select the previous briefing',
      section: 'Briefings',
      shortcut: 'k',
      palette: false,
      run: () => setSelected((i) => Math.max(i - 1, 0)),
    },
    {
      id: 'briefings.open',
      title: 'Open the selected briefing',
      section: 'Briefings',
      shortcut: 'enter',
      palette: false,
      enabled: !!items[selected],
      run: () => items[selected] && open(items[selected].id),
    },
  ]);

  const resetPaging = () => {
    setOffset(0);
    setSelected(0);
  };
  const libraryEmpty =
    list.isSuccess && total === 0 && !query && kind === 'all' && status === 'active';

  return (
    <div className="briefings">
      <header className="page-header">
        <div>
          <h1>Briefings</h1>
          <p>
            The meeting you offer: insights in order, talking points, questions. Press <kbd>n</kbd>{' '}
            for a new one, <kbd>t</kbd> to start from a template, <kbd>/</kbd> to search,{' '}
            <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </p>
        </div>
        <div className="briefing-actions">
          <button type="button" className="button" onClick={() => setDialog('template')}>
            New from template <kbd>t</kbd>
          </button>
          <button type="button" className="button primary" onClick={() => setDialog('new')}>
            New briefing <kbd>n</kbd>
          </button>
        </div>
      </header>

      {libraryEmpty ? (
        <section className="card empty" aria-labelledby="briefings-empty">
          <h2 id="briefings-empty">Offer a meeting worth their time</h2>
          <p>
            An executive briefing is what you trade for a prospect’s time: two or three insights
            they cannot read on your website, what they mean for their business, and the questions
            you will ask. Write one as a template, then copy it for each prospect.
          </p>
          <button type="button" className="button primary" onClick={() => setDialog('new')}>
            Write your first template
          </button>
        </section>
      ) : (
        <>
          <div className="toolbar">
            <label className="visually-hidden" htmlFor="briefing-search">
              Search briefings
            </label>
            <input
              id="briefing-search"
              ref={searchBox}
              className="search-input"
              type="search"
              placeholder="Search title, prospect, company…"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                resetPaging();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setSearch('');
                  event.currentTarget.blur();
                }
              }}
            />
            <label className="visually-hidden" htmlFor="briefing-kind">
              Kind
            </label>
            <select
              id="briefing-kind"
              className="search-input narrow"
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as BriefingKind);
                resetPaging();
              }}
            >
              <option value="all">Templates and briefings</option>
              <option value="templates">Templates</option>
              <option value="prospects">For a prospect</option>
            </select>
            <label className="visually-hidden" htmlFor="briefing-status">
              Show
            </label>
            <select
              id="briefing-status"
              className="search-input narrow"
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as typeof status);
                resetPaging();
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
            <table className="table" aria-label="Briefings">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">For</th>
                  <th scope="col">Insights</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Length</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {items.map((briefing, index) => (
                  <tr
                    key={briefing.id}
                    aria-selected={index === selected}
                    onClick={() => open(briefing.id)}
                  >
                    <td>
                      <button
                        type="button"
                        className="row-link"
                        onClick={(event) => {
                          event.stopPropagation();
                          open(briefing.id);
                        }}
                      >
                        {briefing.title}
                      </button>
                    </td>
                    <td>
                      {briefing.prospect ? (
                        <>
                          {briefing.prospect.name}
                          {briefing.prospect.company ? (
                            <span className="muted"> · {briefing.prospect.company}</span>
                          ) : null}
                        </>
                      ) : (
                        <span className="tag tag-template">Template</span>
                      )}
                    </td>
                    <td className="num">{briefing.itemCount}</td>
                    <td className="num">{briefing.questionCount}</td>
                    <td className="muted nowrap">
                      {briefing.lengthMinutes === null ? '—' : `${briefing.lengthMinutes} min`}
                    </td>
                    <td className="muted nowrap">{formatDate(briefing.updatedAt)}</td>
                  </tr>
                ))}
                {list.isSuccess && items.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="muted">
                      {query ? `No briefing matches “${query}”.` : 'Nothing here.'}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            <div className="pager">
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
      {dialog === 'new' ? (
        <NewBriefingDialog onClose={() => setDialog(null)} onCreated={open} />
      ) : null}
      {dialog === 'template' ? (
        <FromTemplateDialog onClose={() => setDialog(null)} onCreated={open} />
      ) : null}
    </div>
  );
}
