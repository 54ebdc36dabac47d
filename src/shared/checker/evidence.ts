import type { Evidence } from './types';

const METHOD = 'Anthony Iannarino, "One-Down versus One-Up prospecting", The Sales Blog, May 2022';

/**
 * The public figures behind the rules, restated in our own words with where they come from.
 * Kept in one place so the catalog, the docs and the UI quote them identically.
 */
export const EVIDENCE = {
  badTimeOpener: {
    fact: 'Across 90,380 cold calls, openers asking whether it was a bad time booked meetings about 0.9% of the time, roughly 40% below the average call.',
    source: 'Gong Labs cold-call analysis, 2018',
  },
  // What the method itself says, one entry per point it makes, so each rule cites the line that
  // backs it (PRODUCT.md, "The method it teaches") rather than one paraphrase for everything.
  methodPermission: {
    fact: 'The method names "Is now a good time?" and "Did I catch you at a bad time?" as One-Down: asking for permission or for time hands the prospect the exit.',
    source: METHOD,
  },
  methodTransparency: {
    fact: 'The method counts fake familiarity, "just following up" with no prior contact and "this isn’t a sales call" as One-Down: a One-Up rep has no need to hide who they are or why they call.',
    source: METHOD,
  },
  methodOurCompany: {
    fact: 'The method counts talk about "our company" and "our solutions" as One-Down: those are the facts the prospect can read on the website.',
    source: METHOD,
  },
  methodWeakOffer: {
    fact: 'The method: a meeting whose value is "learn about us" is a weak trade for the prospect’s time, and the offer is rejected because it is inadequate.',
    source: METHOD,
  },
  methodHedging: {
    fact: 'The method names hedging, apologising and rambling as the sound of a rep who is One-Down.',
    source: METHOD,
  },
  methodSolutions: {
    fact: 'The method’s source puts “solutions” in scare quotes: the word a One-Down pitch leans on.',
    source: METHOD,
  },
  methodInsight: {
    fact: 'The method: a One-Up rep trades an insight for the time asked ("I know something you don’t know"), learned across many clients and not on any website.',
    source: METHOD,
  },
  methodBenefit: {
    fact: 'The method: a One-Up rep says how the contact benefits from the meeting, typically an executive briefing that helps even if they never buy.',
    source: METHOD,
  },
  methodConcreteMeeting: {
    fact: 'The method: a One-Up rep proposes a concrete meeting with value of its own.',
    source: METHOD,
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
