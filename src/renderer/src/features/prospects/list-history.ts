import type { ProspectSort } from '../../../../shared/domain/prospect';

/** What the rep made of the prospects list: the search, the menus, the row and the scroll. */
export interface ProspectListView {
  search: string;
  status: 'active' | 'archived';
  sort: ProspectSort;
  tag: string;
  industry: string;
  lastContact: 'any' | 'never' | 'within_30_days' | 'over_30_days';
  /** The selected row, with the filter it belongs to (useProspectsList's selection). */
  selection: { filterKey: string; index: number };
  scrollTop: number;
}

const KEY = 'oneupProspectsList';

/**
 * The list's view is kept in the browser history entry the list is shown in: Back from a
 * prospect finds the search, filters, row and scroll as the rep left them (they were reset, and a
 * rep who had searched "grace" had to type it again), while the sidebar link opens a new entry and
 * so a fresh list.
 */
export function viewInHistory(): ProspectListView | null {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !(KEY in state)) return null;
  // Written only by keepViewInHistory below, in this tab.
  return (state as Record<typeof KEY, ProspectListView>)[KEY];
}

/** Replaces the current entry's view; the address stays as it is. */
export function keepViewInHistory(view: ProspectListView): void {
  const state: unknown = window.history.state;
  const others = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...others, [KEY]: view }, '');
}
