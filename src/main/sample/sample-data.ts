import type { z } from 'zod';
import type { CallOutcome, NoteTag } from '../../shared/domain/call';
import type { insightCreateInput } from '../../shared/domain/insight';
import type { prospectCreateInput } from '../../shared/domain/prospect';

/**
 * The demo library "Load sample data" adds: insights, prospects, plans and three weeks of calls
 * (see ./service.ts, which stamps the dates relative to today). Companies and people are
 * invented; phone numbers use the 555-01xx range reserved for fiction.
 *
 * A first-run library that shows the method: insights a prospect cannot read on a website, and
 * prospects they would matter to. Companies and people are invented.
 */
export const SAMPLE_INSIGHTS: z.input<typeof insightCreateInput>[] = [
  {
    headline: 'Distributors who re-bid LTL lanes every quarter pay about 11% less for freight',
    detail:
      'Across the 60 regional distributors we work with, the ones that re-bid their less-than-truckload lanes quarterly instead of yearly paid roughly 11% less per hundredweight in 2025. Carriers price annual contracts for the worst quarter.',
    evidence: '60 distributors, 2025 freight invoices, median saving 11%',
    source: 'Our 2025 client benchmark',
    isPublic: false,
    industries: ['Distribution', 'Logistics'],
    roles: ['VP Operations', 'Logistics Director'],
    tags: ['freight', 'cost'],
  },
  {
    headline: 'Clinics lose one visit in eight to no-shows that a same-day text cuts in half',
    detail:
      'Outpatient clinics in our data see 12% no-shows; a reminder sent the morning of the visit, with a one-tap reschedule, brought that to about 6% within two months.',
    evidence: '41 clinics, 18 months of scheduling data',
    source: 'Client results, 2024–2025',
    isPublic: false,
    industries: ['Healthcare'],
    roles: ['Practice Manager', 'COO'],
    tags: ['scheduling', 'revenue'],
  },
  {
    headline:
      'Mid-size plants spend 3× more on unplanned downtime than on the maintenance that prevents it',
    detail:
      'In plants of 200–800 people, unplanned stops cost three times the yearly preventive-maintenance budget. Most of it traces to five assets that nobody instruments.',
    evidence: '23 plant audits; downtime logs vs. maintenance spend',
    source: 'Our plant audits, 2023–2025',
    isPublic: false,
    industries: ['Manufacturing'],
    roles: ['Plant Manager', 'VP Manufacturing'],
    tags: ['downtime', 'maintenance'],
  },
  {
    headline: 'Card-not-present fraud rules tuned monthly decline 30% fewer good customers',
    detail:
      'Regional banks that review their fraud rules monthly rather than yearly keep the same fraud losses while declining about 30% fewer legitimate card-not-present purchases.',
    evidence: '14 regional banks, 2025 decline data',
    source: 'Client benchmark',
    isPublic: false,
    industries: ['Banking'],
    roles: ['Head of Fraud', 'CRO'],
    tags: ['fraud', 'customer experience'],
  },
  {
    headline:
      'Gong: openers that ask "did I catch you at a bad time?" succeed about 40% less often',
    detail:
      'A public study of 90,380 cold calls found the "bad time" opener had a 0.9% success rate, roughly 40% below the baseline. Useful as a story when coaching a new rep.',
    evidence: 'Gong Labs, 2018, 90,380 cold calls',
    source: 'Gong Labs',
    isPublic: true,
    industries: [],
    roles: ['Sales Manager'],
    tags: ['coaching'],
  },
];

export const SAMPLE_PROSPECTS: z.input<typeof prospectCreateInput>[] = [
  {
    name: 'Dana Whitfield',
    title: 'VP Operations',
    company: 'Tidewater Supply Co.',
    industry: 'Distribution',
    phone: '+1 757 555 0142',
    email: 'dana.whitfield@tidewater-supply.example',
    timezone: 'America/New_York',
    tags: ['freight', 'q1'],
    notes: 'Runs four warehouses in Virginia; re-bids carriers once a year in March.',
  },
  {
    name: 'José Álvarez',
    title: 'Logistics Director',
    company: 'Cordillera Foods',
    industry: 'Distribution',
    phone: '+1 303 555 0178',
    email: 'jalvarez@cordillera.example',
    timezone: 'America/Denver',
    tags: ['freight'],
    notes: '',
  },
  {
    name: 'Priya Raman',
    title: 'Practice Manager',
    company: 'Lakeside Family Clinics',
    industry: 'Healthcare',
    phone: '+1 312 555 0110',
    email: 'priya.raman@lakeside-clinics.example',
    timezone: 'America/Chicago',
    tags: ['scheduling'],
    notes: 'Three clinics; front desk complains about no-shows on Mondays.',
  },
  {
    name: 'Henrik Sørensen',
    title: 'Plant Manager',
    company: 'Nordvik Components',
    industry: 'Manufacturing',
    phone: '+45 32 55 01 99',
    email: 'hs@nordvik.example',
    timezone: 'Europe/Copenhagen',
    tags: ['downtime'],
    notes: '',
  },
  {
    name: 'Layla Haddad',
    title: 'Head of Fraud',
    company: 'Cedar State Bank',
    industry: 'Banking',
    phone: '+1 615 555 0163',
    email: 'lhaddad@cedarstate.example',
    timezone: 'America/Chicago',
    tags: ['fraud'],
    notes: 'Spoke at a regional payments conference about false declines.',
  },
  {
    name: 'Marcus Bell',
    title: 'Director of Operations',
    company: 'Harbor Cold Storage',
    industry: 'Logistics',
    phone: '+1 206 555 0187',
    email: 'mbell@harborcold.example',
    timezone: 'America/Los_Angeles',
    tags: ['freight'],
    notes: 'Two cold-storage sites in Tacoma; freight contract renews in April.',
  },
  {
    name: 'Grace Okafor',
    title: 'VP Manufacturing',
    company: 'Ironbridge Fabrication',
    industry: 'Manufacturing',
    phone: '+1 412 555 0121',
    email: 'grace.okafor@ironbridge.example',
    timezone: 'America/New_York',
    tags: ['downtime'],
    notes: '',
  },
  {
    name: 'Aiko Tanaka',
    title: 'COO',
    company: 'Sakura Health Partners',
    industry: 'Healthcare',
    phone: '+81 3 5555 0134',
    email: 'a.tanaka@sakura-health.example',
    timezone: 'Asia/Tokyo',
    tags: ['scheduling'],
    notes: 'Met at a healthcare operations webinar.',
  },
  {
    name: 'Tom Reyes',
    title: 'Practice Manager',
    company: 'Valley Pediatrics',
    industry: 'Healthcare',
    phone: '+1 559 555 0190',
    email: 'tom@valleypeds.example',
    timezone: '',
    tags: ['scheduling'],
    notes: 'Time zone not known yet.',
  },
];

/** The rep's name and company as the sample openers say them. */
export interface SampleIdentity {
  repName: string;
  repCompany: string;
}

type Opener = (rep: SampleIdentity) => string;

const FREIGHT_OPENER =
  (first: string, company: string): Opener =>
  (rep) =>
    `Hi ${first}, this is ${rep.repName} with ${rep.repCompany}. I'm calling because we benchmarked 60 regional distributors last year, and the ones that re-bid their LTL lanes every quarter paid about 11% less for freight. That could take a real bite out of ${company}'s freight budget this spring. Could we set 20 minutes on Thursday at 10 for a briefing on what we found?`;

const CLINIC_OPENER =
  (first: string, company: string): Opener =>
  (rep) =>
    `Hi ${first}, this is ${rep.repName} with ${rep.repCompany}. I'm calling because across 41 clinics we found that one visit in eight is lost to no-shows, and a same-day text with one-tap rescheduling cut that in half within two months. For ${company} that is revenue back on the calendar every week. Could we take 20 minutes on Tuesday at 2 to walk you through the numbers?`;

const DOWNTIME_OPENER =
  (first: string, company: string): Opener =>
  (rep) =>
    `Hi ${first}, this is ${rep.repName} with ${rep.repCompany}. I'm calling because in 23 plant audits we found unplanned downtime costs three times the preventive-maintenance budget, and most of it traces to five assets nobody instruments. That could free up a real share of ${company}'s maintenance budget this year. Could we meet for 30 minutes on Wednesday at 9 to show you which five they usually are?`;

const FRAUD_OPENER =
  (first: string, company: string): Opener =>
  (rep) =>
    `Hi ${first}, this is ${rep.repName} with ${rep.repCompany}. I'm calling because regional banks that tune their card-not-present fraud rules monthly decline about 30% fewer good customers with the same losses. That could win back a real share of ${company}'s card revenue this quarter. Could we set 20 minutes on Friday at 11 for a briefing on what we found?`;

/** The One-Down script a rep might still use; the sample calls compare it with the One-Up one. */
export const ONE_DOWN_OPENER: Opener = (rep) =>
  `Hi, sorry to bother you, is now a good time? I'm just calling to touch base and introduce our solutions at ${rep.repCompany}.`;

export interface SamplePlan {
  /** Index into SAMPLE_PROSPECTS. */
  prospect: number;
  /** Index into SAMPLE_INSIGHTS. */
  insight: number;
  objective: string;
  opener: Opener;
  meetingSlots: string[];
}

export const SAMPLE_PLANS: SamplePlan[] = [
  {
    prospect: 0,
    insight: 0,
    objective: 'Book a freight cost briefing',
    opener: FREIGHT_OPENER('Dana', 'Tidewater'),
    meetingSlots: ['Thu 10:00', 'Fri 14:00'],
  },
  {
    prospect: 1,
    insight: 0,
    objective: 'Book a freight cost briefing',
    opener: FREIGHT_OPENER('José', 'Cordillera'),
    meetingSlots: ['Thu 10:00'],
  },
  {
    prospect: 2,
    insight: 1,
    objective: 'Book a no-show review',
    opener: CLINIC_OPENER('Priya', 'Lakeside'),
    meetingSlots: ['Tue 14:00'],
  },
  {
    prospect: 3,
    insight: 2,
    objective: 'Book a downtime review',
    opener: DOWNTIME_OPENER('Henrik', 'Nordvik'),
    meetingSlots: ['Wed 09:00'],
  },
  {
    prospect: 4,
    insight: 3,
    objective: 'Book a fraud-rule briefing',
    opener: FRAUD_OPENER('Layla', 'Cedar State'),
    meetingSlots: ['Fri 11:00'],
  },
  {
    prospect: 5,
    insight: 0,
    objective: 'Book a freight cost briefing',
    opener: FREIGHT_OPENER('Marcus', 'Harbor Cold Storage'),
    meetingSlots: ['Thu 10:00'],
  },
  {
    prospect: 6,
    insight: 2,
    objective: 'Book a downtime review',
    opener: DOWNTIME_OPENER('Grace', 'Ironbridge'),
    meetingSlots: ['Wed 09:00'],
  },
  {
    prospect: 7,
    insight: 1,
    objective: 'Book a no-show review',
    opener: CLINIC_OPENER('Aiko', 'Sakura Health'),
    meetingSlots: ['Tue 14:00'],
  },
  {
    prospect: 8,
    insight: 1,
    objective: 'Book a no-show review',
    opener: CLINIC_OPENER('Tom', 'Valley Pediatrics'),
    meetingSlots: ['Tue 14:00'],
  },
];

export interface SampleCall {
  /** Index into SAMPLE_PLANS: the prospect and plan the call belongs to. */
  plan: number;
  daysAgo: number;
  hourUtc: number;
  minute: number;
  minutes: number;
  outcome: CallOutcome;
  /** Dialed from the plan; false for a call logged afterwards. */
  dialed: boolean;
  /** The plan's opener unless another one was said. */
  opener?: Opener;
  nextStep?: string;
  /** Days from today (negative: overdue). */
  followUpInDays?: number;
  notes?: { body: string; tags: NoteTag[] }[];
}

/**
 * Three weeks of calls, oldest first per prospect. The newest call of a prospect is the one whose
 * follow-up is open, so Today shows one overdue (Dana), one due today (José) and one later
 * (Henrik). Plans 5–8 are never dialed: they are "ready to dial" on Today.
 */
export const SAMPLE_CALL_SCRIPT: SampleCall[] = [
  { plan: 4, daysAgo: 20, hourUtc: 15, minute: 5, minutes: 1, outcome: 'voicemail', dialed: true },
  {
    plan: 2,
    daysAgo: 19,
    hourUtc: 16,
    minute: 20,
    minutes: 2,
    outcome: 'not_interested',
    dialed: false,
    opener: ONE_DOWN_OPENER,
    notes: [{ body: 'Said they already have a reminder system.', tags: ['objection'] }],
  },
  {
    plan: 3,
    daysAgo: 18,
    hourUtc: 9,
    minute: 40,
    minutes: 1,
    outcome: 'gatekeeper',
    dialed: false,
    opener: ONE_DOWN_OPENER,
  },
  { plan: 0, daysAgo: 17, hourUtc: 14, minute: 10, minutes: 1, outcome: 'no_answer', dialed: true },
  { plan: 4, daysAgo: 16, hourUtc: 17, minute: 0, minutes: 1, outcome: 'no_answer', dialed: true },
  {
    plan: 1,
    daysAgo: 15,
    hourUtc: 16,
    minute: 30,
    minutes: 2,
    outcome: 'gatekeeper',
    dialed: false,
    opener: ONE_DOWN_OPENER,
  },
  {
    plan: 3,
    daysAgo: 14,
    hourUtc: 10,
    minute: 15,
    minutes: 3,
    outcome: 'wrong_person',
    dialed: true,
    notes: [
      { body: 'Maintenance is run by Lars Holm; Henrik owns the budget.', tags: ['next_step'] },
    ],
  },
  {
    plan: 2,
    daysAgo: 12,
    hourUtc: 15,
    minute: 45,
    minutes: 6,
    outcome: 'meeting_booked',
    dialed: true,
    nextStep: 'No-show review with Priya and the front-desk lead',
    notes: [
      { body: 'Mondays are the worst: 18% no-shows.', tags: ['pain'] },
      { body: 'The same-day text number landed.', tags: ['insight_landed'] },
    ],
  },
  { plan: 0, daysAgo: 11, hourUtc: 14, minute: 50, minutes: 1, outcome: 'voicemail', dialed: true },
  {
    plan: 4,
    daysAgo: 9,
    hourUtc: 16,
    minute: 10,
    minutes: 7,
    outcome: 'meeting_booked',
    dialed: true,
    nextStep: 'Fraud-rule briefing with Layla and her analyst',
    notes: [{ body: 'They review rules once a year, in January.', tags: ['pain'] }],
  },
  {
    plan: 1,
    daysAgo: 7,
    hourUtc: 17,
    minute: 25,
    minutes: 4,
    outcome: 'not_interested',
    dialed: false,
    opener: ONE_DOWN_OPENER,
    notes: [{ body: '"We are happy with our broker."', tags: ['objection'] }],
  },
  {
    plan: 3,
    daysAgo: 6,
    hourUtc: 9,
    minute: 30,
    minutes: 8,
    outcome: 'meeting_booked',
    dialed: true,
    nextStep: 'Downtime review with Henrik and Lars',
  },
  {
    plan: 0,
    daysAgo: 4,
    hourUtc: 15,
    minute: 0,
    minutes: 5,
    outcome: 'callback',
    dialed: true,
    nextStep: 'Call back once her carrier review is done',
    followUpInDays: -1,
    notes: [
      {
        body: 'Re-bids carriers in March; interested in the lane data.',
        tags: ['pain', 'next_step'],
      },
    ],
  },
  {
    plan: 1,
    daysAgo: 3,
    hourUtc: 16,
    minute: 40,
    minutes: 3,
    outcome: 'callback',
    dialed: true,
    nextStep: 'Ask for the lane list before the call',
    followUpInDays: 0,
    notes: [
      {
        body: 'Open to a second look if we bring lane-level numbers.',
        tags: ['objection', 'next_step'],
      },
    ],
  },
  {
    plan: 3,
    daysAgo: 2,
    hourUtc: 10,
    minute: 5,
    minutes: 2,
    outcome: 'callback',
    dialed: true,
    nextStep: 'Confirm Lars can join the review',
    followUpInDays: 3,
  },
];
