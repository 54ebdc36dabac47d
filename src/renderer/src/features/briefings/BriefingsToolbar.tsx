import type { RefObject } from 'react';
import { SearchBox, STATUS_OPTIONS, ToolbarSelect } from '../../ui/Toolbar';
import type { BriefingsList } from './useBriefingsList';

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
      <SearchBox
        id="briefing-search"
        label="Search briefings"
        placeholder="Search title, prospect, company…"
        value={list.search}
        onChange={list.setSearch}
        inputRef={searchBox}
      />
      <ToolbarSelect
        id="briefing-kind"
        label="Kind"
        className="narrow"
        value={list.kind}
        onChange={list.setKind}
        options={[
          ['all', 'Templates and briefings'],
          ['templates', 'Templates'],
          ['prospects', 'For a prospect'],
        ]}
      />
      <ToolbarSelect
        id="briefing-status"
        label="Show"
        className="narrow"
        value={list.status}
        onChange={list.setStatus}
        options={STATUS_OPTIONS}
      />
    </div>
  );
}
