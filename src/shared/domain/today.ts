import { z } from 'zod';
import type { CallingWindow } from './calling-hours';
import type { CallOutcome } from './call';
import { idField } from './fields';

/**
 * What the Today screen asks for. "Now" and the rep's calendar date come from the renderer, so
 * the day is the rep's own (their machine's time zone) and a test can set the clock there.
 */
export const todayInput = z.strictObject({
  now: z.iso.datetime({ message: 'Use an ISO time like 2026-12-03T14:05:00Z.' }),
  today: z.iso.date({ message: 'Use a date like 2026-12-03.' }),
});

export const followUpDoneInput = z.strictObject({
  callId: idField,
  /** Puts the follow-up back on Today: the rep's Undo right after Done. */
  undo: z.boolean().default(false),
});

export interface TodayProspect {
  id: number;
  name: string;
  title: string;
  company: string;
  phone: string;
  timezone: string;
  lastContactAt: string | null;
}

/** Why a prospect is on Today; a prospect appears once, under the first reason that applies. */
export type TodayReason = 'overdue' | 'due' | 'ready' | 'retry' | 'in_hours';

export interface TodayItem {
  reason: TodayReason;
  prospect: TodayProspect;
  /** The plan one keystroke away; null when the prospect has no open plan yet. */
  planId: number | null;
  /** Their local time against the rep's calling hours, at the `now` asked about. */
  window: CallingWindow;
  /** For a follow-up: the call that set it, its date, next step and how that call ended. */
  followUp: {
    callId: number;
    dueOn: string;
    nextStep: string;
    outcome: CallOutcome | null;
  } | null;
  /** For a plan ready to dial: its opener's verdict and score as last checked (on its last save). */
  planCheck?: { verdict: 'ready' | 'needs_work'; score: number };
  /** For a prospect to try again: their last call, which nobody took, and how many in a row. */
  lastAttempt?: {
    callId: number;
    outcome: Extract<CallOutcome, 'no_answer' | 'voicemail' | 'gatekeeper'>;
    startedAt: string;
    attempts: number;
  };
}

export interface Today {
  date: string;
  /**
   * Overdue follow-ups first, then due today, plans ready to dial, prospects to try again (their
   * last call went unanswered), prospects in calling hours.
   */
  items: TodayItem[];
  /** The rep's calling hours the windows were judged by, e.g. "08:00–18:00, Mon–Fri". */
  callingHours: string;
}

/**
 * Who "Next prospect" opens: the first in Today's order (other than the one just called) whose
 * local time is inside calling hours; when nobody is, the first in order, whose plan then says
 * what time it is where they are. Taking the first in order alone opened a plan at 01:54 their
 * time while someone in hours waited further down.
 */
export function nextToCall(
  items: readonly TodayItem[],
  currentProspectId: number,
): TodayItem | null {
  const others = items.filter((item) => item.prospect.id !== currentProspectId);
  return others.find((item) => item.window.status === 'inside') ?? others[0] ?? null;
}
