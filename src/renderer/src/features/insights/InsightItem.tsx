import { memo } from 'react';
import type { Insight } from '../../../../shared/domain/insight';
import { Marked } from './Marked';
import { TrackRecord } from './TrackRecord';

export interface InsightListEntry {
  insight: Insight;
  /** Present for search results: the headline and a detail excerpt with the matches marked. */
  headlineMarked?: string;
  detailMarked?: string;
}

interface Props {
  entry: InsightListEntry;
  index: number;
  selected: boolean;
  onOpenAt: (index: number) => void;
}

/**
 * One insight in the library: what it says, what backs it, who it is for, how it has done.
 * Memoised: a keystroke in the search box renders the screen again before its results arrive,
 * and the fifty rows on view need not be rendered with it.
 */
export const InsightItem = memo(function InsightItem({ entry, index, selected, onOpenAt }: Props) {
  const { insight } = entry;
  const onOpen = () => onOpenAt(index);
  const detail = entry.detailMarked || insight.detail;
  const audience = [...insight.industries, ...insight.roles];
  return (
    <li
      className="insight-item"
      aria-current={selected ? 'true' : undefined}
      data-archived={insight.archivedAt ? 'true' : undefined}
      onClick={onOpen}
    >
      <div className="insight-body">
        <h3 className="insight-headline">
          <button type="button" className="row-link" onClick={onOpen}>
            {entry.headlineMarked ? <Marked text={entry.headlineMarked} /> : insight.headline}
          </button>
        </h3>
        {detail ? (
          <p className="insight-detail">
            <Marked text={detail} />
          </p>
        ) : null}
        <p className="insight-evidence">
          <span className={`insight-origin ${insight.isPublic ? 'public' : 'own'}`}>
            {insight.isPublic ? 'Public research' : 'Own experience'}
          </span>
          {insight.evidence ? <span>{insight.evidence}</span> : null}
          {insight.source ? <span className="muted">{insight.source}</span> : null}
        </p>
        {audience.length + insight.tags.length > 0 ? (
          <p className="insight-tags">
            {audience.map((value) => (
              <span key={`a-${value}`} className="tag audience">
                {value}
              </span>
            ))}
            {insight.tags.map((tag) => (
              <span key={`t-${tag}`} className="tag">
                #{tag}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <TrackRecord record={insight} />
    </li>
  );
});
