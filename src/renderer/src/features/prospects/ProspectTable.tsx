import type { RefObject } from 'react';
import type { useProspectsList } from './useProspectsList';

/** The virtualized table: spacer rows stand in for the rows off screen. */
export function ProspectTable({
  list,
  scroller,
}: {
  list: ReturnType<typeof useProspectsList>;
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const { rows, total, padTop, padBottom } = list;
  return (
    <div className="prospect-scroller" ref={scroller}>
      <table
        className="table prospect-table"
        aria-label="Prospects"
        aria-rowcount={total + 1}
        // Says which search the rows on screen answer, so `npm run bench` can time keystroke →
        // rows painted.
        data-results-for={list.resultsFor}
      >
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Company</th>
            <th scope="col">Phone</th>
            <th scope="col">Last contact</th>
            <th scope="col">Tags</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={6} style={{ height: padTop }} />
            </tr>
          ) : null}
          {rows.map((row) => {
            const prospect = list.rowAt(row.index);
            return (
              <tr
                key={row.index}
                aria-rowindex={row.index + 2}
                aria-selected={row.index === list.selected}
                onClick={() => prospect && list.open(prospect, row.index)}
              >
                {prospect ? (
                  <>
                    <td>
                      <button
                        type="button"
                        className="row-link"
                        onClick={(event) => {
                          // The row opens it too: one click must be one history entry, or
                          // Back would land on the same prospect.
                          event.stopPropagation();
                          list.open(prospect, row.index);
                        }}
                      >
                        {prospect.name}
                      </button>
                    </td>
                    <td className="muted">{prospect.title}</td>
                    <td>{prospect.company}</td>
                    <td className="muted">{prospect.phone}</td>
                    <td className="muted">
                      {prospect.lastContactAt
                        ? new Date(prospect.lastContactAt).toLocaleDateString()
                        : '—'}
                    </td>
                    <td>
                      {prospect.tags.map((t) => (
                        <span key={t} className="tag">
                          {t}
                        </span>
                      ))}
                    </td>
                  </>
                ) : (
                  <td colSpan={6} className="muted">
                    Loading…
                  </td>
                )}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={6} style={{ height: padBottom }} />
            </tr>
          ) : null}
          {list.isSuccess && total === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {list.query ? `No prospect matches “${list.query}”.` : 'Nothing here.'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
