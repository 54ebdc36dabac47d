import { useEffect, useState } from 'react';
import { callingWindow, type CallingWindow } from '../../../../shared/domain/calling-hours';
import { useSettings } from './queries';

/**
 * The prospect's local time against the rep's calling hours, kept current (every 30 s); null
 * until the settings have loaded.
 */
export function useCallingWindow(timezone: string): CallingWindow | null {
  const settings = useSettings();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return settings.data ? callingWindow(timezone, now, settings.data) : null;
}
