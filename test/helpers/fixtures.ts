/**
 * Whole domain objects for tests that do not go through the backend (renderer hooks and
 * components). Each builder fills every field with a plain default and takes the fields a test
 * cares about as overrides, so a renamed or added field fails `tsc` here, once, instead of slipping
 * past an `as unknown as` cast in every test.
 */
import type { Briefing } from '../../src/shared/domain/briefing';
import type { Call, CallDetail, CallNote } from '../../src/shared/domain/call';
import type { Insight } from '../../src/shared/domain/insight';
import type { CallPlan, PlanDetail } from '../../src/shared/domain/plan';
import type { Prospect } from '../../src/shared/domain/prospect';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/domain/settings';

/** One instant for every stamp, so a test that shows a date shows the same one each run. */
export const STAMP = '2026-12-03T10:00:00.000Z';

export const settings = (fields: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...fields,
});

export const prospect = (fields: Partial<Prospect> = {}): Prospect => ({
  id: 3,
  name: 'Dana Whitfield',
  title: '',
  company: '',
  industry: '',
  phone: '',
  email: '',
  timezone: '',
  tags: [],
  notes: '',
  lastActivityOn: '',
  lastContactAt: null,
  callCount: 0,
  meetingCount: 0,
  createdAt: STAMP,
  updatedAt: STAMP,
  archivedAt: null,
  ...fields,
});

export const insight = (fields: Partial<Insight> = {}): Insight => ({
  id: 1,
  headline: 'Freight costs 11% less',
  detail: '',
  evidence: '',
  source: '',
  sourceUrl: '',
  isPublic: false,
  industries: [],
  roles: [],
  tags: [],
  timesUsed: 0,
  meetingsBooked: 0,
  meetingRate: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  archivedAt: null,
  ...fields,
});

export const callPlan = (fields: Partial<CallPlan> = {}): CallPlan => ({
  id: 7,
  prospectId: 3,
  briefingId: null,
  objective: '',
  opener: '',
  emailSubject: '',
  emailBody: '',
  objections: [],
  meetingSlots: [],
  transactional: false,
  referral: '',
  insightIds: [],
  checkResult: null,
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
  archivedAt: null,
  ...fields,
});

/** A plan screen's read; the plan and prospect agree on the prospect id unless a test says not. */
export const planDetail = (fields: Partial<PlanDetail> = {}): PlanDetail => ({
  plan: callPlan(),
  prospect: prospect(),
  insights: [],
  settings: settings(),
  priorContact: false,
  openCall: null,
  ...fields,
});

export const call = (fields: Partial<Call> = {}): Call => ({
  id: 5,
  prospectId: 3,
  prospectName: 'Dana Whitfield',
  planId: null,
  briefingId: null,
  startedAt: STAMP,
  endedAt: null,
  opener: '',
  checkResult: null,
  verdict: null,
  score: null,
  overrideReason: null,
  outcome: null,
  nextStep: '',
  followUpOn: null,
  loggedAfter: false,
  insightIds: [],
  createdAt: STAMP,
  ...fields,
});

export const callDetail = (fields: Partial<CallDetail> = {}): CallDetail => ({
  ...call(),
  meeting: null,
  notes: [],
  draft: null,
  plan: null,
  contact: { phone: '', email: '', timezone: '' },
  ...fields,
});

export const callNote = (fields: Partial<CallNote> = {}): CallNote => ({
  id: 1,
  callId: 5,
  offsetMs: 0,
  body: '',
  tags: [],
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
  history: [],
  ...fields,
});

export const briefing = (fields: Partial<Briefing> = {}): Briefing => ({
  id: 2,
  title: '',
  prospectId: null,
  prospect: null,
  isTemplate: true,
  items: [],
  questions: [],
  lengthMinutes: null,
  notes: '',
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
  archivedAt: null,
  ...fields,
});
