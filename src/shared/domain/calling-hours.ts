import type { Settings } from './settings';

export type CallingHours = Pick<Settings, 'callingHoursStart' | 'callingHoursEnd' | 'callingDays'>;

/** Where a prospect's clock stands against the rep's calling hours. */
export type CallingWindow =
  | { status: 'inside'; localTime: string }
  | { status: 'outside'; localTime: string; reason: string }
  | { status: 'unknown'; reason: string };

interface ZonedClock {
  /** 0 = Sunday … 6 = Saturday, in that zone. */
  weekday: number;
  minutes: number;
  /** "YYYY-MM-DD" in that zone. */
  date: string;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The wall clock in `timeZone` at `now`; null for a zone the runtime does not know. */
export function zonedClock(timeZone: string, now: Date): ZonedClock | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
  } catch {
    return null;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: WEEKDAYS.indexOf(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
    date: `${part('year')}-${part('month')}-${part('day')}`,
  };
}

/** "Tue 02:04 CST" (24-hour) in the prospect's zone, or null for an empty or unknown zone. */
export function formatLocalTime(timeZone: string, now: Date): string | null {
  if (!timeZone) return null;
  try {
    // en-US names North American zones (EDT, PST); others read as GMT+1 and the like.
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .format(now)
      .replace(',', '');
  } catch {
    return null;
  }
}

/**
 * Whether calling a prospect in `timeZone` now falls inside the rep's calling hours, with the
 * reason in words when it does not (a rep reads it next to the Dial button).
 */
export function callingWindow(timeZone: string, now: Date, hours: CallingHours): CallingWindow {
  const clock = timeZone ? zonedClock(timeZone, now) : null;
  const localTime = clock ? formatLocalTime(timeZone, now) : null;
  if (!clock || !localTime) {
    return {
      status: 'unknown',
      reason: timeZone
        ? `"${timeZone}" is not a time zone OneUp knows, so their local time is unknown.`
        : 'No time zone on this prospect, so their local time is unknown.',
    };
  }
  if (!hours.callingDays.includes(clock.weekday)) {
    return {
      status: 'outside',
      localTime,
      // The hour too: "Sunday" alone read the same at noon and at 11 at night.
      reason: `It is ${WEEKDAY_NAMES[clock.weekday]} ${localTime.replace(/^\S+ /u, '')} where they are, not one of your calling days.`,
    };
  }
  const start = minutesOfDay(hours.callingHoursStart);
  const end = minutesOfDay(hours.callingHoursEnd);
  if (clock.minutes < start || clock.minutes >= end) {
    return {
      status: 'outside',
      localTime,
      reason: `It is ${localTime} where they are, outside your calling hours (${hours.callingHoursStart}–${hours.callingHoursEnd}).`,
    };
  }
  return { status: 'inside', localTime };
}

/** The rep's own calendar date, "YYYY-MM-DD", in the runtime's time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "08:00" → 480. */
export const minutesOfDay = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};
