import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { Autosave, type AutosaveOptions, type SaveStatus } from './autosave';

export interface AutosaveHandle<Patch extends object> {
  /** Merge an edit into the pending change; it is saved after the pause. */
  edit: (patch: Patch) => void;
  /** Save now (give it to onBlur, or await it before Dial or an export). */
  flush: () => Promise<void>;
  status: SaveStatus;
  /** The status right now, for code that runs after an await (the render's copy may be old). */
  statusNow: () => SaveStatus;
  /** See Autosave.resolve: end a conflict by saving `chosen` on the newest `revision`. */
  resolve: (revision: number, chosen: Patch | null) => Promise<void>;
  /** The revision the next save is based on. */
  revision: () => number;
}

/**
 * The one autosave for every editor that saves as you type (see ./autosave.ts for the rules).
 * Besides the pause after typing, it saves when the route changes, when the page is hidden or
 * left (`visibilitychange`, `pagehide`) and when the editor unmounts. Key the editor by what it
 * edits (`<Editor key={id}>`): the base revision is read once, when it mounts.
 */
export function useAutosave<Patch extends object, Saved>(
  options: AutosaveOptions<Patch, Saved>,
): AutosaveHandle<Patch> {
  // The latest callbacks, so a re-render never re-creates the saver (and never loses an edit).
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [saver] = useState(
    // eslint-disable-next-line react-hooks/refs -- `latest` is read only inside the saver's callbacks, which run on timers and events after render, never during it
    () =>
      new Autosave<Patch, Saved>({
        ...options,
        save: (patch, base) => latest.current.save(patch, base),
        revisionOf: (saved) => latest.current.revisionOf(saved),
        onSaved: (saved, patch) => latest.current.onSaved?.(saved, patch),
        onConflict: (mine, error) => latest.current.onConflict?.(mine, error),
      }),
  );
  const status = useSyncExternalStore(
    useCallback((listener) => saver.subscribe(listener), [saver]),
    () => saver.status,
  );

  const [location] = useLocation();
  const shownAt = useRef(location);
  useEffect(() => {
    if (location === shownAt.current) return;
    shownAt.current = location;
    void saver.flush();
  }, [location, saver]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the editor saves what is pending. The saver is not disposed: a save that fails
      // now keeps retrying, so words typed just before leaving still reach the disk.
      void saver.flush();
    };
  }, [saver]);

  return {
    edit: useCallback((patch: Patch) => saver.edit(patch), [saver]),
    flush: useCallback(() => saver.flush(), [saver]),
    resolve: useCallback(
      (revision: number, chosen: Patch | null) => saver.resolve(revision, chosen),
      [saver],
    ),
    revision: useCallback(() => saver.revision, [saver]),
    statusNow: useCallback(() => saver.status, [saver]),
    status,
  };
}
