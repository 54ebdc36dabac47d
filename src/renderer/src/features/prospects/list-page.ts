import type { ChannelInput } from '../../../../shared/api/contract';

/**
 * What one page of the prospects list asks the backend for. Kept free of React and the transport
 * so that the page's first script (src/early.ts) asks for the first page with exactly the input
 * the screen's own query (queries.ts) uses.
 */
export type ProspectListQuery = NonNullable<ChannelInput<'prospects:list'>>;
export type ProspectFilter = Omit<ProspectListQuery, 'offset' | 'limit'>;

/** Rows are fetched in pages of this size as they scroll into view. */
export const WINDOW_PAGE = 100;

/** What the prospects list shows before the rep touches a filter (useProspectsList's defaults). */
export const DEFAULT_PROSPECT_FILTER: ProspectFilter = {
  query: '',
  status: 'active',
  sort: 'name',
  lastContact: 'any',
};

export const prospectPageInput = (filter: ProspectFilter, page: number): ProspectListQuery => ({
  ...filter,
  offset: page * WINDOW_PAGE,
  limit: WINDOW_PAGE,
});
