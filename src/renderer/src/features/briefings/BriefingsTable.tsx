import type { BriefingSummary } from '../../../../shared/domain/briefing';

const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString([], { month: 'short', day: 'numeric', year: 'numeric' });

interface Props {
  items: BriefingSummary[];
  selected: number;
  /** The list has loaded: an empty page says so instead of showing a bare table. */
  loaded: boolean;
  query: string;
  open: (id: number) => void;
}

/** One row per briefing or template; a click or Enter on the selected row opens it. */
export function BriefingsTable({ items, selected, loaded, query, open }: Props) {
  return (
    <table className="table" aria-label="Briefings">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">For</th>
          <th scope="col">Insights</th>
          <th scope="col">Questions</th>
          <th scope="col">Length</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {items.map((briefing, index) => (
          <tr
            key={briefing.id}
            aria-selected={index === selected}
            onClick={() => open(briefing.id)}
          >
            <td>
              <button
                type="button"
                className="row-link"
                onClick={(event) => {
                  event.stopPropagation();
                  open(briefing.id);
                }}
              >
                {briefing.title}
              </button>
            </td>
            <td>
              {briefing.prospect ? (
                <>
                  {briefing.prospect.name}
                  {briefing.prospect.company ? (
                    <span className="muted"> · {briefing.prospect.company}</span>
                  ) : null}
                </>
              ) : (
                <span className="tag tag-template">Template</span>
              )}
            </td>
            <td className="num">{briefing.itemCount}</td>
            <td className="num">{briefing.questionCount}</td>
            <td className="muted nowrap">
              {briefing.lengthMinutes === null ? '—' : `${briefing.lengthMinutes} min`}
            </td>
            <td className="muted nowrap">{formatDate(briefing.updatedAt)}</td>
          </tr>
        ))}
        {loaded && items.length === 0 ? (
          <tr>
            <td colSpan={6} className="muted">
              {query ? `No briefing matches “${query}”.` : 'Nothing here.'}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
