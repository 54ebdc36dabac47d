import { z } from 'zod';
import type { CheckResult, Verdict } from '../checker';
import { idField, lineText, longText } from './fields';
import { meetingFields, type Meeting } from './meeting';

/** How a call ended; the review counts `meeting_booked` as the win. */
export const CALL_OUTCOMES = [
  'meeting_booked',
  'callback',
  'not_interested',
  'voicemail',
  'gatekeeper',
  'no_answer',
  'wrong_person',
] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  meeting_booked: 'Meeting booked',
  callback: 'Callback',
  not_interested: 'Not interested',
  voicemail: 'Voicemail',
  gatekeeper: 'Gatekeeper',
  no_answer: 'No answer',
  wrong_person: 'Wrong person',
};

/** The quick tags a rep can put on a note during a call, with one key each. */
export const NOTE_TAGS = ['objection', 'pain', 'next_step', 'insight_landed'] as const;

export type NoteTag = (typeof NOTE_TAGS)[number];

export const NOTE_TAG_LABELS: Record<NoteTag, string> = {
  objection: 'Objection',
  pain: 'Pain',
  next_step: 'Next step',
  insight_landed: 'Insight landed',
};

export interface Call {
  id: number;
  prospectId: number;
  prospectName: string;
  planId: number | null;
  /** The briefing a booked meeting is for, when the rep linked one. */
  briefingId: number | null;
  startedAt: string;
  endedAt: string | null;
  opener: string;
  checkResult: CheckResult | null;
  verdict: Verdict | null;
  score: number | null;
  overrideReason: string | null;
  outcome: CallOutcome | null;
  nextStep: string;
  followUpOn: string | null;
  /** Logged after the fact from another phone, rather than dialed from a plan in OneUp. */
  loggedAfter: boolean;
  insightIds: number[];
  createdAt: string;
}

/** A version of a note that an edit replaced; kept so nothing said on a call is lost. */
export interface CallNoteRevision {
  revision: number;
  body: string;
  tags: NoteTag[];
  savedAt: string;
}

export interface CallNote {
  id: number;
  callId: number;
  /** Milliseconds from the start of the call when the note was added. */
  offsetMs: number;
  body: string;
  tags: NoteTag[];
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Earlier revisions, oldest first; empty for a note never edited. */
  history: CallNoteRevision[];
}

/** The text still being typed in a call's notes box, saved as the rep types. */
export interface CallDraft {
  callId: number;
  body: string;
  /** Grows with every change the renderer schedules; an older save never replaces a newer one. */
  revision: number;
  savedAt: string;
}

/** What the live call screen shows beside the opener: the plan's ask and briefing. */
export interface CallPlanContext {
  objective: string;
  meetingSlots: string[];
  briefingId: number | null;
  briefingTitle: string | null;
}

/** One call with its notes timeline, the current draft and what its plan asks for. */
export interface CallDetail extends Call {
  /** The meeting this call booked, with its time and attendees. */
  meeting: Meeting | null;
  notes: CallNote[];
  draft: CallDraft | null;
  plan: CallPlanContext | null;
  /**
   * Where to reach the prospect: the number (shown on the live screen so a rep dialing by hand can
   * read it) beside their time zone, and the address that is a booked meeting's first attendee.
   */
  contact: { phone: string; email: string; timezone: string };
}

/** A call just ended, with the meeting it booked (if it booked one). */
export interface EndedCall extends Call {
  meeting: Meeting | null;
}

export interface DraftSaveResult {
  /** False when a newer revision was already stored: this save was stale and changed nothing. */
  applied: boolean;
  draft: CallDraft;
}

/** Long enough for anything said on one call; a pasted 10 MB blob is refused. */
export const NOTE_MAX = 20_000;
/** A day in milliseconds: note offsets and logged call lengths stay below it. */
const DAY_MS = 24 * 60 * 60 * 1000;

const noteBody = longText(NOTE_MAX).refine((value) => value.trim() !== '', 'Write the note first.');
const noteTags = z
  .array(z.enum(NOTE_TAGS))
  .max(NOTE_TAGS.length)
  .transform((tags) => [...new Set(tags)]);

const isoInstant = z.iso.datetime({
  offset: true,
  message: 'Use a date and time like 2026-11-26T14:30:00Z.',
});
const isoDate = z.iso.date({ message: 'Use a date like 2026-12-03.' });

export const addNoteInput = z.strictObject({
  callId: idField,
  body: noteBody,
  tags: noteTags.default([]),
  offsetMs: z.number().int().min(0).max(DAY_MS),
  /** Chosen by the renderer once per note: a retried save returns the note instead of a copy. */
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/u, 'Letters, digits, - and _ only.'),
  /** The draft revision this note came from: the draft is cleared in the same transaction. */
  draftRevision: z.number().int().min(0).optional(),
});

export const editNoteInput = z.strictObject({
  noteId: idField,
  body: noteBody,
  tags: noteTags.optional(),
  /** The revision the rep edited; a different stored revision means someone got there first. */
  expectedRevision: z.number().int().min(1),
});

/** Starts (or finds) the briefing for the meeting a call booked. */
export const prepareBriefingInput = z.strictObject({ callId: idField });

export interface PreparedBriefing {
  briefingId: number;
  /** False when the call already had its briefing, which is returned instead of a second one. */
  created: boolean;
}

export const saveDraftInput = z.strictObject({
  callId: idField,
  body: longText(NOTE_MAX),
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const endCallInput = z.strictObject({
  callId: idField,
  outcome: z.enum(CALL_OUTCOMES, 'Pick how the call ended.'),
  nextStep: lineText(500).default(''),
  followUpOn: isoDate.nullable().optional(),
  briefingId: idField.nullable().optional(),
  /** When a booked meeting is, how long and who comes; only with `meeting_booked`. */
  meeting: meetingFields.optional(),
});

export const logCallInput = z
  .strictObject({
    prospectId: idField,
    planId: idField.nullable().optional(),
    /** The opener actually used; defaults to the plan's opener. */
    opener: longText(5_000).optional(),
    outcome: z.enum(CALL_OUTCOMES, 'Pick how the call ended.'),
    startedAt: isoInstant,
    endedAt: isoInstant.nullable().optional(),
    nextStep: lineText(500).default(''),
    followUpOn: isoDate.nullable().optional(),
    notes: z.array(noteBody).max(100, 'At most 100 notes at once.').default([]),
    /** When a booked meeting is, how long and who comes; only with `meeting_booked`. */
    meeting: meetingFields.optional(),
  })
  .refine(
    (input) =>
      !input.endedAt ||
      (Date.parse(input.endedAt) >= Date.parse(input.startedAt) &&
        Date.parse(input.endedAt) - Date.parse(input.startedAt) <= DAY_MS),
    { path: ['endedAt'], message: 'The end must be after the start, on the same day.' },
  );

export const callListInput = z.strictObject({
  prospectId: idField,
  limit: z.number().int().min(1).max(200).default(50),
});

/** `83_000` → `1:23`; `3_723_000` → `1:02:03`. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
