/** The current time where the prospect is, e.g. "Thu 09:42 EST"; null for an unknown zone. */
export function localTime(timezone: string): string | null {
  if (!timezone) return null;
  try {
    return new Intl.DateTimeFormat([], {
      timeZone: timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date());
  } catch {
    return null;
  }
}
