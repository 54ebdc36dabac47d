import type { z } from 'zod';
import { callingWindow, type CallingHours } from '../../shared/domain/calling-hours';
import type { Settings } from '../../shared/domain/settings';
import type { Today, TodayItem, todayInput, TodayProspect } from '../../shared/domain/today';
import type { Db } from '../db/open';
import { getSettings } from '../settings/repository';
import {
  latestPlanId,
  openFollowUps,
  plansReadyToDial,
  prospectTimeZones,
  prospectsInZones,
  unansweredToRetry,
} from './repository';

/** How many rows each group may bring; Today is a short list to work down, not a report. */
const GROUP_LIMIT = 50;
const IN_HOURS_LIMIT = 25;
/** Someone called within this window is not suggested again just for being in calling hours. */
const RECENTLY_CALLED_MS = 20 * 60 * 60 * 1000;
/**
 * A call nobody took is tried again once this long has passed (a morning voicemail comes back in
 * the afternoon), for as long as the last attempt is this recent; older ones have gone cold and
 * come back as anyone else does, in calling hours.
 */
const RETRY_AFTER_MS = 4 * 60 * 60 * 1000;
const RETRY_WITHIN_MS = 14 * 24 * 60 * 60 * 1000;

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "08:00–18:00, Mon–Fri" (a run of days is shown as a range). */
export function describeCallingHours(settings: CallingHours): string {
  const days = settings.callingDays;
  const isRun = days.length > 2 && days.every((day, i) => i === 0 || day === days[i - 1]! + 1);
  const dayText =
    days.length === 0
      ? 'no days'
      : isRun
        ? `${DAY_NAMES[days[0]!]}–${DAY_NAMES[days[days.length - 1]!]}`
        : days.map((day) => DAY_NAMES[day]).join(', ');
  return `${settings.callingHoursStart}–${settings.callingHoursEnd}, ${dayText}`;
}

/**
 * Who to call now, in the order to call them: overdue follow-ups, follow-ups due today, plans
 * ready to dial, prospects to try again (their last call went unanswered), then prospects whose
 * local time is inside calling hours. Within the first four groups, people who can be called now
 * come before those outside their hours.
 */
export function buildToday(db: Db, input: z.output<typeof todayInput>): Today {
  const now = new Date(input.now);
  const settings: Settings = getSettings(db);
  const seen = new Set<number>();
  const item = (
    reason: TodayItem['reason'],
    prospect: TodayProspect,
    planId: number | null,
    followUp: TodayItem['followUp'] = null,
  ): TodayItem => ({
    reason,
    prospect,
    planId,
    followUp,
    window: callingWindow(prospect.timezone, now, settings),
  });
  const callableFirst = (items: TodayItem[]) =>
    [...items].sort(
      (a, b) => Number(a.window.status !== 'inside') - Number(b.window.status !== 'inside'),
    );
  const unseen = <T extends { prospect: TodayProspect }>(rows: T[]) =>
    rows.filter((row) => {
      if (seen.has(row.prospect.id)) return false;
      seen.add(row.prospect.id);
      return true;
    });

  const followUps = unseen(openFollowUps(db, input.today, GROUP_LIMIT)).map((row) =>
    item(
      row.dueOn < input.today ? 'overdue' : 'due',
      row.prospect,
      latestPlanId(db, row.prospect.id),
      {
        callId: row.callId,
        dueOn: row.dueOn,
        nextStep: row.nextStep,
        outcome: row.outcome,
      },
    ),
  );
  const overdue = followUps.filter((entry) => entry.reason === 'overdue');
  const due = callableFirst(followUps.filter((entry) => entry.reason === 'due'));
  const ready = callableFirst(
    unseen(plansReadyToDial(db, GROUP_LIMIT)).map((row) => ({
      ...item('ready', row.prospect, row.planId),
      planCheck: row.check,
    })),
  );

  const retry = callableFirst(
    unseen(
      unansweredToRetry(
        db,
        {
          from: new Date(now.getTime() - RETRY_WITHIN_MS).toISOString(),
          before: new Date(now.getTime() - RETRY_AFTER_MS).toISOString(),
        },
        GROUP_LIMIT,
      ),
    ).map((row) => ({
      ...item('retry', row.prospect, latestPlanId(db, row.prospect.id)),
      lastAttempt: {
        callId: row.callId,
        outcome: row.outcome,
        startedAt: row.startedAt,
        attempts: row.attempts,
      },
    })),
  );

  const insideZones = prospectTimeZones(db).filter(
    (zone) => callingWindow(zone, now, settings).status === 'inside',
  );
  const since = new Date(now.getTime() - RECENTLY_CALLED_MS).toISOString();
  const inHours =
    insideZones.length === 0
      ? []
      : unseen(
          prospectsInZones(
            db,
            insideZones,
            { since, today: input.today },
            IN_HOURS_LIMIT + seen.size,
          ).map((prospect) => ({
            prospect,
          })),
        )
          .slice(0, IN_HOURS_LIMIT)
          .map(({ prospect }) => item('in_hours', prospect, latestPlanId(db, prospect.id)));

  return {
    date: input.today,
    items: [...overdue, ...due, ...ready, ...retry, ...inHours],
    callingHours: describeCallingHours(settings),
  };
}
