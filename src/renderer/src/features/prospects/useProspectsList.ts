import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useState, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { Prospect, ProspectSort } from '../../../../shared/domain/prospect';
import { awaitsSecondLetter } from '../../../../shared/domain/search';
import { useCommands } from '../../app/commands/useCommands';
import { useProspectFacets, useProspectWindow, type ProspectFilter } from './queries';

export const ROW_HEIGHT = 44;

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
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search);
  const query = awaitsSecondLetter(typed) ? '' : typed;
  const [status, setStatus] = useState<ProspectStatus>('active');
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
  }, [filterKey, scroller]);

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
    error: list.error?.message ?? null,
    rowAt: list.rowAt,
    /** The rows the virtualizer has on screen, and the space above and below them. */
    rows,
    padTop: rows[0]?.start ?? 0,
    padBottom: rows.length ? virtualizer.getTotalSize() - rows[rows.length - 1]!.end : 0,
    selected,
    open,
    showEmptyLibrary: list.isSuccess && total === 0 && !filtered,
    editing,
    startNew: () => setEditing('new'),
    closeEditor: () => setEditing(null),
  };
}
