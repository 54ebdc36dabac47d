import { useDeferredValue, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { Prospect, ProspectSort } from '../../../../shared/domain/prospect';
import { awaitsSecondLetter } from '../../../../shared/domain/search-box';
import { useCommands } from '../../app/commands/useCommands';
import { rowWindow, scrollRowIntoView, useViewport, visibleRange } from '../../lib/useRowWindow';
import { keepViewInHistory, viewInHistory, type ProspectListView } from './list-history';
import { useProspectFacets, useProspectWindow, type ProspectFilter } from './queries';

export const ROW_HEIGHT = 44;
/** Rows rendered beyond each edge of the view, so a quick scroll does not show blank rows. */
const OVERSCAN = 12;

export type LastContact = NonNullable<ProspectFilter['lastContact']>;
export type ProspectStatus = 'active' | 'archived';

/**
 * The prospects list as the screen shows it: search as you type, the filters, the virtualized
 * window of rows (only the pages on screen are fetched), the keyboard selection and the dialog.
 * The view owns the scroller and the search box; the hook scrolls and focuses them.
 */
export function useProspectsList({
  scroller,
  searchBox,
}: {
  scroller: RefObject<HTMLDivElement | null>;
  searchBox: RefObject<HTMLInputElement | null>;
}) {
  // Back to this list restores what the rep left (list-history.ts); a new visit starts fresh.
  const [restored] = useState(viewInHistory);
  const [search, setSearch] = useState(restored?.search ?? '');
  const typed = useDeferredValue(search);
  const query = awaitsSecondLetter(typed) ? '' : typed;
  const [status, setStatus] = useState<ProspectStatus>(restored?.status ?? 'active');
  const [sort, setSort] = useState<ProspectSort>(restored?.sort ?? 'name');
  const [tag, setTag] = useState(restored?.tag ?? '');
  const [industry, setIndustry] = useState(restored?.industry ?? '');
  const [lastContact, setLastContact] = useState<LastContact>(restored?.lastContact ?? 'any');
  // The selection belongs to one filter: a new filter starts again at its first row.
  const [selection, setSelection] = useState(restored?.selection ?? { filterKey: '', index: 0 });
  const [editing, setEditing] = useState<Prospect | 'new' | null>(null);
  const [, navigate] = useLocation();

  const filter: ProspectFilter = {
    query,
    status,
    sort,
    lastContact,
    ...(tag ? { tag } : {}),
    ...(industry ? { industry } : {}),
  };
  const filterKey = JSON.stringify(filter);
  const selected = selection.filterKey === filterKey ? selection.index : 0;
  const viewport = useViewport(scroller);
  // The rows in view decide which pages to fetch, before the list's total is known.
  const range = visibleRange(ROW_HEIGHT, OVERSCAN, viewport);
  const list = useProspectWindow(filter, range.start, range.end);
  const total = list.total;
  // The filter menus can wait for the first rows: the host answers one request at a time, and
  // counting tags and industries over 100k prospects ahead of the list delayed the rows.
  const facets = useProspectFacets(list.isSuccess || list.error !== null);

  const view = rowWindow(total, ROW_HEIGHT, OVERSCAN, viewport);

  // Kept as it changes, in the entry the list is shown in: leaving pushes a new entry first, so
  // there is no "last moment" on the way out to write it.
  const scrollTop = viewport.top;
  useEffect(() => {
    keepViewInHistory({ search, status, sort, tag, industry, lastContact, selection, scrollTop });
  }, [search, status, sort, tag, industry, lastContact, selection, scrollTop]);

  // Back to the list: once its rows have a height again, scroll to where the rep was.
  const scrollRestored = useRef(!restored || restored.scrollTop === 0);
  useEffect(() => {
    if (scrollRestored.current || !list.isSuccess || !restored) return;
    scrollRestored.current = true;
    scroller.current?.scrollTo({ top: restored.scrollTop });
  }, [list.isSuccess, restored, scroller]);

  /** Opens a prospect's page; the row opened is the selected one when the rep comes back. */
  const open = (prospect: Prospect, index?: number) => {
    if (index !== undefined) {
      // Written before navigating: the list is gone before an effect of a new selection runs.
      const view: Omit<ProspectListView, 'selection'> = {
        search,
        status,
        sort,
        tag,
        industry,
        lastContact,
        scrollTop,
      };
      keepViewInHistory({ ...view, selection: { filterKey, index } });
    }
    navigate(`/prospects/${prospect.id}`);
  };

  // A new filter starts at the top of its list.
  // (Not on mount: the list starts at the top, and scrolling there forced a layout of the
  // half-built page, about 38 ms of a cold load in the coldstart profile on a busy machine.)
  const scrolledFor = useRef(filterKey);
  useEffect(() => {
    if (scrolledFor.current === filterKey) return;
    scrolledFor.current = filterKey;
    scroller.current?.scrollTo({ top: 0 });
  }, [filterKey, scroller]);

  const select = (index: number) => {
    const next = Math.max(0, Math.min(index, total - 1));
    setSelection({ filterKey, index: next });
    if (scroller.current) scrollRowIntoView(scroller.current, next, ROW_HEIGHT);
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
  return {
    search,
    setSearch,
    query,
    status,
    setStatus,
    sort,
    setSort,
    tag,
    setTag,
    industry,
    setIndustry,
    lastContact,
    setLastContact,
    facets: facets.data ?? { tags: [], industries: [] },
    total,
    isSuccess: list.isSuccess,
    /** The search the rows on screen answer, once they do (not a previous keystroke's). */
    resultsFor: list.answered && query !== '' ? query : undefined,
    error: list.error?.message ?? null,
    rowAt: list.rowAt,
    /** The rows on screen, and the space above and below them. */
    rows: view.rows,
    padTop: view.padTop,
    padBottom: view.padBottom,
    selected,
    open,
    showEmptyLibrary: list.isSuccess && total === 0 && !filtered,
    editing,
    startNew: () => setEditing('new'),
    closeEditor: () => setEditing(null),
  };
}
