import type { Span } from '../types';
import type { Word } from './parse';

/**
 * Deception read by what a clause claims, not by one wording: who did what to whom, in which
 * tense, negated or not. Four claims a stranger's opener cannot honestly make without a record:
 *
 * - shared history: a past exchange between the rep and the prospect ("we spoke last month",
 *   "I enjoyed our chat", "you told me the fleet renews in May", "I spoke with you in the spring");
 * - a run of earlier attempts at the prospect ("we've been trying to contact you for weeks");
 * - bait: the prospect told they have qualified, been selected or won ("you've qualified for…",
 *   "your home has been chosen…", "you qualify for special offers!");
 * - a denial of selling, however worded ("I will not try to sell you anything", "with no agenda",
 *   "not another sales email");
 * - thanks for a call the prospect never made ("Thank you for calling Auto Insurance Services"),
 *   which the rule reads only on a call (rules/pretense.ts);
 * - the caller placed at an official-sounding body rather than a company ("this is Helen with
 *   the Telecom Review Board", "calling from the office of building compliance", "Officer Dan
 *   Lewis with the Fire Safety Compliance division").
 *
 * Each is a span for the rule to judge in context (a named meeting, the plan's prior contact).
 */
export interface Pretenses {
  sharedHistory: Span | null;
  /** A run of earlier attempts at the prospect: "we've been trying to reach you for weeks". */
  attempts: Span | null;
  bait: Span | null;
  denial: Span | null;
  thanksForContact: Span | null;
  /** The caller placed at an official-sounding body, not a company ("the Telecom Review Board"). */
  authority: Span | null;
}

/** The shape of a clause as language/roles.ts reads it. */
export interface ClauseWords {
  words: readonly Word[];
  start: number;
  end: number;
  question: boolean;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u));

/** Verbs of an exchange two people had together: "we spoke", "we met", "we discussed". */
const EXCHANGE_VERBS = set('speak talk chat meet discuss connect converse catch agree correspond');
/** Verbs of the prospect telling or asking the rep something: "you told me", "you asked". */
const TOLD_VERBS = set('tell mention say ask request promise agree share');
/** Nouns of a conversation: "our chat", "our call last week". */
const CONVERSATION_NOUNS = set('conversation convo chat talk call discussion meeting catch-up');
/**
 * Where the prospect said it in public, which the rep read or heard: "you mentioned in your
 * keynote", "you said on the podcast". That is research, not a relationship.
 */
const PUBLIC_VENUES = set(
  'post posts article interview podcast keynote panel webinar blog newsletter talk video comment comments announcement linkedin twitter x press release episode session earnings letter report profile bio thread',
);
const PAST_WORDS = set('last ago earlier previously yesterday recently before back once');
const NEGATIONS = set("not n't never no nobody nothing without none neither nor zero");
const CONDITIONS = set('if whether unless once when whenever until before after');
const MODAL_WORDS = set(
  "will 'll would 'd could can might may should shall likely probably possibly",
);
/** Who "we" spoke with when it was not the prospect: "we spoke with 40 CFOs". */
const YOU_WORDS = set("you your yours yourself y'all");

/** Verbs of being picked for a prize: "you've qualified", "your home was selected". */
const PICKED_VERBS = set(
  'name qualify select choose approve pre-approve preapprove pre-qualify prequalify win award shortlist pick nominate enter',
);
const PICKED_ADJECTIVES = set('eligible entitled pre-approved preapproved pre-qualified lucky');
/** What bait promises: a prize, not a finding ("your plant qualifies for the new energy credit"). */
const PRIZE_WORDS = set(
  'free special exclusive offer offers gift prize reward bonus voucher giveaway sweepstakes complimentary lucky congratulations',
);
/** Whose situation bait announces: the prospect, their home or their business. */
const PROSPECT_HOLDINGS = set(
  'home house household property business company account number address',
);

/** Bodies that sound official: where a caller who names no company says they are calling from. */
const AUTHORITY_NOUNS = set(
  'board office division bureau department authority commission agency council registry desk directorate unit ministry initiative programme program scheme',
);
/**
 * "with the …", "from the …", "I represent the …", "working on the …": where the caller says they
 * are from or what they work for ("at the front desk" is a place).
 */
const PLACING_WORDS = set('from with represent on');
const INTRO_WORDS = set("this i i'm it's we we're calling 's am here");
/** Agencies that are businesses by their trade: "a literary agency", "a staffing agency". */
const BUSINESS_AGENCIES = set(
  'literary talent marketing advertising ad creative travel staffing recruitment recruiting employment insurance digital design media modeling modelling model real estate estate booking casting nursing temp',
);
const ABOUT_WORDS = set('regarding concerning about');
const OFFICIAL_TITLES = set('officer inspector deputy sergeant agent commissioner');

/** Selling words a denial negates. */
const SELL_VERBS = set('sell pitch');
const SALES_NOUNS = set('sale sales pitch pitches sell');

const isPast = (w: Word): boolean => w.lower !== w.lemma && !/ing$/u.test(w.lower);
const content = (words: readonly Word[]): Word[] =>
  words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
const spanOf = (c: { start: number; end: number }): Span => ({
  field: 'text',
  start: c.start,
  end: c.end,
});

/** A negation word in the `reach` words before `at`. */
function negatedBefore(words: readonly Word[], at: number, reach: number): boolean {
  for (let i = Math.max(0, at - reach); i < at; i++)
    if (NEGATIONS.has(words[i]?.lower ?? '')) return true;
  return false;
}

/** The clause is said under a condition or as something yet to happen: not a claim. */
function hypothetical(words: readonly Word[], at: number): boolean {
  for (let i = 0; i < at; i++) {
    const w = words[i];
    if (!w) continue;
    if (CONDITIONS.has(w.lower) && w.pos === 'SCONJ') return true;
    if (w.lower === 'if' || w.lower === 'unless') return true;
    if (MODAL_WORDS.has(w.lower) && at - i <= 3) return true;
  }
  return false;
}

/**
 * "We spoke last month", "I met you at some point", "we've talked before": an exchange verb in
 * the past with "we" (or I … you) as the people in it. "We spoke with 40 CFOs", "the CFOs we
 * talked to", "we met the deadline" name someone else, and "we haven't spoken" says there was none.
 */
function exchangeClaim(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'VERB' || !EXCHANGE_VERBS.has(w.lemma)) continue;
    const perfect = words[i - 1]?.lemma === 'have' || words[i - 2]?.lemma === 'have';
    if (!isPast(w) && !perfect) continue;
    if (w.lemma === 'catch' && words[i + 1]?.lower !== 'up') continue;
    if (negatedBefore(words, i, 3) || hypothetical(words, i)) continue;
    const subject = words
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((x) => x.pos === 'PRON');
    const who = subject?.lower.replace(/'.*$/u, '');
    const rest = words.slice(i + 1, i + 6).filter((x) => x.pos !== 'ADV' && x.lower !== 'up');
    const next = rest[0];
    // With whom: "with you" is the prospect; "with 40 CFOs", or nothing ("the CFOs we spoke
    // with"), is someone else.
    if (next && (next.lower === 'with' || next.lower === 'to')) {
      if (YOU_WORDS.has(rest[1]?.lower ?? '') && (who === 'we' || who === 'i')) return true;
      continue;
    }
    if (who !== 'we') continue;
    // A direct object that is not a time: "we met the deadline", "we discussed three options".
    const object =
      next !== undefined &&
      next.entity === null &&
      !(next.pos === 'DET' && rest[1]?.entity) &&
      (next.pos === 'NOUN' ||
        next.pos === 'PROPN' ||
        next.pos === 'NUM' ||
        next.pos === 'DET' ||
        (next.pos === 'PRON' && !YOU_WORDS.has(next.lower)));
    if (object && !(w.lemma === 'discuss' && next.pos === 'DET')) continue;
    // "…the shippers we talked about": a relative clause on a noun the sentence is about.
    if (next === undefined && words.slice(0, i).some((x) => x.pos === 'NOUN')) continue;
    return true;
  }
  return false;
}

/**
 * "You told me the fleet renews in May", "you mentioned you were looking at…", "as you asked":
 * the prospect said something to the rep. Said in public ("you mentioned in your keynote"), it is
 * research; "if you told me" is a question of what might be.
 */
function toldClaim(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'VERB' || !TOLD_VERBS.has(w.lemma) || !isPast(w)) continue;
    const before = words[i - 1];
    if (!before || !YOU_WORDS.has(before.lower) || before.lower === 'your') continue;
    if (negatedBefore(words, i, 2) || hypothetical(words, i)) continue;
    const after = words.slice(i + 1, i + 6);
    if (after.some((x) => PUBLIC_VENUES.has(x.lower))) continue;
    // "you said yes to the audit" is fine to read as a claim; "you asked how" in a question too.
    if (w.lemma === 'share' && !after.some((x) => x.lower === 'me' || x.lower === 'us')) continue;
    // Told to the rep: "you told me", "you mentioned to me", "you asked us to call". "You
    // mentioned to her", "you asked online" and a bare "you mentioned you were open to…" (where,
    // a post?) do not say the prospect and the rep ever spoke.
    const toRep = after.slice(0, 2).some((x) => x.lower === 'me' || x.lower === 'us');
    if (!toRep) continue;
    return true;
  }
  return false;
}

/** Verbs of getting through to someone: "trying to reach you", "trying to get hold of you". */
const REACH_VERBS = set('reach contact call get catch connect email phone ring touch');
/** Words that say a meeting was a pleasure: "pleasure meeting you", "nice meeting you". */
const PLEASURE_WORDS = set('pleasure nice great good lovely wonderful');

/**
 * "We've been trying to contact you for weeks", "I've actually been trying to get hold of you":
 * earlier attempts at this prospect, told as a run of them. "I tried you once on Monday" is not
 * read (one attempt a rep may well have made); the run is what a cold opener invents to sound
 * owed a reply.
 */
/** Verbs of one try at the prospect: "I called you", "we emailed you". */
const ATTEMPT_VERBS = set('call phone ring email text message try contact');
/** How often: "several times", "a few times", "three times". */
const COUNT_WORDS = set('several many multiple numerous few couple two three four five six');

/**
 * "I've called you several times", "we emailed you three times": the attempts counted. A count
 * is what turns one honest try ("I tried you once on Monday") into a run of them.
 */
function countedAttempts(words: readonly Word[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'VERB' || !ATTEMPT_VERBS.has(w.lemma) || !isPast(w)) continue;
    const who = words
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((x) => x.pos === 'PRON')
      ?.lower.replace(/'.*$/u, '');
    if ((who !== 'i' && who !== 'we') || words[i + 1]?.lower !== 'you') continue;
    if (negatedBefore(words, i, 3)) continue;
    const after = words.slice(i + 2, i + 6);
    const times = after.findIndex((x) => x.lower === 'times');
    if (times > 0 && (COUNT_WORDS.has(after[times - 1]!.lower) || after[times - 1]!.pos === 'NUM'))
      return true;
  }
  return false;
}

function attemptsClaim(words: readonly Word[]): boolean {
  if (countedAttempts(words)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower !== 'trying' || words[i + 1]?.lower !== 'to') continue;
    const been = words.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'been');
    const who = words
      .slice(0, i)
      .reverse()
      .find((x) => x.pos === 'PRON')
      ?.lower.replace(/'.*$/u, '');
    if (!been || (who !== 'i' && who !== 'we')) continue;
    if (!REACH_VERBS.has(words[i + 2]?.lemma ?? '')) continue;
    if (!words.slice(i + 3, i + 7).some((x) => YOU_WORDS.has(x.lower) && x.lower !== 'your'))
      continue;
    if (negatedBefore(words, i, 3)) continue;
    return true;
  }
  return false;
}

/**
 * "Pleasure meeting you virtually", "LinkedIn suggests we may know each other": an acquaintance
 * claimed in passing, a meeting that was a pleasure or two people who know each other. "Nice to
 * meet you" greets; "we don't know each other" says there is none.
 */
function acquaintanceClaim(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (
      w.lower === 'meeting' &&
      PLEASURE_WORDS.has(words[i - 1]?.lower ?? '') &&
      i <= 3 &&
      YOU_WORDS.has(words[i + 1]?.lower ?? '')
    )
      return true;
    if (
      w.lemma === 'know' &&
      words[i + 1]?.lower === 'each' &&
      words[i + 2]?.lower === 'other' &&
      words.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'we' || x.lower === "we've") &&
      !negatedBefore(words, i, 3)
    )
      return true;
  }
  return false;
}

/** "I enjoyed our chat", "our call last week": a conversation of ours, said as past. */
function ourConversation(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower !== 'our' || !CONVERSATION_NOUNS.has(words[i + 1]?.lemma ?? '')) continue;
    const noun = words[i + 1];
    const after = words[i + 2];
    // "our call center", "our meeting room": a compound names a thing.
    if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && after.entity === null) continue;
    if (!noun) continue;
    const past =
      words.some(
        (x) => x.pos === 'VERB' && isPast(x) && x.lemma !== 'book' && x.lemma !== 'schedule',
      ) || words.some((x) => PAST_WORDS.has(x.lower));
    if (!past || hypothetical(words, i)) continue;
    // "our meeting on Thursday will…": a meeting ahead.
    if (words.some((x) => MODAL_WORDS.has(x.lower))) continue;
    return true;
  }
  return false;
}

/**
 * "You've qualified for…", "your home was selected", "you qualify for special offers!": a prize
 * announced to the prospect. A present "qualify" without a prize is a finding ("your plant
 * qualifies for the new credit"), and a condition ("if you qualify") claims nothing.
 */
function baitClaim(words: readonly Word[], prizeOffered: boolean): boolean {
  const prize = words.some((w) => PRIZE_WORDS.has(w.lower)) || words.some((w) => w.text === '!');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const picked =
      (w.pos === 'VERB' && PICKED_VERBS.has(w.lemma)) || PICKED_ADJECTIVES.has(w.lower);
    if (!picked) continue;
    // Who it happened to: "you", "your home", within the four words before.
    const before = words.slice(Math.max(0, i - 4), i);
    const you = before.findIndex(
      (x) => x.lower === 'you' || x.lower === "you've" || x.lower === "you're",
    );
    const yours = before.findIndex(
      (x, j) => x.lower === 'your' && PROSPECT_HOLDINGS.has(before[j + 1]?.lemma ?? ''),
    );
    // "Congratulations on being named one of the region's top businesses!": the prize is theirs.
    const congratulated =
      before.some((x) => x.lower === 'being') && words.some((x) => /^congrat/u.test(x.lower));
    if (you === -1 && yours === -1 && !(congratulated && prizeOffered)) continue;
    // "…the Pier 9 renovation you were awarded last month": a job they won, named before them, is
    // their news, not a prize we announce.
    const youAt = you === -1 ? -1 : Math.max(0, i - 4) + you;
    if (youAt > 0 && (words[youAt - 1]?.pos === 'NOUN' || words[youAt - 1]?.pos === 'PROPN'))
      continue;
    if (negatedBefore(words, i, 3) || hypothetical(words, i)) continue;
    if (before.some((x) => x.lower === 'if' || x.lower === 'whether' || x.lower === 'see'))
      continue;
    const perfect = before.some(
      (x) => x.lemma === 'have' || x.lower === 'been' || x.lower === 'was' || x.lower === 'were',
    );
    if (perfect && w.pos === 'VERB' && isPast(w) && w.lemma !== 'name') return true;
    if (prize) return true;
  }
  return false;
}

/**
 * "I will not try to sell you anything", "I'm not here to pitch you", "with no agenda", "no sales
 * pitch", "not another sales email": the rep says the sale is not one. Only about the rep or this
 * message: "most brokers are not selling the new cover" is a finding.
 */
function denialClaim(words: readonly Word[], clauseWords: number): boolean {
  const firstPerson = words.some((w) => /^(?:i|we|i'm|we're|me|us)$/u.test(w.lower));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos === 'VERB' && SELL_VERBS.has(w.lemma)) {
      if (!firstPerson || !negatedBefore(words, i, 5)) continue;
      // "…not selling the cover" after a third party: "brokers we studied are not selling". Where
      // a noun stands right before the verb's auxiliaries it is the subject: in "I noticed your
      // home didn't sell" the home did not sell, and the rep denies nothing.
      const isSubject = (x: Word | undefined): boolean =>
        x !== undefined && (x.pos === 'PRON' || x.pos === 'NOUN' || x.pos === 'PROPN');
      let before = i - 1;
      while (before >= 0 && /^(?:AUX|PART|ADV)$/u.test(words[before]?.pos ?? '')) before--;
      const subject = isSubject(words[before]) ? words[before] : words.slice(0, i).find(isSubject);
      if (subject && !/^(?:i|we|i'm|we're)$/u.test(subject.lower)) continue;
      return true;
    }
    if (SALES_NOUNS.has(w.lemma) || SALES_NOUNS.has(w.lower)) {
      const negator = words[i - 1]?.lower === 'another' ? words[i - 2] : words[i - 1];
      const twoBack = words[i - 2];
      const negated =
        (negator && /^(?:no|not|zero|without)$/u.test(negator.lower)) ||
        (twoBack &&
          /^(?:no|not|zero|without)$/u.test(twoBack.lower) &&
          /^(?:sales|hidden|hard|real|ulterior)$/u.test(words[i - 1]?.lower ?? ''));
      if (!negated) continue;
      if (
        w.lemma === 'sale' &&
        !/^(?:email|call|pitch|message|note|agenda|talk)$/u.test(words[i + 1]?.lower ?? '')
      )
        continue;
      // "no sales pitch here", "(no pitch)", "sharing this with no agenda", "not another sales
      // email": the message itself, a short aside or a clause of ours.
      if (firstPerson || clauseWords <= 6 || words[0]?.pos === 'VERB') return true;
    }
  }
  return false;
}

/** "Thank you for calling X", "thanks for your call": thanks for a call the prospect made. */
function thanksForCalling(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // The rep thanks the prospect: "thank you for…", "thanks for…", at the clause's start.
    if (i > 1) break;
    if (w.lemma !== 'thank' && w.lower !== 'thanks') continue;
    const rest = words.slice(i + 1, i + 4);
    const forAt = rest.findIndex((x) => x.lower === 'for');
    if (forAt === -1) continue;
    const what = rest.slice(forAt + 1);
    if (what[0]?.lemma === 'call' && what[0].lower === 'calling') return true;
    if (
      what[0]?.lower === 'your' &&
      (what[1]?.lemma === 'call' || what[1]?.lower === 'inquiry' || what[1]?.lower === 'enquiry')
    )
      return true;
    if (what[0]?.lower === 'contacting' || what[0]?.lower === 'ringing') return true;
  }
  return false;
}

/**
 * "with the Telecom Review Board", "from the office of building compliance", "from the dental
 * supply desk", "This is Officer Dan Lewis": the caller's organisation is a desk, board or office
 * with no company behind it. "From the Denver office of Arden Freight" names the company, and
 * "our billing office" is ours.
 */
function authorityClaim(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (
      OFFICIAL_TITLES.has(w.lower) &&
      /^\p{Lu}/u.test(w.text) &&
      (words[i - 1]?.lower === 'is' || words[i - 1]?.lower === "'s")
    )
      return true;
    if (!AUTHORITY_NOUNS.has(w.lower)) continue;
    // A trade's agency is a company ("the Ashgrove Literary Agency"), and a seat "on the board of"
    // something is a role in it, not a body the caller speaks for.
    if (w.lower === 'agency' && BUSINESS_AGENCIES.has(words[i - 1]?.lower ?? '')) continue;
    if (w.lower === 'board' && words[i + 1]?.lower === 'of') continue;
    const before = words.slice(Math.max(0, i - 6), i);
    const the = before.map((x) => x.lower).lastIndexOf('the');
    if (the < 1 || !PLACING_WORDS.has(before[the - 1]?.lower ?? '')) continue;
    const between = before.slice(the + 1);
    if (between.some((x) => x.pos === 'VERB' || YOU_WORDS.has(x.lower) || x.lower === 'our'))
      continue;
    // A body's name has no preposition or number inside: "on the 24th at 6pm before council" is
    // when a meeting is, not whom the caller speaks for.
    if (between.some((x) => x.pos === 'ADP' || x.pos === 'SCONJ' || x.pos === 'NUM')) continue;
    // The body's name ends there: "the same program your peers use" goes on to say whose it is.
    // So does a compound: "on the load board history" is a record, not a body.
    const next = words[i + 1];
    // ("…the benefits office regarding your plan": "regarding" says what about, whatever the model
    // tags it.)
    if (
      next &&
      !ABOUT_WORDS.has(next.lower) &&
      (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'VERB' || next.pos === 'NOUN')
    )
      continue;
    if (between.some((x) => /^(?:same|new|your|their)$/u.test(x.lower))) continue;
    // The caller introduces themselves: "this is Helen with the …", "I'm calling from the …".
    // ("that's on the load board" is no introduction: "'s" introduces after "it" or "this").
    const introduces = words
      .slice(0, i)
      .some(
        (x, k) =>
          INTRO_WORDS.has(x.lower) &&
          (x.lower !== "'s" || /^(?:it|this)$/u.test(words[k - 1]?.lower ?? '')),
      );
    if (!introduces) continue;
    // Placed there is the prospect's thing, not the caller: "I'm phoning because your farms are on
    // the Crocodile River scheme".
    const theAt = i - before.length + the;
    if (words.slice(0, theAt).some((x) => x.lower === 'your')) continue;
    // "…office of Arden Freight", "…desk at Apex": the company is named after all.
    const after = words.slice(i + 1, i + 3);
    if (
      after[0] &&
      /^(?:at|of|for|in)$/u.test(after[0].lower) &&
      after[1] &&
      /^\p{Lu}/u.test(after[1].text)
    )
      continue;
    return true;
  }
  return false;
}

export function readPretenses(clauses: readonly ClauseWords[]): Pretenses {
  const found: Pretenses = {
    authority: null,
    sharedHistory: null,
    attempts: null,
    bait: null,
    denial: null,
    thanksForContact: null,
  };
  // A prize offered anywhere in the opener ("…a complimentary feature in our magazine").
  const prizeOffered = clauses.some((c) =>
    c.words.some((w) => PRIZE_WORDS.has(w.lower) && !/^congrat/u.test(w.lower)),
  );
  for (const clause of clauses) {
    const words = content(clause.words);
    if (words.length === 0) continue;
    if (
      !found.sharedHistory &&
      (exchangeClaim(words) ||
        toldClaim(words) ||
        ourConversation(words) ||
        acquaintanceClaim(words))
    )
      found.sharedHistory = spanOf(clause);
    if (!found.attempts && attemptsClaim(words)) found.attempts = spanOf(clause);
    if (!found.bait && baitClaim(words, prizeOffered)) found.bait = spanOf(clause);
    if (!found.denial && denialClaim(words, words.length)) found.denial = spanOf(clause);
    if (!found.thanksForContact && thanksForCalling(words)) found.thanksForContact = spanOf(clause);
    if (!found.authority && authorityClaim(words)) found.authority = spanOf(clause);
  }
  return found;
}
