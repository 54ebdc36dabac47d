import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { api, unwrap } from '../../lib/api';
import type { Insight } from '../../../../shared/domain/insight';
import { useCommands } from '../../app/commands/useCommands';
import { EmptyInsights } from './EmptyInsights';
import { InsightDialog } from './InsightDialog';
import { InsightItem, type InsightListEntry } from './InsightItem';
import { useInsightFacets, useInsightList, useInsightSearch } from './queries';
import './insights.css';

const PAGE_SIZE = 25;
const SEARCH_LIMIT = 50;

export function InsightsScreen() {
  // `/insights/:id` (from the palette or a link) opens that insight over the library.
  const params = useParams<{ id?: string }>();
  const linkedId = params.id === undefined ? undefined : Number(params.id);
  const [, navigate] = useLocation();
  const linked = useQuery({
    queryKey: ['insights', 'get', linkedId],
    queryFn: () => unwrap(api.insights.get({ id: linkedId! })),
    enabled: linkedId !== undefined && Number.isInteger(linkedId),
  });
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const [industry, setIndustry] = useState('');
  const [tag, setTag] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<Insight | 'new' | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const filters = {
    status,
    ...(industry ? { industry } : {}),
    ...(tag ? { tag } : {}),
  };
  const searching = query !== '';
  const list = useInsightList({ ...filters, offset, limit: PAGE_SIZE }, !searching);
  const found = useInsightSearch({ query, ...filters, limit: SEARCH_LIMIT }, searching);
  const facets = useInsightFacets();

  const entries: InsightListEntry[] = useMemo(
    () =>
      searching
        ? (found.data ?? []).map((hit) => ({
            insight: hit.insight,
            headlineMarked: hit.headlineMarked,
            detailMarked: hit.detailExcerptMarked,
          }))
        : (list.data?.items ?? []).map((insight) => ({ insight })),
    [searching, found.data, list.data],
  );
  const current = searching ? found : list;
  const total = list.data?.total ?? 0;

  // The screen's shortcuts, listed in the ? overlay and the palette while the screen is on view.
  useCommands([
    {
      id: 'insights.new',
      title: 'New insight',
      section: 'Insights',
      shortcut: 'n',
      run: () => setEditing('new'),
    },
    {
      id: 'insights.search',
      title: 'Search insights',
      section: 'Insights',
      shortcut: '/',
      run: () => searchBox.current?.focus(),
    },
    {
      id: 'insights.next',
      title: 'Select the next insight',
      section: 'Insights',
      shortcut: 'j',
      palette: false,
      run: () => setSelected((i) => Math.min(i + 1, entries.length - 1)),
    },
    {
      id: 'insights.previous',
      title: 'Select the previous insight',
      section: 'Insights',
      shortcut: 'k',
      palette: false,
      run: () => setSelected((i) => Math.max(i - 1, 0)),
    },
    {
      id: 'insights.open',
      title: 'Open the selected insight',
      section: 'Insights',
      shortcut: 'enter',
      palette: false,
      enabled: !!entries[selected],
      run: () => {
        const entry = entries[selected];
        if (entry) setEditing(entry.insight);
      },
    },
  ]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const resetPosition = () => {
    setOffset(0);
    setSelected(0);
  };
  const filtered = searching || status !== 'active' || industry !== '' || tag !== '';
  const showTeaching = list.isSuccess && !filtered && total === 0;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>Insights</h1>
          <p>
            What you know that your prospects don’t. Press <kbd>n</kbd> for a new one, <kbd>/</kbd>{' '}
            to search, <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </p>
        </div>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          New insight <kbd>n</kbd>
        </button>
      </header>

      {showTeaching ? (
        <EmptyInsights onAdd={() => setEditing('new')} />
      ) : (
        <>
          <div className="toolbar insights-toolbar">
            <label className="visually-hidden" htmlFor="insight-search">
              Search insights
            </label>
            <input
              id="insight-search"
              ref={searchBox}
              className="search-input"
              type="search"
              placeholder="Search headline, detail, evidence, tags…"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                resetPosition();
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.currentTarget.blur();
                  setSearch('');
                } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
                  // From the search box straight into the results, without the mouse.
                  e.preventDefault();
                  e.currentTarget.blur();
                }
              }}
            />
            <FilterSelect
              id="insight-industry"
              label="Industry"
              allLabel="All industries"
              value={industry}
              options={facets.data?.industries ?? []}
              onChange={(value) => {
                setIndustry(value);
                resetPosition();
              }}
            />
            <FilterSelect
              id="insight-tag"
              label="Tag"
              allLabel="All tags"
              value={tag}
              options={facets.data?.tags ?? []}
              onChange={(value) => {
                setTag(value);
                resetPosition();
              }}
            />
            <label className="visually-hidden" htmlFor="insight-status">
              Show
            </label>
            <select
              id="insight-status"
              className="search-input insights-filter"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as typeof status);
                resetPosition();
              }}
            >
              <option value="active">Active</option>
              <option value="archived">Archived</option>
            </select>
          </div>
          {current.isError ? (
            <div className="banner error" role="alert">
              {current.error.message}
            </div>
          ) : null}
          <div className="card insights-card">
            <ul
              className="insight-list"
              aria-label="Insights"
              ref={listRef}
              // Says which search the rows on screen answer (not a previous keystroke's, kept
              // while the next loads), so `npm run bench` can time keystroke → results painted.
              data-results-for={
                searching && found.isSuccess && !found.isPlaceholderData ? query : undefined
              }
            >
              {entries.map((entry, index) => (
                <InsightItem
                  key={entry.insight.id}
                  entry={entry}
                  selected={index === selected}
                  onOpen={() => {
                    setSelected(index);
                    setEditing(entry.insight);
                  }}
                />
              ))}
            </ul>
            {current.isSuccess && entries.length === 0 ? (
              <p className="insight-none muted">
                {searching
                  ? `No insight matches “${query}”.`
                  : status === 'archived'
                    ? 'No archived insights.'
                    : 'No insight has this industry and tag.'}
              </p>
            ) : null}
            <div className="pager">
              <span role="status">
                {searching
                  ? found.isSuccess
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
                    onClick={() => {
                      setOffset(Math.max(0, offset - PAGE_SIZE));
                      setSelected(0);
                    }}
                  >
                    Previous
                  </button>{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={offset + PAGE_SIZE >= total}
                    onClick={() => {
                      setOffset(offset + PAGE_SIZE);
                      setSelected(0);
                    }}
                  >
                    Next
                  </button>
                </span>
              )}
            </div>
          </div>
        </>
      )}
      {editing ? (
        <InsightDialog
          insight={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {linked.data && editing === null && linkedId !== undefined ? (
        <InsightDialog insight={linked.data} onClose={() => navigate('/insights')} />
      ) : null}
    </>
  );
}

function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="search-input insights-filter"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.allLabel}</option>
        {withCurrent(props.options, props.value).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </>
  );
}

/** Keeps a chosen filter visible even after the last insight carrying it was archived. */
const withCurrent = (options: string[], value: string): string[] =>
  value === '' || options.includes(value) ? options : [value, ...options];
