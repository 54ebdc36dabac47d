import type { ReactNode } from 'react';
import './list-screen.css';

export interface ListScreenProps {
  /** The screen's name, the page's only `<h1>`. */
  title: string;
  /**
   * How many items the list holds, said next to the title (e.g. "1,204 insights"). Omit it, or
   * pass null while the first page loads, to show nothing rather than a wrong 0.
   */
  count?: ReactNode;
  /** One line under the title: what the list is and its shortcuts. */
  description?: ReactNode;
  /** The header's buttons, the primary action last (it sits at the right edge). */
  actions?: ReactNode;
  /**
   * Shown instead of the toolbar and the list when the library itself is empty (not when a
   * filter finds nothing: say that inside the list, so the filters stay in reach).
   */
  empty?: ReactNode;
  /** The search box and filter controls above the list. */
  toolbar?: ReactNode;
  /** A failure to load the list, shown as an alert above it. */
  error?: string | null | undefined;
  /** Below the list, inside its card: the status line and paging buttons. */
  footer?: ReactNode;
  /** Extra classes for the outer element and for the card, to size the list for its rows. */
  className?: string;
  cardClassName?: string;
  /** The list itself: a table, a `<ul>`, a virtualized scroller. */
  children: ReactNode;
}

/**
 * The frame every list screen shares (Prospects, Insights, Briefings): a header with the title,
 * the count and the actions, then either the empty-library state or a toolbar, an error, and the
 * list in a card with its footer. It owns layout only; the screen's hook owns data and state.
 */
export function ListScreen({
  title,
  count,
  description,
  actions,
  empty,
  toolbar,
  error,
  footer,
  className,
  cardClassName,
  children,
}: ListScreenProps) {
  return (
    <div className={`list-screen ${className ?? ''}`}>
      <header className="page-header">
        <div>
          <div className="list-screen-title">
            <h1>{title}</h1>
            {count !== undefined && count !== null ? (
              <span className="list-screen-count">{count}</span>
            ) : null}
          </div>
          {description ? <p>{description}</p> : null}
        </div>
        {actions ? <div className="list-screen-actions">{actions}</div> : null}
      </header>
      {empty ? (
        empty
      ) : (
        <>
          {toolbar}
          {error ? (
            <div className="banner error" role="alert">
              {error}
            </div>
          ) : null}
          <div className={`card ${cardClassName ?? ''}`}>
            {children}
            {footer ? <div className="pager">{footer}</div> : null}
          </div>
        </>
      )}
    </div>
  );
}
