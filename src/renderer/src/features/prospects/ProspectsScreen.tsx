import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Prospect, ProspectSort } from '../../../../shared/domain/prospect';
import { useCommands } from '../../app/commands/useCommands';
import { ProspectDialog } from './ProspectDialog';
import {
  useLoadSampleData,
  useProspectFacets,
  useProspectWindow,
  type ProspectFilter,
} from './queries';
import './prospects.css';

const ROW_HEIGHT = 44;

type LastContact = NonNullable<ProspectFilter['lastContact']>;

export function ProspectsScreen() {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const [sort, setSort] = useState<ProspectSort>('name');
  const [tag, setTag] = useState('');
  const [industry, setIndustry] = useState('');
  const [lastContact, setLastContact] = useState<LastContact>('any');
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<Prospect | 'new' | null>(null);
  const [, navigate] = useLocation();
  const open = useCallback(
    (prospect: Prospect) => navigate(`/prospects/${prospect.id}`),
    [navigate],
  );
  const searchBox = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const filter: ProspectFilter = {
    query,
    status,
    sort,
    lastContact,
    ...(tag ? { tag } : {}),
    ...(industry ? { industry } : {}),
  };
  const filterKey = JSON.stringify(filter);
  const [range, setRange] = useState({ start: 0, end: 40 });
  const list = useProspectWindow(filter, range.start, range.end);
  const total = list.total;
  // The filter menus can wait for the first rows: the host answers one request at a time, and
  // counting tags and industries over 100k prospects ahead of the list delayed the rows.
  const facets = useProspectFacets(list.isSuccess || list.error !== null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands back functions the React Compiler cannot memoize; nothing here relies on it.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows[rows.length - 1]?.index ?? 40;
  // The rows on screen decide which pages to fetch; they are known only after the virtualizer ran.
  useEffect(() => {
    setRange((current) =>
      current.start === firstRow && current.end === lastRow
        ? current
        : { start: firstRow, end: lastRow },
    );
  }, [firstRow, lastRow]);

  // A new filter starts at the top of its list.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    setSelected(0);
  }, [filterKey]);

  const select = (index: number) => {
    const next = Math.max(0, Math.min(index, total - 1));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

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
      run: () => select(selected + 1),
    },
    {
      id: 'prospects.previous',
      title: 'Select the previous prospect',
      section: 'Prospects',
      shortcut: 'k',
      palette: false,
      run: () => select(selected - 1),
    },
    {
      id: 'prospects.open',
      title: 'Open the selected prospect',
      section: 'Prospects',
      shortcut: 'enter',
      palette: false,
      enabled: !!list.rowAt(selected),
      run: () => {
        const prospect = list.rowAt(selected);
        if (prospect) open(prospect);
      },
    },
  ]);

  const filtered =
    query !== '' || status !== 'active' || tag !== '' || industry !== '' || lastContact !== 'any';
  const showEmptyLibrary = list.isSuccess && total === 0 && !filtered;
  const padTop = rows[0]?.start ?? 0;
  const padBottom = rows.length ? virtualizer.getTotalSize() - rows[rows.length - 1]!.end : 0;

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
          <div className="toolbar prospect-toolbar">
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
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.currentTarget.blur();
                  setSearch('');
                }
              }}
            />
            <Select
              label="Tag"
              value={tag}
              onChange={setTag}
              options={[['', 'Any tag'], ...(facets.data?.tags ?? []).map((t) => [t, t] as const)]}
            />
            <Select
              label="Industry"
              value={industry}
              onChange={setIndustry}
              options={[
                ['', 'Any industry'],
                ...(facets.data?.industries ?? []).map((i) => [i, i] as const),
              ]}
            />
            <Select
              label="Last contact"
              value={lastContact}
              onChange={(value) => setLastContact(value as LastContact)}
              options={[
                ['any', 'Any contact'],
                ['never', 'Never called'],
                ['within_30_days', 'Last 30 days'],
                ['over_30_days', 'Over 30 days ago'],
              ]}
            />
            <Select
              label="Sort by"
              value={sort}
              onChange={(value) => setSort(value as ProspectSort)}
              options={[
                ['name', 'Name'],
                ['company', 'Company'],
                ['last_contact', 'Last contact'],
                ['updated', 'Recently edited'],
              ]}
            />
            <Select
              label="Show"
              value={status}
              onChange={(value) => setStatus(value as typeof status)}
              options={[
                ['active', 'Active'],
                ['archived', 'Archived'],
              ]}
            />
          </div>
          {list.error ? (
            <div className="banner error" role="alert">
              {list.error.message}
            </div>
          ) : null}
          <div className="card">
            <div className="prospect-scroller" ref={scroller}>
              <table
                className="table prospect-table"
                aria-label="Prospects"
                aria-rowcount={total + 1}
              >
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Title</th>
                    <th scope="col">Company</th>
                    <th scope="col">Phone</th>
                    <th scope="col">Last contact</th>
                    <th scope="col">Tags</th>
                  </tr>
                </thead>
                <tbody>
                  {padTop > 0 ? (
                    <tr aria-hidden="true" className="spacer">
                      <td colSpan={6} style={{ height: padTop }} />
                    </tr>
                  ) : null}
                  {rows.map((row) => {
                    const prospect = list.rowAt(row.index);
                    return (
                      <tr
                        key={row.key}
                        aria-rowindex={row.index + 2}
                        aria-selected={row.index === selected}
                        onClick={() => prospect && open(prospect)}
                      >
                        {prospect ? (
                          <>
                            <td>
                              <button
                                type="button"
                                className="row-link"
                                onClick={() => open(prospect)}
                              >
                                {prospect.name}
                              </button>
                            </td>
                            <td className="muted">{prospect.title}</td>
                            <td>{prospect.company}</td>
                            <td className="muted">{prospect.phone}</td>
                            <td className="muted">
                              {prospect.lastContactAt
                                ? new Date(prospect.lastContactAt).toLocaleDateString()
                                : '—'}
                            </td>
                            <td>
                              {prospect.tags.map((t) => (
                                <span key={t} className="tag">
                                  {t}
                                </span>
                              ))}
                            </td>
                          </>
                        ) : (
                          <td colSpan={6} className="muted">
                            Loading…
                          </td>
                        )}
                      </tr>
                    );
                  })}
                  {padBottom > 0 ? (
                    <tr aria-hidden="true" className="spacer">
                      <td colSpan={6} style={{ height: padBottom }} />
                    </tr>
                  ) : null}
                  {list.isSuccess && total === 0 ? (
                    <tr>
                      <td colSpan={6} className="muted">
                        {query ? `No prospect matches “${query}”.` : 'Nothing here.'}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <span role="status">
                {total === 0
                  ? 'No prospects'
                  : `${total.toLocaleString()} prospect${total === 1 ? '' : 's'}`}
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

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  const id = `prospect-filter-${label.toLowerCase().replace(/\s+/gu, '-')}`;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="search-input filter-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
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
