import type { Evidence } from './types';

/**
 * The public figures behind the rules, restated in our own words with where they come from.
 * Kept in one place so the catalog, the docs and the UI quote them identically.
 */
export const EVIDENCE = {
  badTimeOpener: {
    fact: 'Across 90,380 cold calls, openers asking whether it was a bad time booked meetings about 0.9% of the time, roughly 40% below the average call.',
    source: 'Gong Labs cold-call analysis, 2018',
  },
  method: {
    fact: 'A One-Up rep speaks as a peer with something to trade; asking for permission, hiding the purpose or talking about yourself puts the rep One-Down.',
    source: 'Anthony Iannarino, "One-Down versus One-Up prospecting", The Sales Blog, May 2022',
  },
  reasonDoubles: {
    fact: 'Cold calls where the rep states the reason for calling succeed roughly twice as often as calls where they do not.',
    source: 'Gong Labs cold-call analysis',
  },
  companyOverview: {
    fact: 'In 257,967 sales calls, long stretches describing the seller’s own company went with lower win rates.',
    source: 'Gong Labs sales-call analysis',
  },
  youPhrasing: {
    fact: 'Messages framed around the buyer ("you") outperformed the same content framed around the seller ("we").',
    source: 'Corporate Visions, "one little word" message study',
  },
  canSpam: {
    fact: 'US law forbids commercial email subject lines that mislead the recipient about the message, such as a fake reply thread.',
    source: 'CAN-SPAM Act (US), as explained by the Federal Trade Commission',
  },
  speakingPace: {
    fact: 'Conversational speech runs at about 150 words a minute, so 30 seconds is about 75 words; the best-rated pitches are slower, near 110.',
    source: 'Speech-rate research; Kurlan & Associates / Objective Management Group',
  },
  emailLength: {
    fact: 'Short first-touch emails get the most replies: 25–50 words is the sweet spot and reply rates fall past about 75.',
    source: 'Lavender and Boomerang email reply data',
  },
} as const satisfies Record<string, Evidence>;
