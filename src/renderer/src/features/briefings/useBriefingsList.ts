import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { BriefingKind } from '../../../../shared/domain/briefing';
import { useCommands } from '../../app/commands/useCommands';
import { useBriefingList } from './queries';

export const BRIEFINGS_PAGE_SIZE = 50;

export type BriefingStatus = 'active' | 'archived';

/**
 * The Briefings list's state and data: search, kind and status filters, paging, the selected row
 * for j/k/Enter, which "new" dialog is open, and the screen's commands.
 */
export function useBriefingsList() {
  const [, navigate] = useLocation();
  const [search, setSearchText] = useState('');
  const query = useDeferredValue(search.trim());
  const [kind, setKindValue] = useState<BriefingKind>('all');
  const [status, setStatusValue] = useState<BriefingStatus>('active');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const [dialog, setDialog] = useState<'new' | 'template' | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useBriefingList({
    kind,
    status,
    offset,
    limit: BRIEFINGS_PAGE_SIZE,
    ...(query ? { query } : {}),
  });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const total = list.data?.total ?? 0;
  const open = (id: number) => navigate(`/briefings/${id}`);

  // A new filter starts from the first page and the first row.
  const refilter =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
      setSelected(0);
    };

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

  return {
    search,
    setSearch: refilter(setSearchText),
    query,
    kind,
    setKind: refilter(setKindValue),
    status,
    setStatus: refilter(setStatusValue),
    searchBox,
    list,
    items,
    total,
    offset,
    setOffset,
    selected,
    open,
    dialog,
    setDialog,
    libraryEmpty: list.isSuccess && total === 0 && !query && kind === 'all' && status === 'active',
  };
}

export type BriefingsList = ReturnType<typeof useBriefingsList>;
