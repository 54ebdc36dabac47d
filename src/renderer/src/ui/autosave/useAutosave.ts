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
  /** Everything typed and not yet saved (carried over from an editor that was left), or null. */
  unsaved: () => Patch | null;
}

export interface UseAutosaveOptions<Patch extends object, Saved> extends AutosaveOptions<
  Patch,
  Saved
> {
  /**
   * Names what is edited (`plan:7`). An editor left while its save was still failing or refused
   * as stale leaves its saver running under this key; an editor opened again on the same key
   * takes that saver over, with the unsaved words and the state they are in, instead of starting
   * from the stored text and losing them.
   */
  key?: string;
  /**
   * Ask the browser to confirm leaving the page (a reload, a closed tab, another link pasted into
   * it) while words this editor could not save are still only in the tab: the host is down or
   * restarted, the disk is full, or a conflict waits. Editors that keep their words in the
   * browser anyway (the live call's notes) leave it off.
   */
  warnBeforeLeaving?: boolean;
}

/** Saves that cannot go through right now: what is typed exists only in this tab. */
const STUCK: ReadonlySet<SaveStatus['kind']> = new Set(['retrying', 'refused', 'conflict']);

/** A saver and the callbacks of the editor that currently owns it. */
interface Live<Patch extends object, Saved> {
  saver: Autosave<Patch, Saved>;
  /** Hands the saver to the editor now mounted on it (its callbacks are called from then on). */
  adopt: (options: AutosaveOptions<Patch, Saved>) => void;
}

/** Savers by key that still hold unsaved words; each is taken over by the next editor on it. */
const live = new Map<string, Live<object, unknown>>();

function createLive<Patch extends object, Saved>(
  options: AutosaveOptions<Patch, Saved>,
): Live<Patch, Saved> {
  const owner = { current: options };
  const saver = new Autosave<Patch, Saved>({
    ...options,
    save: (patch, base) => owner.current.save(patch, base),
    revisionOf: (saved) => owner.current.revisionOf(saved),
    onSaved: (saved, patch) => owner.current.onSaved?.(saved, patch),
    onConflict: (mine, error) => owner.current.onConflict?.(mine, error),
  });
  return {
    saver,
    adopt: (next) => {
      owner.current = next;
    },
  };
}

/**
 * The one autosave for every editor that saves as you type (see ./autosave.ts for the rules).
 * Besides the pause after typing, it saves when the route changes, when the page is hidden or
 * left (`visibilitychange`, `pagehide`) and when the editor unmounts. Key the editor by what it
 * edits (`<Editor key={id}>`): the base revision is read once, when it mounts.
 */
export function useAutosave<Patch extends object, Saved>(
  options: UseAutosaveOptions<Patch, Saved>,
): AutosaveHandle<Patch> {
  const { key } = options;
  // Read-only here (React may run this twice); the effect below registers the saver.
  const [entry] = useState((): Live<Patch, Saved> => {
    const left = key === undefined ? undefined : live.get(key);
    // Cast: the map holds savers of every editor; one key is only ever used by one kind.
    if (left && left.saver.hasUnsaved) return left as unknown as Live<Patch, Saved>;
    return createLive(options);
  });
  const { saver } = entry;
  // The saver always calls the mounted editor's latest callbacks.
  useEffect(() => entry.adopt(options));
  useEffect(() => {
    if (key === undefined) return;
    live.set(key, entry as unknown as Live<object, unknown>);
    return () => {
      void saver.flush().finally(() => {
        // Keep it only while it still holds words a later editor on this key must take over.
        if (live.get(key) === (entry as unknown) && !saver.hasUnsaved) live.delete(key);
      });
    };
  }, [key, entry, saver]);
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

  const { warnBeforeLeaving = false } = options;
  useEffect(() => {
    if (!warnBeforeLeaving) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved || !STUCK.has(saver.status.kind)) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saver, warnBeforeLeaving]);

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
    unsaved: useCallback(() => saver.unsaved, [saver]),
    status,
  };
}
