import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useConnection } from '../lib/connection';
import { appKeys } from './queries';

/** How often a tab that lost OneUp asks again, so the banner clears on its own once it is back. */
const LOOK_AGAIN_MS = 3_000;

/**
 * The one place a tab says it lost OneUp, above every screen: screens, save indicators and Dial
 * defer to it instead of each repeating the failure. Once a request gets through again, every
 * query is asked again so screens drop their stale errors.
 */
export function ConnectionBanner() {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const wasDown = useRef(false);

  useEffect(() => {
    if (connection.kind === 'ok') {
      if (wasDown.current) void queryClient.invalidateQueries();
      wasDown.current = false;
      return;
    }
    wasDown.current = true;
    // A restarted host refuses this tab's token until the new link is pasted: nothing to poll.
    if (connection.kind === 'link-expired') return;
    const timer = setInterval(
      () => void queryClient.refetchQueries({ queryKey: appKeys.info }),
      LOOK_AGAIN_MS,
    );
    return () => clearInterval(timer);
  }, [connection.kind, queryClient]);

  if (connection.kind === 'unreachable') {
    return (
      <div className="banner error connection-banner" role="alert">
        <strong>OneUp is not reachable.</strong> Is it still running? What you type in this tab is
        kept and saved as soon as it is back; calls wait until then.
      </div>
    );
  }
  if (connection.kind === 'link-expired') {
    return (
      <div className="banner error connection-banner" role="alert">
        <strong>OneUp was restarted with a new link.</strong> Paste the link it printed (ending in{' '}
        <code>#token=…</code>) into this tab’s address bar: what you typed here is kept and saved
        then.
      </div>
    );
  }
  return null;
}
