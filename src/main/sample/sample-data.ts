import type { z } from 'zod';
import type { insightCreateInput } from '../../shared/domain/insight';
import type { prospectCreateInput } from '../../shared/domain/prospect';

/**
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
];
