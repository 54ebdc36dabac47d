import { useCallback, useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { awaitsSecondLetter } from '../../../../shared/domain/search-box';
import { useLocation, useParams } from 'wouter';
import type { Insight } from '../../../../shared/domain/insight';
import { useCommands } from '../../app/commands/useCommands';
import type { InsightListEntry } from './InsightItem';
import {
  prefetchInsightSearch,
  useInsight,
  useInsightFacets,
  useInsightList,
  useInsightSearch,
} from './queries';

export const PAGE_SIZE = 25;
export const SEARCH_LIMIT = 50;

export type InsightStatus = 'active' | 'archived';

/**
 * Everything the insight library screen shows and does: the filters, search as you type, a page
 * of the library or the search hits, the keyboard selection, and which insight is being edited.
 * The view owns the DOM refs; the hook focuses the search box and scrolls the selection into view.
 */
export function useInsightLibrary({
  searchBox,
  listRef,
}: {
  searchBox: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLUListElement | null>;
}) {
  // `/insights/:id` (from the palette or a link) opens that insight over the library.
  const params = useParams<{ id?: string }>();
  const linkedId = params.id === undefined ? undefined : Number(params.id);
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const linked = useInsight(linkedId);
  const [search, setSearchText] = useState('');
  const typed = useDeferredValue(search.trim());
  // A lone first letter keeps the library on screen until the second one (see fts-query.ts).
  const query = awaitsSecondLetter(typed) ? '' : typed;
  const [status, setStatusValue] = useState<InsightStatus>('active');
  const [industry, setIndustryValue] = useState('');
  const [tag, setTagValue] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<Insight | 'new' | null>(null);

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
  }, [selected, listRef]);

  const openAt = useCallback(
    (index: number) => {
      const entry = entries[index];
      if (!entry) return;
      setSelected(index);
      setEditing(entry.insight);
    },
    [entries],
  );

  // Any change of what the list answers starts again at its first row.
  const restarting =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
      setSelected(0);
    };

  const filtered = searching || status !== 'active' || industry !== '' || tag !== '';
  return {
    search,
    setSearch: (text: string) => {
      // The search leaves with the keystroke: waiting for the deferred render to ask for it put
      // 30–100 ms between the key and the request on the bench's 100k insights.
      const next = text.trim();
      if (next !== '' && !awaitsSecondLetter(next)) {
        prefetchInsightSearch(queryClient, { query: next, ...filters, limit: SEARCH_LIMIT });
      }
      restarting(setSearchText)(text);
    },
    /** Clears the box without moving the selection, as Escape always has. */
    clearSearch: () => setSearchText(''),
    query,
    searching,
    status,
    setStatus: restarting(setStatusValue),
    industry,
    setIndustry: restarting(setIndustryValue),
    tag,
    setTag: restarting(setTagValue),
    facets: facets.data ?? { industries: [], tags: [] },
    entries,
    total,
    /** The library's count under these filters has loaded (a search keeps the last one). */
    totalKnown: list.data !== undefined,
    offset,
    showPage: (next: number) => {
      setOffset(Math.max(0, next));
      setSelected(0);
    },
    isSuccess: current.isSuccess,
    error: current.error?.message ?? null,
    /** The search the rows on screen answer, once they do (not a previous keystroke's). */
    resultsFor: searching && found.isSuccess && !found.isPlaceholderData ? query : undefined,
    selected,
    /** Stable while the rows are: the rows are memoised on it. */
    openAt,
    showTeaching: list.isSuccess && !filtered && total === 0,
    editing,
    startNew: () => setEditing('new'),
    closeEditor: () => setEditing(null),
    /** The insight a `/insights/:id` link opened, while no other dialog is open. */
    linked: linked.data && editing === null && linkedId !== undefined ? linked.data : undefined,
    closeLinked: () => navigate('/insights'),
  };
}
