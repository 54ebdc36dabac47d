import type { RefObject } from 'react';
import type { ProspectSort } from '../../../../shared/domain/prospect';
import type { LastContact, ProspectStatus, useProspectsList } from './useProspectsList';

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
      <label className="visually-hidden" htmlFor="prospect-search">
        Search prospects
      </label>
      <input
        id="prospect-search"
        ref={searchBox}
        className="search-input"
        type="search"
        placeholder="Search name, company, title, tags, notes…"
        value={list.search}
        onChange={(e) => list.setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.currentTarget.blur();
            list.setSearch('');
          }
        }}
      />
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
        onChange={(value) => list.setLastContact(value as LastContact)}
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
        onChange={(value) => list.setSort(value as ProspectSort)}
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
        onChange={(value) => list.setStatus(value as ProspectStatus)}
        options={[
          ['active', 'Active'],
          ['archived', 'Archived'],
        ]}
      />
    </div>
  );
}

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  const id = `prospect-filter-${label.toLowerCase().replace(/\s+/gu, '-')}`;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="search-input filter-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </>
  );
}
