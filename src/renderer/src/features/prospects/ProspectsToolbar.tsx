import type { RefObject } from 'react';
import { SearchBox, STATUS_OPTIONS, ToolbarSelect } from '../../ui/Toolbar';
import type { useProspectsList } from './useProspectsList';

/** Search as you type, then the tag, industry, last-contact, sort and status menus. */
export function ProspectsToolbar({
  list,
  searchBox,
}: {
  list: ReturnType<typeof useProspectsList>;
  searchBox: RefObject<HTMLInputElement | null>;
}) {
  return (
    <div className="toolbar prospect-toolbar">
      <SearchBox
        id="prospect-search"
        label="Search prospects"
        placeholder="Search name, company, title, tags, notes…"
        value={list.search}
        onChange={list.setSearch}
        inputRef={searchBox}
      />
      <div className="prospect-filters">
        <Select
          label="Tag"
          value={list.tag}
          onChange={list.setTag}
          options={[['', 'Any tag'], ...list.facets.tags.map((t) => [t, t] as const)]}
        />
        <Select
          label="Industry"
          value={list.industry}
          onChange={list.setIndustry}
          options={[['', 'Any industry'], ...list.facets.industries.map((i) => [i, i] as const)]}
        />
        <Select
          label="Last contact"
          value={list.lastContact}
          onChange={list.setLastContact}
          options={[
            ['any', 'Any contact'],
            ['never', 'Never called'],
            ['within_30_days', 'Last 30 days'],
            ['over_30_days', 'Over 30 days ago'],
          ]}
        />
        <Select
          label="Sort by"
          value={list.sort}
          onChange={list.setSort}
          options={[
            ['name', 'Name'],
            ['company', 'Company'],
            ['last_contact', 'Last contact'],
            ['updated', 'Recently edited'],
          ]}
        />
        <Select
          label="Show"
          value={list.status}
          onChange={list.setStatus}
          options={STATUS_OPTIONS}
        />
      </div>
    </div>
  );
}

/** A menu whose id follows from its label, as the prospect tests find it. */
function Select<Value extends string>(
  props: Omit<Parameters<typeof ToolbarSelect<Value>>[0], 'id' | 'className'>,
) {
  const id = `prospect-filter-${props.label.toLowerCase().replace(/\s+/gu, '-')}`;
  return <ToolbarSelect {...props} id={id} className="filter-select" />;
}
