import type { RefObject } from 'react';
import { SearchBox, STATUS_OPTIONS, ToolbarSelect } from '../../ui/Toolbar';
import type { useInsightLibrary } from './useInsightLibrary';

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
      <SearchBox
        id="insight-search"
        label="Search insights"
        placeholder="Search headline, detail, evidence, tags…"
        value={library.search}
        onChange={library.setSearch}
        inputRef={searchBox}
        onClear={library.clearSearch}
        leaveOnEnter
      />
      <ToolbarSelect
        id="insight-industry"
        label="Industry"
        className="insights-filter"
        value={library.industry}
        onChange={library.setIndustry}
        options={facetOptions('All industries', library.facets.industries, library.industry)}
      />
      <ToolbarSelect
        id="insight-tag"
        label="Tag"
        className="insights-filter"
        value={library.tag}
        onChange={library.setTag}
        options={facetOptions('All tags', library.facets.tags, library.tag)}
      />
      <ToolbarSelect
        id="insight-status"
        label="Show"
        className="insights-filter"
        value={library.status}
        onChange={library.setStatus}
        options={STATUS_OPTIONS}
      />
    </div>
  );
}

/**
 * "All" and then each facet; a chosen filter stays listed even after the last insight carrying it
 * was archived.
 */
function facetOptions(allLabel: string, options: string[], value: string) {
  const listed = value === '' || options.includes(value) ? options : [value, ...options];
  return [['', allLabel] as const, ...listed.map((option) => [option, option] as const)];
}
