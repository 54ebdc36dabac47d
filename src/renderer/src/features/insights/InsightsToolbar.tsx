import type { RefObject } from 'react';
import type { InsightStatus, useInsightLibrary } from './useInsightLibrary';

/** Search as you type, then narrow by industry, tag and active or archived. */
export function InsightsToolbar({
  library,
  searchBox,
}: {
  library: ReturnType<typeof useInsightLibrary>;
  searchBox: RefObject<HTMLInputElement | null>;
}) {
  return (
    <div className="toolbar insights-toolbar">
      <label className="visually-hidden" htmlFor="insight-search">
        Search insights
      </label>
      <input
        id="insight-search"
        ref={searchBox}
        className="search-input"
        type="search"
        placeholder="Search headline, detail, evidence, tags…"
        value={library.search}
        onChange={(e) => library.setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.currentTarget.blur();
            library.clearSearch();
          } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
            // From the search box straight into the results, without the mouse.
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
      <FilterSelect
        id="insight-industry"
        label="Industry"
        allLabel="All industries"
        value={library.industry}
        options={library.facets.industries}
        onChange={library.setIndustry}
      />
      <FilterSelect
        id="insight-tag"
        label="Tag"
        allLabel="All tags"
        value={library.tag}
        options={library.facets.tags}
        onChange={library.setTag}
      />
      <label className="visually-hidden" htmlFor="insight-status">
        Show
      </label>
      <select
        id="insight-status"
        className="search-input insights-filter"
        value={library.status}
        onChange={(e) => library.setStatus(e.target.value as InsightStatus)}
      >
        <option value="active">Active</option>
        <option value="archived">Archived</option>
      </select>
    </div>
  );
}

function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="search-input insights-filter"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.allLabel}</option>
        {withCurrent(props.options, props.value).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </>
  );
}

/** Keeps a chosen filter visible even after the last insight carrying it was archived. */
const withCurrent = (options: string[], value: string): string[] =>
  value === '' || options.includes(value) ? options : [value, ...options];
