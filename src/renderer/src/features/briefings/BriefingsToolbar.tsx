import type { RefObject } from 'react';
import type { BriefingKind } from '../../../../shared/domain/briefing';
import type { BriefingStatus, BriefingsList } from './useBriefingsList';

/** Search as you type, and which briefings to show. */
export function BriefingsToolbar({
  list,
  searchBox,
}: {
  list: Pick<BriefingsList, 'search' | 'setSearch' | 'kind' | 'setKind' | 'status' | 'setStatus'>;
  searchBox: RefObject<HTMLInputElement | null>;
}) {
  return (
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
        value={list.search}
        onChange={(event) => list.setSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            list.setSearch('');
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
        value={list.kind}
        onChange={(event) => list.setKind(event.target.value as BriefingKind)}
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
        value={list.status}
        onChange={(event) => list.setStatus(event.target.value as BriefingStatus)}
      >
        <option value="active">Active</option>
        <option value="archived">Archived</option>
      </select>
    </div>
  );
}
