import type { Meeting } from '../../../../shared/domain/meeting';

/** "Thu 10 Dec, 14:30–15:15" in the rep's own time zone. */
export function meetingWhen(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>): string {
  const start = new Date(meeting.startsAt);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  const day = start.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' });
  const time = (date: Date) => date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time(start)}–${time(end)}`;
}

/** `45` → "45 min"; `90` → "1 h 30 min". */
export function meetingLength(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
