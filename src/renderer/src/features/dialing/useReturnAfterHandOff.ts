import { useEffect, useState } from 'react';

/** Shorter than this away, the rep only glanced at another window; no call was made. */
const AWAY_AT_LEAST_MS = 5_000;

/**
 * After a number went to another phone, notices when the rep comes back to OneUp (the window
 * shown or focused again) and says so once, so the screen can offer to log the call: a call
 * dialed outside the live screen is otherwise forgotten.
 */
export function useReturnAfterHandOff() {
  const [handedOffAt, setHandedOffAt] = useState<number | null>(null);
  const [returned, setReturned] = useState(false);
  useEffect(() => {
    if (handedOffAt === null) return;
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      if (Date.now() - handedOffAt < AWAY_AT_LEAST_MS) return;
      setReturned(true);
      setHandedOffAt(null);
    };
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [handedOffAt]);
  return {
    /** Call when the number goes to the phone. */
    handedOff: () => {
      setReturned(false);
      setHandedOffAt(Date.now());
    },
    /** True once the rep came back; cleared by `dismiss`. */
    returned,
    dismiss: () => setReturned(false),
  };
}
