import type { Span } from '../types';
import type { Parsed, Word } from './parse';
import { fastWordStarts, HONORIFIC, WEEKDAY } from '../patterns';
import { readSignature } from './signature';
import { readPretenses, type Pretenses } from './pretense';
import { readWeakOffers, type WeakOffers } from './offer';
import { slotParts } from '../slots';

/**
 * Roles read from syntax and entities rather than from fixed phrases. Each role is a small
 * combination of what a clause does, taken from the language model's tokens, part of speech,
 * negation and entities, with our word lists as features on top:
 *
 * - identity: "this is / I'm / my name is" + a proper name, and a company after with/from/at (or
 *   as an apposition, or in the next clause: "I'm with …", "I run sales at …");
 * - reason: a first-person clause with a verb of calling or reaching out and its purpose
 *   (because / about / to + verb), "the reason", "why I call", or a trigger the rep noticed;
 * - insight: peers, the market or a third party as subject with a verb of change, comparison or
 *   finding, or a quantity (percent, money, count, fraction); our own research verbs count, our
 *   own company as the subject does not;
 * - benefit: the prospect (you / your) with a future or modal outcome, "so you …", or what it
 *   means for them;
 * - ask: a future time, length or meeting noun proposed as a question, an imperative, "let's", or
 *   "I'd like / I suggest"; a length in seconds or "a minute" is time now, not a meeting.
 */
/**
 * Where each of the five parts was read, the same shape for the wording reader (reader.ts) and
 * this syntax reader, so the two readings combine field by field.
 */
export interface PartSpans {
  identity: Span | null;
  reason: Span | null;
  insight: Span | null;
  benefit: Span | null;
  ask: Span | null;
  /** The ask names a length, a day or a clock time. */
  askConcrete: boolean;
  /** Something that might be an ask (here: a question put to the prospect). */
  askCandidate: Span | null;
}

export interface LanguageRoles extends PartSpans {
  /**
   * A request for time right now, however worded: a question or request for a few seconds or
   * minutes with no future day or time, or whether the prospect is busy or free at this moment.
   */
  timeNow: Span | null;
  /** "I'll only take a minute": the rep shrinking their own call. */
  minimiser: Span | null;
  /** A clause that describes us (our company, product, size, history) rather than their world. */
  selfPitch: Span | null;
  /**
   * A result clients got, measured ("our platform has helped properties cut response time from 48
   * hours to 12"): a specific outcome, so a benefit by the label rule even where the same clause
   * names our product.
   */
  measuredResult: Span | null;
  /** The sender's name (or its slot) alone on the last lines, as an email is signed. */
  signedName: Span | null;
  /**
   * A self-introduction with a name and nothing else ("this is Sam"), or the company named with
   * no person ("We are Leadwise Media"): enough in an email.
   */
  selfNamed: Span | null;
  /** Claims a stranger's opener cannot honestly make: past contact, bait, a denial of selling. */
  pretenses: Pretenses;
  /** Offers that are only our own activity: a check-in on what we sent, telling about us. */
  weakOffers: WeakOffers;
}

interface Clause {
  words: Word[];
  start: number;
  end: number;
  question: boolean;
  /** Index of the sentence within the body. */
  sentence: number;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u));

const CLAUSE_BREAKS = set('; — – … ... --');
/** ", and we provide…": a subject and a verb of selling that open a clause of their own. */
const NEW_SUBJECT = set('we i');
/** Modals that open a question when they come before their subject ("can i come by…"). */
const INVERTED_MODALS = set('can could shall may would');
const SELLING_VERBS = set('provide offer specialize specialise sell supply build deliver help');
const CALL_VERBS = set('call ring write reach email contact phone message dial text ping touch');
const PURPOSE_VERBS = set(
  'share flag show tell offer pass invite bring give walk propose warn alert let introduce compare send',
);
const NOTICE_VERBS = set('notice see saw read hear spot catch');
const REQUEST_VERBS = set('like love suggest propose recommend want ask');
/** Verbs of one person sending another: "X suggested I call", "X mentioned you're hiring". */
const REFER_VERBS = set('suggest mention recommend refer');
/** Imperatives a rep opens an ask with ("Grab 20 minutes Thursday", "Pick a time"). */
const MEETING_VERBS = set(
  'meet talk chat grab book schedule set pick block hold find put pencil hop jump connect get sit compare review walk look',
);
const SLOT_VERBS = set('work suit fit');
/** "…is good for me": how a slot is said to suit the rep. */
const SLOT_FREE = set('good fine free open available perfect ideal best');
const MEETING_NOUNS = set(
  'meeting call chat briefing session conversation discussion coffee walkthrough walk-through review slot demo visit workshop lunch breakfast readout debrief look huddle sync catch-up consult consultation assessment audit teardown tour',
);
/**
 * Verbs of change, comparison and finding: what makes a clause a claim about the world. A rule
 * made or tightened counts ("the health department added a pest-log requirement", "the state
 * now requires…", "the county banned…").
 */
const CHANGE_VERBS = set(
  'rise climb jump fall drop grow double triple halve shift switch move change increase decrease cut lose save pay spend add introduce require impose mandate enforce ban overpay underpay miss face find see show report struggle delay lag outpace beat trail underestimate overlook ignore skip reset renegotiate replace tighten loosen spike surge soar slip slide shrink expand stall churn quit hire fire fine cite audit deny reject default slow speed expire lapse exceed average cost split widen narrow diverge stretch lengthen shorten stop end discontinue retire sunset push extend lift hike',
);
const RESEARCH_VERBS = set(
  'benchmark survey analyze analyse study track audit measure review map find notice learn compare interview model see watch sample test inspect investigate pull check',
);
/** Research said as a noun: "we've just finished a review of 25 lobbies", "we ran a study of…". */
const RESEARCH_NOUNS = set(
  'review study survey audit analysis benchmark benchmarking assessment teardown comparison',
);
const DOING_VERBS = set('finish complete do run wrap conclude carry publish');
/** "we've just finished a review of 25 hospital lobbies": the first person did a piece of research. */
function nominalResearch(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!isFirstPerson(words[i]!)) continue;
    // The doing verb within three words of the subject, the noun and its "of" within three after.
    for (let v = i + 1; v < Math.min(i + 4, words.length); v++) {
      const verb = words[v]!;
      if (verb.pos !== 'VERB' || !DOING_VERBS.has(verb.lemma)) continue;
      for (let n = v + 1; n < Math.min(v + 4, words.length); n++)
        if (RESEARCH_NOUNS.has(words[n]!.lower) && words[n + 1]?.lower === 'of') return true;
    }
  }
  return false;
}
/** Nouns that name the prospect's world, not ours: who an insight is about. */
const THIRD_PARTY_DETERMINERS = set(
  'most many several few half some other similar their those these every each',
);
const PEER_NOUNS = set(
  'peers competitors neighbors neighbours rivals industry market sector region counterparts',
);
const TIME_TYPES = new Set(['DURATION', 'DATE', 'TIME']);
const FRACTIONS = set('half third quarter fifth tenth twice double triple');
const COMPARATIVES = set(
  'more less fewer higher lower faster slower longer shorter cheaper bigger',
);
const RISK_NOUNS = set(
  'regulation rule rules law mandate deadline deadlines tariff tariffs penalty penalties fine fines audit audits breach breaches shortage shortages stockout stockouts ordinance requirement requirements',
);
const VALUE_NOUNS = set(
  'savings margin margins cost costs budget risk exposure revenue time hours money rate rates spend fees premium premiums penalty penalties downtime churn pipeline cash payroll claims',
);
const MODALS = set("will 'll would 'd could can might may should");
const WEAK_VERBS = set('be have like want mind need do prefer let get reply send share love use');
const PAST_MARKERS = set('last ago yesterday since earlier previously');
/** A length that is time right now, not a meeting: seconds, "a minute", "five minutes". */
// Not the end of a longer number: "forty-five minutes" is read as "forty - five minutes".
const NOW_LENGTH = fastWordStarts(
  /\b(?:seconds?|secs?|a (?:minute|moment|sec)|(?<!-\s?)(?:[1-5]|one|two|three|four|five|a few|couple(?: of)?) minutes?)\b/iu,
);

function clausesOf(parsed: Parsed, from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let sentenceIndex = -1;
  for (const sentence of parsed.sentences) {
    if (sentence.end <= from || sentence.start >= to) continue;
    sentenceIndex++;
    const words = parsed.words.slice(sentence.first, sentence.last + 1);
    const question = words.some((w) => w.text === '?');
    // A long sentence with no punctuation inside it: a run-on written without stops.
    const runOn = words.length > 20 && !words.slice(0, -1).some((w) => w.pos === 'PUNCT');
    let current: Word[] = [];
    const flush = (last: boolean): void => {
      const content = current.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
      const first = content[0];
      const final = content[content.length - 1];
      if (first && final)
        clauses.push({
          words: current,
          start: first.start,
          end: final.end,
          question: question && last,
          sentence: sentenceIndex,
        });
      current = [];
    };
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (CLAUSE_BREAKS.has(word.text) || (word.text === '-' && isSpaced(word, words)))
        flush(false);
      else {
        // "I run Northgate, and we provide…", "…, and we've got some exciting programs": a comma
        // and a conjunction before a new subject that says what we sell start a clause of its own.
        if (
          word.pos === 'CCONJ' &&
          words[index - 1]?.text === ',' &&
          NEW_SUBJECT.has(words[index + 1]?.lower ?? '') &&
          sellsFrom(words, index + 2)
        )
          flush(false);
        // "…on your street this spring can i come by friday at eight": in a run-on, a question's
        // modal and subject ("can i", "could we") start a clause of their own.
        if (
          runOn &&
          current.length > 0 &&
          INVERTED_MODALS.has(word.lower) &&
          NEW_SUBJECT.has(words[index + 1]?.lower ?? '') &&
          words[index + 2]?.pos === 'VERB'
        )
          flush(false);
        current.push(word);
      }
    }
    flush(true);
  }
  return clauses;
}

/**
 * A verb of selling at `at`, or after an auxiliary: "we provide", "we're offering", "we've got",
 * "we're in the business of".
 */
function sellsFrom(words: readonly Word[], at: number): boolean {
  const verb = words[at];
  if (SELLING_VERBS.has(verb?.lemma ?? '')) return true;
  const next = words[at + 1];
  return (
    verb?.pos === 'AUX' &&
    (SELLING_VERBS.has(next?.lemma ?? '') ||
      next?.lemma === 'run' ||
      (verb.lemma === 'have' && next?.lower === 'got') ||
      // "…, and we're in the business of making our clients more successful", "…, and we're a
      // family-owned uniform company"
      (verb.lemma === 'be' &&
        ((next?.lower === 'in' && words[at + 3]?.lower === 'business') ||
          /^(?:a|an|the)$/u.test(next?.lower ?? ''))))
  );
}

/** A hyphen standing between spaces is a dash, not part of "10-minute". */
function isSpaced(word: Word, words: readonly Word[]): boolean {
  const at = words.indexOf(word);
  const before = words[at - 1];
  const after = words[at + 1];
  return (!before || before.end < word.start) && (!after || after.start > word.end);
}

const spanOf = (c: { start: number; end: number }): Span => ({
  field: 'text',
  start: c.start,
  end: c.end,
});

/** wink sometimes keeps "I'm" whole (after a comma, at a capital), so contractions count too. */
const FIRST_PERSON: ReadonlySet<string> = new Set(
  ['i', 'we'].flatMap((who) => ['', "'m", "'ve", "'d", "'ll", "'re"].map((end) => who + end)),
);
const YOU = set("you your yours yourself y'all");
// Word lists, not regexes: these run on every word of every clause the roles read.
const isFirstPerson = (w: Word): boolean => FIRST_PERSON.has(w.lower);
const isYou = (w: Word): boolean => YOU.has(w.lower);
const isProperish = (w: Word): boolean =>
  w.pos === 'PROPN' ||
  (/^\p{Lu}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ')) ||
  isBlank(w);
/** A blank drawn for the rep to fill, "this is ________ with ________": a name's slot. */
const isBlank = (w: Word): boolean => /^_{3,}$/u.test(w.text);

/** "this is", "I'm", "my name is", "it's", "name's": where a self-introduction starts. */
function introEnd(words: readonly Word[]): number {
  for (let i = 0; i < words.length; i++) {
    const a = words[i]?.lower;
    const b = words[i + 1]?.lower;
    const c = words[i + 2]?.lower;
    if ((a === 'this' || a === 'it') && (b === 'is' || b === "'s")) return i + 2;
    if (a === 'i' && (b === "'m" || b === 'am')) return i + 2;
    if (a === "i'm") return i + 1;
    if (a === 'my' && b === 'name' && (c === 'is' || c === "'s")) return i + 3;
    // "myself Sunil Menon, from…", "here speaking Paulo Sena": how many reps abroad introduce
    // themselves.
    if (a === 'myself') return i + 1;
    if (a === 'here' && b === 'speaking') return i + 2;
    // "You're speaking with Priya from Harbrook."
    const d = words[i + 3]?.lower;
    if (
      a === 'you' &&
      (b === "'re" || b === 'are') &&
      c === 'speaking' &&
      (d === 'with' || d === 'to')
    )
      return i + 4;
  }
  return -1;
}

/** Length of the proper-name run starting at `from` (up to three tokens). */
function nameRun(words: readonly Word[], from: number): number {
  let n = 0;
  while (n < 3) {
    const w = words[from + n];
    if (!w || isFirstPerson(w) || !(isProperish(w) || nameTaggedAsVerb(words, from + n, n))) break;
    n++;
  }
  return n;
}

/**
 * The model tags many first names and surnames as verbs ("Lisa Grant/VERB", "Scott Madden/VERB",
 * "Don/VERB Morrison", "Don/VERB here"). A capitalised "verb" is a name where it goes on a name
 * already begun, or opens one that a surname or "here" follows.
 */
function nameTaggedAsVerb(words: readonly Word[], at: number, inRun: number): boolean {
  const w = words[at];
  if (!w || w.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  if (inRun > 0) return true;
  const next = words[at + 1];
  return (
    next !== undefined &&
    (next.lower === 'here' || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)))
  );
}

/**
 * "Tom Hale here, from Phoenix Duct Clean", "Ross Perez here, I run Steadyhand Consulting",
 * "Lynne Faulkner here, independent financing specialist for coaching programmes", "Don here,
 * TradeWind": the company or role in the same clause, after "here".
 */
function placedAfterHere(words: readonly Word[], here: number): boolean {
  if (orgAfter(words, here + 1)) return true;
  const k = /^(?:,|—|–|-)$/u.test(words[here + 1]?.text ?? '') ? here + 2 : here + 1;
  const w = words[k];
  if (!w) return false;
  if (isFirstPerson(w))
    return (
      orgAfter(words, k, 10) ||
      roleAfter(words, k) ||
      tradeAfter(words, k) ||
      roleNounAfter(words, k)
    );
  // A role with no article: describing words, then the role noun, placed ("… specialist for …").
  const noun = roleNounFrom(words, k);
  const role = words[noun];
  const next = words[noun + 1];
  return (
    noun > k - 1 &&
    role?.pos === 'NOUN' &&
    next !== undefined &&
    /^(?:for|at|with|in)$/u.test(next.lower)
  );
}

/** A company after with / from / at / for / of, or as an apposition ("Ana Ruiz, Fernhill Labs"). */
function orgAfter(words: readonly Word[], from: number, within = 6): boolean {
  for (let i = from; i < Math.min(words.length, from + within); i++) {
    const w = words[i];
    if (!w) break;
    if (w.pos === 'ADP' && /^(?:with|from|at|for|of)$/u.test(w.lower)) {
      let j = i + 1;
      if (words[j]?.lower === 'the') j++;
      const next = words[j];
      // "calling for Mr. Osei" asks for a person; it names no company.
      if (next && HONORIFIC.test(next.lower)) continue;
      if (next && isProperish(next) && next.entity === null) return true;
    }
    if (w.text === ',' && i === from) {
      const next = words[i + 1];
      if (next && isProperish(next)) return true;
    }
  }
  return false;
}

const GREETINGS = set('hi hey hello morning afternoon evening dear greetings good');

/**
 * A role at a place, after "I'm": "I'm the merchandiser at the co-op elevator", "I am a broker
 * with the county". The label rule counts a role as well as a company.
 */
function roleAfter(words: readonly Word[], subject: number): boolean {
  const w = words[subject];
  if (!w) return false;
  let at = subject + 1;
  if (w.lower === 'i' && (words[at]?.lower === "'m" || words[at]?.lower === 'am')) at++;
  else if (w.lower !== "i'm") return false;
  if (!/^(?:the|a|an)$/u.test(words[at]?.lower ?? '')) return false;
  const role = words.slice(at + 1, at + 5);
  const link = role.findIndex((r) => r.pos === 'ADP' && /^(?:at|with|for|from)$/u.test(r.lower));
  return link > 0 && role.slice(0, link).some((r) => r.pos === 'NOUN');
}

/** Where the words after "Hi Marcus," start: the name in a greeting is the prospect's. */
function afterGreeting(words: readonly Word[]): number {
  let first = words.findIndex((w) => w.pos !== 'PUNCT');
  if (first === -1) return -1;
  // "Joanne, hi, Amir Haddad…": the prospect's name, then the greeting.
  const opening = words[first];
  if (
    opening &&
    isProperish(opening) &&
    words[first + 1]?.text === ',' &&
    GREETINGS.has(words[first + 2]?.lower ?? '')
  )
    first += 2;
  // "Mr. Kessler, I'm a regional account manager…": a title and a name set off by a comma at the
  // very start address the prospect, as a greeting would.
  const titled = HONORIFIC.test(words[first]?.lower ?? '') && first === 0;
  if (!titled && !GREETINGS.has(words[first]?.lower ?? '') && words[first]?.pos !== 'INTJ')
    return first;
  const comma = words.findIndex((w, i) => i > first && (w.text === ',' || w.text === '!'));
  if (comma === -1 || comma > first + 4) return -1;
  const next = words.findIndex((w, i) => i > comma && w.pos !== 'PUNCT');
  return next;
}

/**
 * Who is calling. `identity` is a name with a company or role; `named` is the clause of a
 * self-introduction with a name alone ("Hi Will, this is Belal."), which is enough in an email
 * (the label rule takes an email's identity from its sender) and not on a call.
 */
function readIdentity(clauses: readonly Clause[]): { identity: Span | null; named: Span | null } {
  const found = findIdentity(clauses);
  const named = found.named ? spanOf(found.named) : null;
  return { identity: found.identity, named: named ?? companyNamed(clauses) };
}

/**
 * The sender's company named in the text with no person: "We are Leadwise Media, a …", "I'm
 * with Harbrook Freight". In an email that is an identity (the label rule: "neither a sender
 * name or signature nor an organisation"); "we are a leading provider" names nothing.
 */
function companyNamed(clauses: readonly Clause[]): Span | null {
  for (const clause of clauses) {
    const lead = afterGreeting(clause.words);
    if (lead === -1) continue;
    const words = clause.words.slice(lead).filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
    const first = words[0]?.lower;
    const second = words[1]?.lower ?? '';
    let at: number;
    if (first === 'we' && (second === 'are' || second === "'re")) at = 2;
    else if (first === "we're") at = 1;
    else if (first === 'i' && (second === 'am' || second === "'m")) at = 2;
    else if (first === "i'm") at = 1;
    else continue;
    // "I'm Curious…" is a mood, not a company: a person needs "with" / "from" before it.
    const linked = words[at]?.lower === 'with' || words[at]?.lower === 'from';
    if (linked) at++;
    else if (!first.startsWith('we')) continue;
    const org = words[at];
    // "We're Excited to share…" goes on as a sentence; a company name ends or is set off.
    const run = nameRun(words, at);
    if (
      org &&
      org.pos === 'PROPN' &&
      org.entity === null &&
      !org.negated &&
      run > 0 &&
      (words[at + run] === undefined ||
        /^(?:and|based|in|here)$/u.test(words[at + run]?.lower ?? '') ||
        orgEndsAt(clause, words[at + run - 1]))
    )
      return spanOf(clause);
  }
  return null;
}

/** Words a caller says between "it's" and the name: "it's just Michael with ABC Accounting". */
const FILLERS = set('just only um uh er');

function skipFillers(words: readonly Word[], from: number): number {
  let at = from;
  while (words[at] && FILLERS.has(words[at]?.lower ?? '')) at++;
  return at;
}

/**
 * What the caller does, said of themselves in the present: "I practice family law", "I help
 * local businesses get found online", "I run the Leeds branch". A verb of a trade or a role with
 * "I" for its subject and a thing or people as its object (not "you": "I help you…" pitches).
 */
const TRADE_VERBS = set(
  'practice practise run own lead head manage handle cover represent advise coach help build design install serve teach train consult specialize specialise sell broker insure work look place',
);

function tradeAfter(words: readonly Word[], subject: number): boolean {
  const w = words[subject];
  const verb = words[subject + 1];
  if (!w || w.lower !== 'i' || !verb || verb.negated) return false;
  if (verb.pos !== 'VERB' || !TRADE_VERBS.has(verb.lemma) || verb.lower !== verb.lemma)
    return false;
  // "I work with local businesses", "I look after commercial accounts": one particle first.
  const particle = /^(?:with|for|after|on)$/u.test(words[subject + 2]?.lower ?? '') ? 1 : 0;
  if (!particle && (verb.lemma === 'work' || verb.lemma === 'look')) return false;
  const object = words
    .slice(subject + 2 + particle, subject + 6 + particle)
    .find((x) => x.pos !== 'ADJ' && x.pos !== 'DET' && x.pos !== 'PUNCT');
  return (
    object !== undefined && (object.pos === 'NOUN' || (object.pos === 'PROPN' && !isBlank(object)))
  );
}

/**
 * A role said as what the caller is, with no company: "…and I'm a local freelance copywriter",
 * "I'm an estate agent in Leeds", "I'm the underwriter assigned to your file". The noun ends the
 * sentence or is placed by in / at / for / based / here or a participle; "I'm a big fan of your
 * work" and "I am a complete stranger, so…" are no role.
 */
const ROLE_PLACED = set('in at for with based here who that . ! ; — –');

const ROLE_DOING = /^(?:specializ|specialis|focus|work|serv|help|cover|advis)\p{L}*ing$/u;

function roleNounAfter(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    let at = -1;
    if (w.lower === 'i' && (words[i + 1]?.lower === "'m" || words[i + 1]?.lower === 'am'))
      at = i + 2;
    else if (w.lower === "i'm") at = i + 1;
    if (at === -1 || !/^(?:a|an|the)$/u.test(words[at]?.lower ?? '')) continue;
    let noun = at + 1;
    // An acronym describes the role too, whatever the model tags it: "an IT/PRON consultant".
    const describing = (x: Word | undefined): boolean =>
      x !== undefined && (x.pos === 'ADJ' || x.pos === 'NOUN' || /^\p{Lu}{2,}$/u.test(x.text));
    while (words[noun] && describing(words[noun]) && words[noun + 1]?.pos === 'NOUN') noun++;
    const role = words[noun];
    const next = words[noun + 1];
    // "…the underwriter assigned to your file", "…an auditor turned consultant": placed by a
    // participle.
    // So does a participle of what the role does: "a recruiter specializing in broadcast media".
    const placed =
      !next ||
      ROLE_PLACED.has(next.lower) ||
      (next.pos === 'VERB' && (looksPast(next) || ROLE_DOING.test(next.lower)));
    return role?.pos === 'NOUN' && !role.negated && placed;
  }
  return false;
}

/**
 * "Hi, Priya Raman — Harbrook Freight.": the company alone in the clause after the name, in the
 * same sentence. The name must end its clause: "this is Linsey, from … Energy …" trails off
 * rather than naming a company.
 */
function companyApposed(named: Clause, clause: Clause): boolean {
  const content = clause.words.filter((w) => w.pos !== 'PUNCT');
  const before = named.words.filter((w) => w.pos !== 'PUNCT');
  const last = before[before.length - 1];
  return (
    named.sentence === clause.sentence &&
    last !== undefined &&
    isProperish(last) &&
    content.length > 0 &&
    content.length <= 4 &&
    content.every(isProperish)
  );
}

const AFTER_NAME = set('and from with at of here calling speaking');

/** The word is followed by punctuation in the clause: "We are Leadwise Media, a …". */
function orgEndsAt(clause: Clause, last: Word | undefined): boolean {
  if (!last) return false;
  const next = clause.words[clause.words.indexOf(last) + 1];
  return next !== undefined && next.pos === 'PUNCT';
}

function nameEnds(words: readonly Word[], at: number): boolean {
  const next = words[at];
  return !next || next.pos === 'PUNCT' || next.pos === 'SPACE' || AFTER_NAME.has(next.lower);
}

/** "I'm Priya Raman, the freight auditor for your region": the role as an apposition. */
function appositiveRole(words: readonly Word[], from: number): boolean {
  if (words[from]?.text !== ',' || !/^(?:the|a|an|your)$/u.test(words[from + 1]?.lower ?? ''))
    return false;
  const noun = roleNounFrom(words, from + 2);
  const role = words[noun];
  const next = words[noun + 1];
  return role?.pos === 'NOUN' && (!next || ROLE_PLACED.has(next.lower));
}

/** Past the describing words of a role ("independent financing specialist"): its head noun's index. */
function roleNounFrom(words: readonly Word[], from: number): number {
  let noun = from;
  while (
    words[noun]?.pos === 'ADJ' ||
    (words[noun]?.pos === 'NOUN' && words[noun + 1]?.pos === 'NOUN')
  )
    noun++;
  return noun;
}

/**
 * The company said in a clause of its own a few clauses after the name, across the prospect's
 * turn: "This is Belal. You're not expecting my call. … I'm calling from Trynet." Only the forms
 * that place the caller: I am / I'm calling / I work, then from / with / at / for and a name.
 */
function callerCompany(words: readonly Word[]): boolean {
  const start = words.findIndex((w) => w.pos !== 'CCONJ' && w.pos !== 'PUNCT' && w.pos !== 'INTJ');
  const first = words[start];
  if (!first) return false;
  let at = start + 1;
  if (first.lower === 'i' && (words[at]?.lower === "'m" || words[at]?.lower === 'am')) at++;
  else if (first.lower !== "i'm" && !(first.lower === 'i' && words[at]?.lemma === 'work'))
    return false;
  if (words[at]?.lemma === 'call' || words[at]?.lemma === 'work' || words[at]?.lower === 'here')
    at++;
  const link = words[at];
  if (!link || !/^(?:from|with|at|for)$/u.test(link.lower)) return false;
  let name = at + 1;
  if (words[name]?.lower === 'the') name++;
  const org = words[name];
  return org !== undefined && isProperish(org) && org.entity === null;
}

function findIdentity(clauses: readonly Clause[]): { identity: Span | null; named: Clause | null } {
  const identity = (span: Span | null): { identity: Span | null; named: Clause | null } => ({
    identity: span,
    named,
  });
  let named: Clause | null = null;
  let namedAt = -1;
  // The introduction belongs at the start, though a call may open with a turn or two first
  // ("Lars? Good. It's Beatrix Holm.").
  for (const [index, clause] of clauses.slice(0, 10).entries()) {
    if (clause.sentence > 5) break;
    const words = clause.words;
    const said = introEnd(words);
    const intro = said === -1 ? -1 : skipFillers(words, said);
    if (intro !== -1) {
      const n = nameRun(words, intro);
      if (n > 0) {
        if (
          orgAfter(words, intro + n) ||
          roleNounAfter(words, intro + n) ||
          appositiveRole(words, intro + n)
        )
          return identity(spanOf(clause));
        // "I'm Curious how you…" is no name: a name ends its clause or goes on with and / from.
        if (nameEnds(words, intro + n)) {
          named = clause;
          namedAt = index;
        }
        continue;
      }
    }
    if (named && clauses[index - 1] === named && companyApposed(named, clause))
      return identity({ field: 'text', start: named.start, end: clause.end });
    // "Ben Ortiz from Redwood Payroll here", "Jenny Cho here — I run partnerships at Oakline".
    const lead = afterGreeting(words);
    const n = lead === -1 ? 0 : nameRun(words, lead);
    // The company comes right after the name or after a comma ("Derek Chan, business banker at
    // Millbrook Bank"): "Reefer rates out of the Central Valley are up" is a statement with a
    // place in it, not a name and a company.
    if (
      n > 0 &&
      orgAfter(words, lead + n) &&
      (words[lead + n]?.pos === 'PUNCT' || orgAfter(words, lead + n, 2)) &&
      words[lead + n]?.pos !== 'VERB'
    )
      return identity(spanOf(clause));
    // "Rohit Verma speaking, from Ganga Agro".
    if (n > 0 && words[lead + n]?.lower === 'speaking' && orgAfter(words, lead + n + 1))
      return identity(spanOf(clause));
    // "Rachel Goode, I lead the highways practice at Wessex Advisory".
    const then = words[lead + n + 1];
    if (
      n > 0 &&
      words[lead + n]?.text === ',' &&
      then &&
      isFirstPerson(then) &&
      (orgAfter(words, lead + n + 1, 10) ||
        roleAfter(words, lead + n + 1) ||
        roleNounAfter(words, lead + n + 1))
    )
      return identity(spanOf(clause));
    // "Here" after the name, or the name alone ("Hi Dale, Kristen Voss."): the company or role
    // may follow in the next clause.
    if (n > 0 && words[lead + n]?.lower === 'here' && placedAfterHere(words, lead + n))
      return identity(spanOf(clause));
    const rest = words.slice(lead + n).filter((w) => w.pos !== 'PUNCT');
    if (n > 0 && (words[lead + n]?.lower === 'here' || (n >= 2 && rest.length === 0))) {
      named = clause;
      namedAt = index;
      continue;
    }
    // The company in a clause of its own after the name: "I'm with X", "I run sales at X".
    const subject = words.find((w) => w.pos !== 'CCONJ' && w.pos !== 'PUNCT');
    if (
      named &&
      clauses[index - 1] === named &&
      subject &&
      isFirstPerson(subject) &&
      (orgAfter(words, 0) ||
        roleAfter(words, words.indexOf(subject)) ||
        tradeAfter(words, words.indexOf(subject)) ||
        roleNounAfter(words, words.indexOf(subject)))
    )
      return identity({ field: 'text', start: named.start, end: clause.end });
    // Or a little later: what the caller does ("…this is Sam. I saw your listing. I help local
    // shops get found online.") or where they call from ("… I'm calling from Trynet.").
    if (
      named &&
      index - namedAt <= 6 &&
      subject &&
      (callerCompany(words) || tradeAfter(words, words.indexOf(subject)))
    )
      return identity({ field: 'text', start: named.start, end: clause.end });
  }
  return identity(null);
}

/**
 * A trigger in the prospect's own world, dated: "Your app relaunches after the holidays", "your
 * seed order goes in next week", "Saw your announcement about the second restaurant". Their thing
 * as the subject with a verb and a day, or what we saw of it with the subject left out.
 */
function datedTrigger(clause: Clause): boolean {
  const words = clause.words.filter((w) => w.pos !== 'PUNCT');
  const first = words.find((w) => w.pos !== 'CCONJ' && w.pos !== 'ADV');
  if (!first || clause.question) return false;
  if (NOTICE_VERBS.has(first.lemma) && first.lower !== first.lemma && words.some(isYou))
    return true; // "Saw your post…", "Noticed your team…"
  const yours = first.lower === 'your' || (first.lower === 'you' && !words[1]?.negated);
  return (
    yours &&
    words.some((w) => w.pos === 'VERB' || w.pos === 'AUX') &&
    words.some((w) => (w.entity === 'DATE' || w.entity === 'TIME') && w.lower !== 'now')
  );
}

function readReason(clauses: readonly Clause[]): Span | null {
  for (const clause of clauses) {
    if (datedTrigger(clause)) return spanOf(clause);
    const words = clause.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w) continue;
      // "I'm calling because…", "Calling about…", "reaching out to share…", "I wrote since…".
      if (w.pos === 'VERB' && CALL_VERBS.has(w.lemma) && !w.negated) {
        const rest = words.slice(i + 1, i + 5);
        const purpose = rest.some(
          (r) =>
            (r.pos === 'SCONJ' && /^(?:because|since|as)$/u.test(r.lower)) ||
            /^(?:about|regarding|re|on)$/u.test(r.lower) ||
            (r.lower === 'to' && rest[rest.indexOf(r) + 1]?.pos === 'VERB'),
        );
        if (purpose) return spanOf(clause);
      }
      // "The reason for my call", "here's why I'm calling", "that's why I called".
      if (w.lower === 'reason' && /^(?:for|i|why|that|behind)$/u.test(words[i + 1]?.lower ?? ''))
        return spanOf(clause);
      if (w.lower === 'why' && words.slice(i + 1, i + 4).some((r) => CALL_VERBS.has(r.lemma)))
        return spanOf(clause);
      // "I wanted to share…", "I'd like to show you…": the purpose of the call in the rep's words.
      if (
        isFirstPerson(w) &&
        words
          .slice(i + 1, i + 6)
          .some((r, k, rest) => r.lower === 'to' && PURPOSE_VERBS.has(rest[k + 1]?.lemma ?? ''))
      )
        return spanOf(clause);
      // What someone else told the rep about them: "Omar mentioned you're rebuilding the sales
      // team", "Dana suggested I call you about the kiln". A referral alone ("suggested I get in
      // touch") says who sent the rep, not why; whether it is real is deception's question.
      if (
        w.pos === 'VERB' &&
        REFER_VERBS.has(w.lemma) &&
        !isFirstPerson(words[i - 1] ?? w) &&
        !isYou(words[i - 1] ?? w)
      ) {
        // A dozen words: enough for what they said, and a long clause is not read again per verb.
        const after = words.slice(i + 1, i + 13);
        const aboutYou = after
          .slice(0, 3)
          .some(
            (r, k) =>
              r.lower === 'you' && (after[k + 1]?.pos === 'AUX' || after[k + 1]?.pos === 'VERB'),
          );
        if (aboutYou || after.some((r) => r.lower === 'about')) return spanOf(clause);
      }
      // A trigger the rep noticed about the prospect: "I saw you're opening a second plant".
      // Stated, not asked: "Did I catch you at a bad time?" reaches them and notices nothing.
      if (
        words[i - 1]?.pos !== 'AUX' &&
        isFirstPerson(w) &&
        NOTICE_VERBS.has(words[i + 1]?.lemma ?? '') &&
        !(words[i + 1]?.lemma === 'catch' && isYou(words[i + 2] ?? w)) &&
        words.slice(i + 2).some((r) => isYou(r) || r.pos === 'PROPN')
      )
        return spanOf(clause);
    }
  }
  return null;
}

/** Whether the clause is about us: "we offer", "our platform…", unless we researched something. */
function aboutUs(words: readonly Word[]): boolean {
  const first = words.find(
    (w) => w.pos !== 'CCONJ' && w.pos !== 'ADV' && w.pos !== 'PUNCT' && w.pos !== 'SCONJ',
  );
  const ours = first !== undefined && /^(?:we|we're|we've|our|us)$/u.test(first.lower);
  // "This model allows manufacturers to…", "this platform lets teams…": our offering, pointed at.
  const at = first ? words.indexOf(first) : -1;
  const pointed =
    first !== undefined &&
    /^(?:this|these)$/u.test(first.lower) &&
    OUR_GOODS.has(words[at + 1]?.lemma ?? '') &&
    words[at + 1]?.pos === 'NOUN';
  return (
    (ours || pointed) &&
    !words.some((w) => w.pos === 'VERB' && RESEARCH_VERBS.has(w.lemma)) &&
    !nominalResearch(words)
  );
}

/** "…would lower your fees", "your team could save…": a promise, not a finding about the world. */
function promise(words: readonly Word[]): boolean {
  return words.some((w) => MODALS.has(w.lower) && w.pos === 'AUX');
}

function hasQuantity(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.entity === 'PERCENT' || w.entity === 'MONEY') return true;
    if (FRACTIONS.has(w.lower) && (w.entity === 'ORDINAL' || words[i + 1]?.lower === 'of'))
      return true;
    // "…cut their reconciliation time in half": a halving is a measure.
    if (w.lower === 'half' && words[i - 1]?.lower === 'in') return true;
    // A count of something: "140 carriers", "three of your peers" (not a year or a clock time).
    if (w.entity === 'CARDINAL' && w.pos === 'NUM') {
      const next = words[i + 1];
      if (next && (next.pos === 'NOUN' || next.lower === 'of' || next.pos === 'ADJ')) return true;
      // "Three OEMs", "two CPAs": a counted plural the model reads as a name.
      if (next?.pos === 'PROPN' && /^[\p{L}-]{2,}s$/u.test(next.text)) return true;
    }
  }
  return false;
}

/** Peers, the market, a third party: a plural noun or a proper noun as subject, "most …". */
function hasThirdParty(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const before = words[i - 1]?.lower;
    if (before === 'our' || before === 'my') continue;
    // The prospect's own things ("your stores") are what they know already; their peers are not.
    if (before === 'your' && !PEER_NOUNS.has(w.lower)) continue;
    // "Most carriers", "several plants" — not "a few minutes", which is a length, not a group.
    const group = words[i + 1];
    if (
      THIRD_PARTY_DETERMINERS.has(w.lower) &&
      group?.pos === 'NOUN' &&
      group.entity !== 'DURATION' &&
      !TIME_UNITS.has(group.lower)
    )
      return true;
    // A plural noun that is the subject of a verb ("carriers who switched saved…", "teams your
    // size are…"), not an object ("…in spreadsheets").
    if (w.pos === 'NOUN' && w.lemma !== w.lower && /s$/u.test(w.lower) && verbFollows(words, i))
      return true;
    // "Three OEMs are buying presses": a counted group, however the model tags the plural.
    if (
      words[i - 1]?.pos === 'NUM' &&
      words[i - 1]?.entity === 'CARDINAL' &&
      (w.pos === 'NOUN' || w.pos === 'PROPN') &&
      /^[\p{L}-]{2,}s$/u.test(w.text) &&
      verbFollows(words, i)
    )
      return true;
    if (RISK_NOUNS.has(w.lower)) return true;
  }
  return openingPluralSubject(words);
}

const RIVALS = set('competitor competitors rival rivals');
/**
 * "Your nearest competitor now turns quotes around in one day": what a rival of theirs does,
 * measured (a number, a duration, a share), is news the prospect is unlikely to have.
 */
function rivalMeasured(words: readonly Word[]): boolean {
  const at = words.findIndex(
    (w, i) => RIVALS.has(w.lower) && words[i - 1]?.lower !== 'our' && verbFollows(words, i),
  );
  // A number, not a year: "your competitor opened in 2019" measures nothing.
  return at !== -1 && words.slice(at + 1).some((w) => w.pos === 'NUM' && w.entity !== 'DATE');
}

/** Nouns of what a seller sells, which "this model", "this platform" point at in a pitch. */
const OUR_GOODS = set(
  'product service solution item good offering package model system tool platform app feature',
);

/**
 * A plural that opens the clause and is its subject, which the model often reads as a proper noun
 * ("Hotels near the convention centre are losing bookings", "Units on that block rented in under
 * two weeks"): its verb may come after a phrase that places the group.
 */
function openingPluralSubject(words: readonly Word[]): boolean {
  const at = words.findIndex((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE' && w.pos !== 'CCONJ');
  const w = words[at];
  if (!w || w.entity !== null || !/^\p{Lu}/u.test(w.text)) return false;
  const plural =
    (w.pos === 'PROPN' || w.pos === 'NOUN') &&
    /^[\p{L}-]{4,}s$/u.test(w.lower) &&
    !/(?:ss|us|is)$/u.test(w.lower) &&
    !TIME_UNITS.has(w.lower);
  if (!plural) return false;
  for (const next of words.slice(at + 1, at + 9)) {
    if (next.pos === 'VERB' || next.pos === 'AUX') return true;
    if (next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'PRON') return false;
  }
  return false;
}

function verbFollows(words: readonly Word[], at: number): boolean {
  // A place may sit between the group and its verb: "three offices in Edison were down".
  const place = words[at + 1] !== undefined && PLACE_PREPOSITIONS.has(words[at + 1]!.lower);
  for (const [k, w] of words.slice(at + 1, at + 5).entries()) {
    if (w.pos === 'VERB' || w.pos === 'AUX') return true;
    if (place && k > 0 && w.pos === 'PROPN') continue;
    if (place && k === 0) continue;
    if (w.pos === 'PUNCT' || w.pos === 'CCONJ' || w.pos === 'ADP') return false;
  }
  return false;
}

const PLACE_PREPOSITIONS = set('in near around across outside');

/**
 * A move between two figures: "went from 2 meetings a week to 11", "scale from [X] to [Y] users",
 * "fell from 30 a month to 4". The figures may be template slots, read as filled.
 */
function fromTo(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      w.lower === 'from' &&
      words.slice(i + 1, i + 3).some(isFigure) &&
      words
        .slice(i + 2, i + 8)
        .some((r, k, rest) => r.lower === 'to' && rest.slice(k + 1, k + 3).some(isFigure)),
  );
}

function hasChange(words: readonly Word[]): boolean {
  if (fromTo(words)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && CHANGE_VERBS.has(w.lemma) && w.lemma !== 'be')
      return true;
    // "Prawn bait's going up", "rates trending down", "terminals are turning away unbooked
    // trucks": a change said with a particle.
    if (
      (/^(?:go|trend|head|creep)$/u.test(w.lemma) &&
        /^(?:up|down)$/u.test(words[i + 1]?.lower ?? '')) ||
      (w.lemma === 'turn' && /^(?:away|down)$/u.test(words[i + 1]?.lower ?? ''))
    )
      return true;
    if (COMPARATIVES.has(w.lower) && words.slice(i + 1, i + 6).some((r) => r.lower === 'than'))
      return true;
    // A cause found: "most scrap traces back to die drift", "it comes down to the first hour",
    // "delays stem from one form", "most claims are caused by the same valve".
    const next = words[i + 1]?.lower ?? '';
    if (
      (/^(?:trace|tie)$/u.test(w.lemma) && next === 'back' && words[i + 2]?.lower === 'to') ||
      (/^(?:come|boil)$/u.test(w.lemma) && next === 'down' && words[i + 2]?.lower === 'to') ||
      (w.lemma === 'stem' && next === 'from') ||
      (w.lemma === 'cause' && next === 'by' && words[i - 1]?.lemma === 'be')
    )
      return true;
    if (
      (w.pos === 'ADJ' || w.pos === 'ADV') &&
      /er$/u.test(w.lower) &&
      words[i + 1]?.lower === 'than'
    )
      return true;
  }
  return false;
}

const RELATIVES = set('that who which whose');
const QUANTIFIERS = set('most many several few some both');
/**
 * How many words after the group its verbs are looked for: a long sentence, and a bound, so a text
 * with no full stops (one clause) is not read again from every plural noun in it.
 */
const PEER_REACH = 20;
/** Past forms that do not end in -ed: what peers did and what happened to them. */
const IRREGULAR_PAST = set(
  'did had kept got saw paid lost found sold won took made spent went came grew cut ran began held left fell rose brought bought built set put met chose drove gave knew led meant sent shut stood struck told thought wrote ate sank broke drew froze hid shook swung threw wore',
);

/**
 * How often something happens to a group: "New wings in older buildings often see humidity
 * swings", "firms that move offices usually order the line too late", "reds shipped in August
 * arrive cooked more often than people realise". A pattern across peers, said without a number.
 */
const HABITUAL = set('usually typically often rarely seldom generally commonly normally routinely');
const HABITUAL_VERBS = set('tend');

function habitual(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      (HABITUAL.has(w.lower) ||
        (HABITUAL_VERBS.has(w.lemma) && words[i + 1]?.lower === 'to') ||
        // "order the line too late", "wait too long": a judgement on what the group does.
        (w.lower === 'too' &&
          /^(?:late|early|soon|long|much|little)$/u.test(words[i + 1]?.lower ?? ''))) &&
      groupBefore(words, i),
  );
}

const TIME_UNITS = set('seconds minutes hours days weeks months years quarters times');

/**
 * A group of people or things named before `at`, not ours and not the prospect's own: "New wings
 * in older buildings often…", "Reds shipped through Singapore arrive…", "dealers in your area that
 * quote first are closing more…". Looser than a third party as subject, so it is only read next to
 * a habit or a comparison.
 */
function groupBefore(words: readonly Word[], at: number): boolean {
  for (let i = 0; i < at; i++) {
    const w = words[i];
    if (!w || (w.pos !== 'NOUN' && w.pos !== 'PROPN') || w.entity !== null) continue;
    if (!/^[\p{L}-]{3,}s$/u.test(w.lower) || /ss$/u.test(w.lower) || TIME_UNITS.has(w.lower))
      continue;
    const before = words[i - 1]?.lower;
    if (before === 'our' || before === 'my' || (before === 'your' && !PEER_NOUNS.has(w.lower)))
      continue;
    return true;
  }
  return false;
}

/**
 * A comparison whose "than" is left out: "dealers that quote the payment first are closing more
 * deals", "clinics that text two days out see fewer no-shows", "owners who restructure first keep
 * far more of the company". A comparative before a noun, or before "of" and what it is a part of.
 */
function comparativeBeforeNoun(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      /^(?:more|fewer|less|higher|lower|bigger|smaller|faster|slower|cheaper)$/u.test(w.lower) &&
      (words[i + 1]?.pos === 'NOUN' ||
        (words[i + 1]?.lower === 'of' && /^(?:DET|PRON)$/u.test(words[i + 2]?.pos ?? ''))) &&
      // "…or need more information": asked for, not compared.
      !/^(?:information|info|details|questions)$/u.test(words[i + 1]?.lower ?? '') &&
      words[i - 1]?.lower !== 'any' &&
      words[i - 1]?.lower !== 'no' &&
      !purposeBefore(words, i) &&
      groupBefore(words, i),
  );
}

/**
 * "I work with placement agencies to capture more of the families": the comparative's verb is a
 * purpose, what we would do for them, not what a group got.
 */
function purposeBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--)
    if (words[k]?.pos === 'VERB') return words[k - 1]?.lower === 'to';
  return false;
}

/**
 * What we learned across clients, said as where it happened: "in the pilots we've supported",
 * "across the congregations we've worked with", "of the fleets we manage".
 */
const ACROSS_OUR_WORK = fastWordStarts(
  /\b(?:in|across|among|of|at) (?:the |all the |most of the |many of the )?[\p{L}-]+s (?:that |who )?(?:we|i)(?:'ve| have)? (?:worked with|supported|served|advised|helped|managed|run|seen|audited|insured|placed)\b/iu,
);

/** "-ed" that is no past tense: "need", "speed", "hundred", "indeed". */
const NOT_PAST = /(?:[^r]eed|hundred|shed|bred|sled)$/u;

const looksPast = (w: Word): boolean =>
  IRREGULAR_PAST.has(w.lower) ||
  (/[a-z]{2}ed$/u.test(w.lower) && !NOT_PAST.test(w.lower) && w.pos !== 'PROPN');

/**
 * The comparison reps tell without a number: a group of peers set apart by what they did, then
 * what happened to them ("Hotels on the waterfront that did the same found their linen wearing
 * out", "owners who financed the equipment separately kept their credit line free"). A plural
 * noun, a relative clause, and two past verbs: what they did and what it got them. The model tags
 * these words unevenly (a sentence-initial plural as a proper noun, "proofed" as an adjective),
 * so the shape of the words decides, not the tag.
 */
function peerPattern(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const before = words[i - 1]?.lower;
    // A group of people or things, not a span of time ("a few weeks ago").
    const plural =
      (/^[\p{L}-]{3,}s$/u.test(w.lower) || /^[\p{L}-]*(?:men|people)$/u.test(w.lower)) &&
      (w.pos === 'NOUN' || w.pos === 'PROPN') &&
      w.entity === null;
    const ones = w.lower === 'ones' || w.lower === 'those';
    if (!plural && !ones) continue;
    if (before === 'our' || before === 'my' || (before === 'your' && !PEER_NOUNS.has(w.lower)))
      continue;
    // "Two exporters on the same route went back to sea freight": a counted group and what it did.
    // The count may stand before the group's describing words: "three industrial owners".
    let countAt = i - 1;
    while (countAt > i - 3 && (words[countAt]?.pos === 'ADJ' || words[countAt]?.pos === 'NOUN'))
      countAt--;
    const counted =
      plural &&
      (words[countAt]?.entity === 'CARDINAL' ||
        QUANTIFIERS.has(words[countAt]?.lower ?? '') ||
        QUANTIFIERS.has(before ?? '')) &&
      words.slice(i + 1, i + 1 + PEER_REACH).some(looksPast);
    if (counted) return true;
    // "Small businesses that team up before the industry day are the ones that make it into
    // final proposals": the group set apart by what it does.
    if (
      plural &&
      words
        .slice(i + 2, i + 14)
        .some(
          (x, k, run) =>
            x.lower === 'ones' &&
            run[k - 1]?.lower === 'the' &&
            /^(?:are|were)$/u.test(run[k - 2]?.lower ?? ''),
        )
    )
      return true;
    const relative = words.findIndex(
      // "that" as a determiner ("that weekend") relates nothing; "whose" always does.
      (r, k) =>
        k > i && k <= i + 8 && RELATIVES.has(r.lower) && (r.pos !== 'DET' || r.lower === 'whose'),
    );
    if (relative === -1) {
      if (outcomeThenCause(words, i)) return true;
      continue;
    }
    // What they did, then what it got them; or what it got them alone, past the relative's own
    // verb ("chains whose members order ahead kept them coming back").
    const after = words.slice(relative + 1, relative + 1 + PEER_REACH);
    const past = after.filter(looksPast);
    if (past.length >= 2 || (past.length === 1 && after.indexOf(past[0] as Word) > 1)) return true;
    // The same said as what such peers do, in the present: "Foremen who capture as-builts on
    // their phones get billing out the same day". What they do is not us ("…who use our app").
    // ("Bakeries that want to grow need a partner like us" says what they want, of us.)
    const present = after.filter(
      (v, k) => v.pos === 'VERB' && v.lower === v.lemma && after[k - 1]?.lower !== 'to',
    );
    const result = present[1];
    if (
      result !== undefined &&
      (RESULT_VERBS.has(result.lemma) || CHANGE_VERBS.has(result.lemma)) &&
      !words.some((x) => /^(?:our|us|we)$/u.test(x.lower))
    )
      return true;
  }
  return false;
}

/**
 * The independent clauses of one clause: ", and" / ", but" followed by a new subject starts a
 * clause of its own ("We clean the two towers across the street, and tenant complaints there fell
 * from 30 a month to 4"). What the first says about us does not make the second about us. A verb
 * right after the conjunction goes on with the same subject ("we audit fleets, and cut…"). What
 * follows a colon is read as a part too, beside the whole ("we've just surveyed 300 fleet
 * managers: those with more than 20 vans overpay 6p a litre").
 */
function independentParts(words: readonly Word[]): (readonly Word[])[] {
  const parts: (readonly Word[])[] = [];
  let from = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const next = words[i + 1];
    if (
      words[i - 1]?.text === ',' &&
      words[i]?.pos === 'CCONJ' &&
      /^(?:and|but)$/u.test(words[i]?.lower ?? '') &&
      next !== undefined &&
      next.pos !== 'VERB' &&
      next.pos !== 'AUX' &&
      next.pos !== 'ADV' &&
      next.pos !== 'PUNCT'
    ) {
      parts.push(words.slice(from, i - 1));
      from = i + 1;
    }
  }
  parts.push(words.slice(from));
  // "we've just surveyed 300 fleet managers: those with more than 20 vans overpay 6p a litre":
  // what follows a colon can be a statement of its own, read beside the whole.
  const colon = words.findIndex((w, i) => w.text === ':' && i + 1 < words.length);
  if (colon > 0 && words[colon + 1]?.pos !== 'PUNCT') parts.push(words.slice(colon + 1));
  return parts;
}

/** Words that tie what happened to a group to what caused it: "once owners allowed pets". */
const CAUSE_LINKS = set('once after when because since');

/**
 * The same comparison told outcome first: "Units on that block rented in under two weeks once
 * owners allowed pets", "Stores in the chain cut shrink after they moved the kiosks". The group,
 * a past verb (what happened to them), then a link and another past verb (what they did).
 */
function outcomeThenCause(words: readonly Word[], group: number): boolean {
  const reach = words.slice(group + 1, group + 1 + PEER_REACH);
  const link = reach.findIndex((r) => CAUSE_LINKS.has(r.lower));
  if (link < 1) return false;
  return reach.slice(0, link).some(looksPast) && reach.slice(link + 1).some(looksPast);
}

/**
 * The figure measures the outcome itself, after its verb ("reduce their churn by [result]", "went
 * from 2 meetings to 11"), not only how many clients we have ("we've helped over 500 companies
 * increase their revenue" is our size, not what anyone got).
 */
function measuredOutcome(words: readonly Word[]): boolean {
  if (fromTo(words)) return true;
  return words.some(
    (w, i) =>
      (RESULT_VERBS.has(w.lemma) || RESULT_VERBS.has(w.lower)) &&
      w.lemma !== 'help' &&
      words.slice(i + 1, i + 10).some(isFigure),
  );
}

function readInsight(clauses: readonly Clause[], isAsk: (c: Clause) => boolean): Span | null {
  for (const clause of clauses) {
    if (clause.question || isAsk(clause)) continue;
    for (const words of independentParts(clause.words)) if (insightIn(words)) return spanOf(clause);
    // The risk may sit in the clause after theirs: "your combines reach the 500-hour service at
    // harvest, and the dealer's queue is already three weeks".
    if (theirRisk(clause.words)) return spanOf(clause);
  }
  return null;
}

/** One independent clause states a finding about peers, the market or the prospect's world. */
function insightIn(words: readonly Word[]): boolean {
  // A result a client got, measured, is what we learned across clients: the method's insight,
  // even with us as the subject ("we helped [Client] scale from [X] to [Y] users").
  if (proofPoint(words) && measuredOutcome(words)) return true;
  if (aboutUs(words)) return false;
  const quantityHere = hasQuantity(words);
  if (promise(words) && !quantityHere) return false;
  // Our research, unless its object is the prospect alone ("I noticed you are in…").
  const research =
    nominalResearch(words) ||
    words.some(
      (w, i) =>
        w.pos === 'VERB' &&
        RESEARCH_VERBS.has(w.lemma) &&
        isFirstPerson(words[i - 1] ?? w) &&
        !words.slice(i + 1, i + 4).some(isYou),
    );
  if (peerPattern(words)) return true;
  if (rivalMeasured(words)) return true;
  const thirdParty = hasThirdParty(words);
  const quantity = hasQuantity(words);
  if (thirdParty && (hasChange(words) || quantity)) return true;
  if (habitual(words) || comparativeBeforeNoun(words)) return true;
  const acrossOurWork = ACROSS_OUR_WORK.test(
    words
      .map((w) => w.lower)
      .join(' ')
      .replace(/ (?='ve|'s|n't)/gu, ''),
  );
  if ((research || acrossOurWork) && (thirdParty || quantity)) return true;
  if (quantity && hasChange(words)) return true;
  // A dated change in the prospect's world, a risk they may not have seen: "your bank stops
  // accepting payments from that version on 1 July".
  if (datedChange(words)) return true;
  if (scarcity(words)) return true;
  if (theirRisk(words)) return true;
  return false;
}

/**
 * What goes wrong for the prospect, said of their own things with its measure: "your Escape has
 * been on the recall list since March", "your reefer containers sat an extra two days last month", "your combines
 * reach the 500-hour service in the middle of harvest, and the dealer's queue is already three
 * weeks". They know their own things; what is about to hurt them, and by how much, they may not.
 * A date alone ("your plan renews in April") says nothing has gone or will go wrong.
 */
const RISK_WORDS = set(
  'late delayed delay delays wait waits waiting queue backlog banned ban recall shutdown shutdowns outage outages closure closures overdue expire expires expired expiring lapse lapses penalty penalties fined freeze shortage stockout stockouts dry hotter colder cracked cracks leak leaks leaking failed failing fails missed misses missing lost losing overpay overpaying overpaid overcharged behind short dropped drop dropping lose',
);
const MEASURES = new Set(['DATE', 'DURATION', 'TIME', 'CARDINAL', 'PERCENT', 'MONEY', 'ORDINAL']);

/** Verbs by which extra time is a gift, not a loss: "your team gets an extra two days". */
const GIFT_VERBS = set('get give receive earn gain add offer save win');

/**
 * A risk word, or time lost: "sat an extra two days", "three extra weeks in port"; not extra time
 * given ("you get an extra week of support") nor an extra anything else ("an extra 10% off").
 */
function isRisk(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (RISK_WORDS.has(w.lower) || RISK_WORDS.has(w.lemma) || countedIncident(words, i)) return true;
  if (w.lower !== 'extra') return false;
  const timed = [words[i - 1], words[i + 1], words[i + 2]].some((n) => n?.entity === 'DURATION');
  return timed && !words.slice(Math.max(0, i - 4), i).some((b) => GIFT_VERBS.has(b.lemma));
}

function theirRisk(words: readonly Word[]): boolean {
  if (!words.some((_, i) => isRisk(words, i))) return false;
  // "Your …", or "you" as the one things happen to ("last year you ran dry of the Gold by
  // Sunday"), not as the object of our verb ("I'll call you").
  const yours = words.findIndex(
    (w, i) =>
      w.lower === 'your' ||
      (w.lower === 'you' && words[i - 1]?.pos !== 'VERB' && words[i - 1]?.pos !== 'ADP'),
  );
  if (yours === -1 || words.slice(0, yours).some(isFirstPerson)) return false;
  if (!words.some((w) => w.entity !== null && MEASURES.has(w.entity))) return false;
  return words.some((_, i) => (i > yours || countedIncident(words, i)) && isRisk(words, i));
}

/** Incidents that harm, counted where they happened: "two break-ins in that park this quarter". */
const INCIDENTS = set(
  'break-ins ins burglaries thefts robberies fires floods injuries accidents outages failures breaches',
);

/**
 * A counted incident near the prospect, told before what of theirs it concerns: "two break-ins in
 * that industrial park this quarter came through the same door you have". The model splits
 * "break-ins" at its hyphen, so "ins" after "break -" is the same word.
 */
function countedIncident(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!INCIDENTS.has(w.lower)) return false;
  const hyphenated = w.lower === 'ins';
  if (hyphenated && (words[i - 1]?.text !== '-' || words[i - 2]?.lower !== 'break')) return false;
  const count = words[hyphenated ? i - 3 : i - 1];
  return count?.pos === 'NUM' && count.entity === 'CARDINAL';
}

/**
 * What a market is short of, said as its state: "chlorine supply on the Gulf Coast is tight",
 * "towns without a second supplier are being put on allocation", "pump trucks are already booked
 * three weeks out". No number and no verb of change, but a condition of the market the prospect
 * buys in that they may not have seen yet.
 */
const SCARCE = set(
  'tight tighter tightening scarce shortage shortages allocation allocated rationed backlogged backordered backorder backorders back-order back-ordered oversubscribed constrained',
);
/** What runs short or gets booked up in a market: goods, capacity, the people who do the work. */
const SUPPLY_NOUNS = set(
  'supply supplies supplier suppliers capacity inventory inventories stock stocks availability slots crews trucks drivers labor labour space chassis containers equipment parts materials components',
);

/** Words that name goods held up whatever the goods are: "rotor bearings are on backorder". */
const HELD_UP = set('backorder backorders backordered back-order back-ordered backlogged');

/**
 * "Your last service was 400 hours ago, and rotor bearings are on a six-week backorder": each
 * part joined by a comma and a conjunction is read on its own, so "your" in one part does not
 * make the other about the prospect.
 */
function scarcity(clause: readonly Word[]): boolean {
  let from = 0;
  for (let i = 1; i < clause.length; i++) {
    if (clause[i]!.pos !== 'CCONJ' || clause[i - 1]!.text !== ',') continue;
    if (scarcePart(clause.slice(from, i))) return true;
    from = i + 1;
  }
  return scarcePart(clause.slice(from));
}

function scarcePart(clause: readonly Word[]): boolean {
  // "I'm calling because chlorine supply is tight": the lead-in says why we call, not who is short.
  const because = clause.findIndex((w) => w.lower === 'because');
  const words =
    because !== -1 && clause.slice(0, because).some(isFirstPerson)
      ? clause.slice(because + 1)
      : clause;
  const scarce = words.some(
    (w, i) =>
      SCARCE.has(w.lower) ||
      // "booked three weeks out", "sold out through June", "running short on drivers".
      ((w.lower === 'booked' || w.lower === 'sold') &&
        words.slice(i + 1, i + 5).some((r) => r.lower === 'out' || r.lower === 'solid')) ||
      (w.lower === 'short' && /^(?:on|of)$/u.test(words[i + 1]?.lower ?? '')) ||
      // "Oakland chassis are short again this month": short as the state of the supply.
      (w.lower === 'short' &&
        /^(?:are|is|were|was|running|ran|run|went|go)$/u.test(words[i - 1]?.lower ?? '')),
  );
  if (!scarce || words.some((w) => isFirstPerson(w) || isYou(w))) return false;
  return (
    hasThirdParty(words) || words.some((w) => SUPPLY_NOUNS.has(w.lower) || HELD_UP.has(w.lower))
  );
}

/** Verbs of a change that lands on a day: a term ending, a price moving. */
const DEADLINE_VERBS = set(
  'stop end expire lapse discontinue retire sunset change rise increase raise drop fall close',
);
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/u;

/** Verbs of a term running out, for which any day is a deadline ("your bid list closes Friday"). */
const ENDING_VERBS = set('stop end expire lapse close discontinue retire sunset');

/**
 * What a change in the market lands on: prices and the rules everyone in it works under ("contract
 * prices in the Midwest reset in March", "the new limit on biocides starts in January"), and the
 * windows those rules leave open ("the objection window closes on June 12").
 */
const MARKET_SUBJECTS = set(
  'price prices rate rates premium premiums fee fees tariff tariffs rule rules regulation regulations law laws limit limits mandate standard standards requirement requirements ban cap levy quota threshold supplier suppliers mill mills window deadline',
);
/**
 * The market's prices or rules as the subject of the verb at `at`: named before it, not ours ("our
 * rates"), and no first person between ("…prices, which we reset").
 */
function marketSubjectOf(words: readonly Word[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const w = words[j]!;
    if (isFirstPerson(w)) return false;
    if (MARKET_SUBJECTS.has(w.lower)) return !/^(?:our|my)$/u.test(words[j - 1]?.lower ?? '');
  }
  return false;
}
/** Verbs of a market change that starts on a day. */
const STARTING_VERBS = set('start begin reset');

/**
 * "Your oven warranty ends on 30 June", "your bid list closes Friday": the prospect's, a change,
 * and its day (a calendar date for a price move; any day for a term that runs out). The same for
 * the market's prices and rules, which the prospect works under too ("IV fluid contract prices
 * reset in March"), when the rep is not the one changing them.
 */
function datedChange(words: readonly Word[]): boolean {
  const yours = words.some(isYou);
  const market = !yours;
  const verbs = words.filter(
    (w, i) =>
      (DEADLINE_VERBS.has(w.lemma) || (market && STARTING_VERBS.has(w.lemma))) &&
      (w.pos === 'VERB' ||
        w.pos === 'AUX' ||
        nounAsVerb(words, i) ||
        (market && dayAfterNoun(words, i))) &&
      // "I stopped by your facility on Tuesday" is a visit, not an ending.
      !(w.lemma === 'stop' && /^(?:by|in|over)$/u.test(words[i + 1]?.lower ?? '')) &&
      (!market || marketSubjectOf(words, i)),
  );
  if (verbs.length === 0) return false;
  // A term that runs out, or a rule of the market that comes in, has its day in any words: "your
  // bid list closes Friday", "the new emissions rule for tractors begins next season".
  const anyDay = verbs.some(
    (w) => ENDING_VERBS.has(w.lemma) || (market && STARTING_VERBS.has(w.lemma)),
  );
  return words.some(
    (w) => w.entity === 'DATE' && (anyDay || /\d/u.test(w.text) || MONTHS.test(w.lower)),
  );
}

/**
 * A verb in its "-s" form that the model tagged as a noun, as it does "stops" in "your bank stops
 * accepting…": a noun before it (its subject) and, after it, what follows a verb (an "-ing", an
 * article or a date) rather than what follows a noun.
 */
function nounAsVerb(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const before = words[i - 1];
  const after = words[i + 1];
  if (!w || w.pos !== 'NOUN' || !/s$/u.test(w.lower) || !before || !after) return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  // "two bus stops": a counted noun is a plural, not a subject and its verb.
  if (words[i - 2]?.pos === 'NUM') return false;
  return (
    (after.pos === 'VERB' && /ing$/u.test(after.lower)) ||
    after.pos === 'DET' ||
    after.entity === 'DATE' ||
    // "the operator stops new connections": an object with its adjective.
    (after.pos === 'ADJ' && words[i + 2]?.pos === 'NOUN' && /s$/u.test(words[i + 2]?.lower ?? ''))
  );
}

/**
 * A verb the model tagged as a noun between its subject and its day, as it does "reset" in
 * "prices in the Midwest reset in March".
 */
function dayAfterNoun(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return (
    words[i]?.pos === 'NOUN' &&
    (before?.pos === 'PROPN' || before?.pos === 'NOUN') &&
    // "two bus stops on 30 June Street": a counted noun is a plural, not a subject and its verb.
    words[i - 2]?.pos !== 'NUM' &&
    /^(?:in|on)$/u.test(words[i + 1]?.lower ?? '') &&
    words[i + 2]?.entity === 'DATE'
  );
}

/** Verbs of a result a client got: "saved 11 hours", "cut ramp to 3 months", "booked 23 meetings". */
const RESULT_VERBS = set(
  'save cut reduce lower recover book grow increase double triple halve lift boost raise win shorten improve drop get take bring',
);
/** Who a result was got for, when we are the subject: "for a team your size", "clients". */
const CLIENT_NOUNS = set(
  'client clients customer customers company companies team teams firm firms store stores practice practices shop shops brand brands',
);
/** A template slot as the scan masks it ("[result]" → "Xxxxxxxx"): the label rule reads it as given. */
const isSlot = (w: Word): boolean => /^Xx+$/u.test(w.text);
const isFigure = (w: Word): boolean =>
  /\d/u.test(w.text) || w.entity === 'PERCENT' || w.entity === 'MONEY' || isSlot(w);

/**
 * A proof point: a result someone got, in the past, with its figure ("{{Client}} saved 11 hours
 * per store after switching", "we helped three clinics cut no-shows by 40%", "we got Datadog to 3
 * months"). The label rule counts a specific outcome as a benefit and a one-clause outcome proof
 * point as no talk about us. With us as the subject, the result must be someone else's (a name,
 * a slot, a client): "we grew 300% last year" is our status, not their outcome.
 */
function proofPoint(words: readonly Word[]): boolean {
  const first = words.find((w) => w.pos !== 'PUNCT' && w.pos !== 'CCONJ' && w.pos !== 'ADV');
  const ours = first !== undefined && /^(?:we|i|our|my)$/u.test(first.lower);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!looksPast(w)) continue;
    const helped = w.lemma === 'help' || w.lower === 'helped';
    const result =
      RESULT_VERBS.has(w.lemma) ||
      (helped && fromTo(words.slice(i + 1, i + 12))) ||
      // The model reads "lower" after a noun as an adjective ("helped shops lower their…").
      (helped &&
        words
          .slice(i + 1, i + 7)
          .some((r) => RESULT_VERBS.has(r.lemma) || RESULT_VERBS.has(r.lower)));
    if (!result) continue;
    const after = words.slice(i + 1, i + 12);
    if (!after.some(isFigure)) continue;
    if (
      !ours ||
      after.some(
        (r) =>
          (r.pos === 'PROPN' && r.entity === null) ||
          isSlot(r) ||
          (CLIENT_NOUNS.has(r.lower) && r.pos === 'NOUN'),
      )
    )
      return true;
  }
  return false;
}

/** Verbs of preparing something for the prospect: "run a baseline", "walk you through". */
const OFFER_VERBS = set('run build prepare send share show walk map pull model bring draft do');
/** What a briefing hands over: a piece of work about the prospect's own numbers or options. */
const DELIVERABLES = set(
  'baseline benchmark benchmarks report audit assessment analysis breakdown plan comparison estimate estimates model map profiles shortlist review teardown playbook forecast quote projection scorecard',
);
const OFFER_MODALS = set("can could 'll will 'd would");

/**
 * The benefit carried by the briefing: the rep offers to prepare a piece of work for this prospect
 * ("I can run a free baseline for {{BusinessName}} and show what recovery would look like", "so I
 * can walk you through their profiles"). A first-person subject, a modal, a verb of preparing or
 * showing, and either a deliverable named for them or "show you what / how / where". An offer of
 * our platform, a demo or "some information" names no such work, so it is no benefit.
 */
function offersBriefing(words: readonly Word[]): boolean {
  const subject = words.findIndex(
    (w, i) =>
      isFirstPerson(w) &&
      words
        .slice(i + 1, i + 3)
        .some((r) => OFFER_MODALS.has(r.lower) || /^(?:i'll|we'll|i'd|we'd)$/u.test(w.lower)),
  );
  if (subject === -1) return false;
  const rest = words.slice(subject + 1, subject + 16);
  const verb = rest.findIndex((r) => r.pos === 'VERB' && OFFER_VERBS.has(r.lemma));
  if (verb === -1 || rest[verb]?.negated) return false;
  const object = rest.slice(verb + 1);
  const forThem = words.some((r) => isYou(r) || isSlot(r));
  const deliverable = object.some((r) => r.pos === 'NOUN' && DELIVERABLES.has(r.lower));
  const showsThem = object.some(
    (r, k) =>
      /^(?:what|how|where)$/u.test(r.lower) &&
      object.slice(k + 1, k + 6).some((n) => isYou(n) || n.lower === 'would'),
  );
  return forThem && (deliverable || showsThem);
}

function readBenefit(clauses: readonly Clause[]): Span | null {
  for (const clause of clauses) {
    const words = clause.words;
    if (!clause.question && proofPoint(words) && measuredOutcome(words)) return spanOf(clause);
    if (!clause.question && offersBriefing(words)) return spanOf(clause);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w || !isYou(w)) continue;
      const before = words[i - 1]?.lower;
      const after = words.slice(i + 1, i + 5);
      // "so you can…", "so your team keeps…".
      if (before === 'so' || (before === 'that' && words[i - 2]?.lower === 'so'))
        return spanOf(clause);
      // "you'd keep…", "your carriers could cut…": the prospect with a modal and a real verb.
      const modal = after.findIndex((r) => MODALS.has(r.lower));
      // "you might have outsourced it", "you may have seen": a guess about their past, no outcome.
      const perfect = modal !== -1 && /^(?:have|'ve)$/u.test(after[modal + 1]?.lower ?? '');
      const verb =
        modal === -1 || perfect ? undefined : after.slice(modal + 1).find((r) => r.pos === 'VERB');
      if (verb && !WEAK_VERBS.has(verb.lemma) && !clause.question) return spanOf(clause);
      // "what it means for your budget", "worth it for you", "where you stand".
      if (
        before === 'for' &&
        words
          .slice(Math.max(0, i - 4), i)
          .some((r) => /^(?:means?|worth|useful|valuable)$/u.test(r.lower))
      )
        return spanOf(clause);
      if (
        (before === 'where' || before === 'how') &&
        /^(?:stand|compare|rank|sit|stack)/u.test(after[0]?.lower ?? '')
      )
        return spanOf(clause);
      // "…lower your premiums", "protect your margin": a value noun of theirs with a change verb.
      if (w.lower === 'your' && VALUE_NOUNS.has(after[0]?.lower ?? '') && hasChange(words))
        return spanOf(clause);
    }
  }
  return null;
}

/**
 * A day of the month or a clock time the model leaves untyped: "the 8th" (an ordinal after
 * "the") and "at 10" (a small number after "at" that counts nothing: not "at 10 sites").
 */
function dayOrClock(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (w.entity === 'ORDINAL' && /^\d{1,2}(?:st|nd|rd|th)$/u.test(w.lower))
    return words[i - 1]?.lower === 'the';
  if (w.entity !== 'CARDINAL' || words[i - 1]?.lower !== 'at') return false;
  const hour = Number.parseInt(w.lower, 10);
  const clock = /^(?:[1-9]|1[0-2])(?::[0-5]\d)?$/u.test(w.lower) || CLOCK_WORDS.has(w.lower);
  const next = words[i + 1];
  return clock && (Number.isNaN(hour) || hour <= 12) && next?.pos !== 'NOUN' && next?.pos !== 'ADJ';
}

const CLOCK_WORDS = set('one two three four five six seven eight nine ten eleven twelve noon');

function isFutureTime(words: readonly Word[]): { time: boolean; concrete: boolean } {
  let time = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (dayOrClock(words, i)) time = true;
    if (!w.entity || !TIME_TYPES.has(w.entity)) continue;
    // "last year's data" is what is brought, not when: a possessive date names a thing.
    const possessive = words[i + 1]?.lower === "'s" || /'s$/u.test(w.lower);
    if (!possessive && (PAST_MARKERS.has(w.lower) || PAST_MARKERS.has(words[i - 1]?.lower ?? '')))
      return { time: false, concrete: false };
    if (possessive) continue;
    if (w.lower === 'now' || w.lower === 'today') continue;
    time = true;
  }
  if (
    time &&
    NOW_LENGTH.test(words.map((w) => w.lower).join(' ')) &&
    !words.some((w) => w.entity === 'DATE' || w.entity === 'TIME')
  )
    return { time: false, concrete: false };
  return { time, concrete: time };
}

function proposalForm(clause: Clause): boolean {
  const words = clause.words.filter((w) => w.pos !== 'PUNCT');
  const first = words[0];
  if (!first) return false;
  if (clause.question) return true;
  // "can i come by friday at eight": a question by its word order, written without its mark.
  if (INVERTED_MODALS.has(first.lower) && NEW_SUBJECT.has(words[1]?.lower ?? '')) return true;
  // "Let's set 30 minutes", "let us find time".
  if (first.lower === 'let' && (words[1]?.lower === "'s" || words[1]?.lower === 'us')) return true;
  // "Before your contracts change, let's sit down": "let's" after a leading clause.
  if (words.some((w, i) => w.lower === 'let' && words[i + 1]?.lower === "'s")) return true;
  // "Let me walk the floor with your team Wednesday at 9": the rep proposes what they will do.
  if (first.lower === 'let' && words[1]?.lower === 'me' && words[2]?.pos === 'VERB') return true;
  // "Wednesday at 9 works on my side", "Thursday at 3 suits me".
  // The slot comes first and the verb after it, so the "fit" of "the fit-out" is no slot verb.
  // A new subject between them starts another statement: in "the limit starts in January, and
  // two yards we work with had to…", "work" is what the yards do, not the slot working.
  const firstTime = words.findIndex((r) => r.entity === 'DATE' || r.entity === 'TIME');
  if (
    firstTime !== -1 &&
    words.some(
      (w, i) =>
        i > firstTime &&
        SLOT_VERBS.has(w.lemma) &&
        (w.pos === 'VERB' || w.pos === 'NOUN') &&
        !words.slice(firstTime + 1, i).some((r) => r.pos === 'PRON'),
    )
  )
    return true;
  // "Thursday 11:00 Warsaw time is good for me", "Tuesday at 2 is open on my end": the slot, then
  // a word for free and the rep as the one it suits.
  if (
    firstTime !== -1 &&
    words.some(
      (w, i) =>
        i > firstTime &&
        w.lemma === 'be' &&
        SLOT_FREE.has(words[i + 1]?.lower ?? '') &&
        words.slice(i + 2, i + 5).some((r) => r.lower === 'me' || r.lower === 'my') &&
        !words.slice(firstTime + 1, i).some((r) => r.pos === 'PRON'),
    )
  )
    return true;
  // An imperative: a clause opening with a bare verb ("Grab 20 minutes Thursday").
  if (first.pos === 'VERB' && first.lower === first.lemma && MEETING_VERBS.has(first.lemma))
    return true;
  // "I'd like…", "I suggest…", "we'd love to…", "how about…", "worth 15 minutes…", "happy to…".
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (isFirstPerson(w) && words.slice(i + 1, i + 3).some((r) => REQUEST_VERBS.has(r.lemma)))
      return true;
    if ((w.lower === 'how' || w.lower === 'what') && words[i + 1]?.lower === 'about') return true;
    if (w.lower === 'worth' && i < 3) return true;
  }
  return false;
}

/** Verbs that make "I'll …" a step toward the prospect, not news ("we'll publish…"). */
const STEP_VERBS = set(
  'come drop stop swing pop walk bring send call ring phone visit meet go show take run sit head be do fix install update inspect deliver',
);

/**
 * "I'll come by Tuesday at 9", "I will drop samples Friday": the rep states the next step they
 * will take with the prospect (the caller checks that it names a later day or time).
 */
function statedStep(words: readonly Word[]): boolean {
  return words.some((w, i) => {
    if (!isFirstPerson(w)) return false;
    // wink keeps "I'm" whole at times: "I'm going to walk…" then has no separate "'m".
    const be = /^(?:i'm|we're)$/u.test(w.lower);
    return stepAfter(words.slice(i + 1, i + 5), be);
  });
}

/** "'ll come", "will drop", "'m going to walk": a future of the first person and a step verb. */
function stepAfter(after: readonly Word[], be: boolean): boolean {
  const rest = be ? after : after.slice(1);
  const first = after[0];
  if (!first || first.negated) return false;
  let verb: Word | undefined;
  if (!be && first.lemma === 'will') verb = after[1];
  else if ((be || first.lemma === 'be') && rest[0]?.lower === 'going' && rest[1]?.lower === 'to')
    verb = rest[2];
  // The model tags "do" after "will" as an auxiliary ("I will do the update on site").
  const verbal = verb?.pos === 'VERB' || (verb?.pos === 'AUX' && /^(?:do|be)$/u.test(verb.lemma));
  if (!verb || !verbal || !STEP_VERBS.has(verb.lemma)) return false;
  // "I'll be by Thursday" is a step; "I'll be at the expo Thursday" is news.
  return verb.lemma !== 'be' || after[after.indexOf(verb) + 1]?.lower === 'by';
}

/** "Monday the 7th at 9, at your salon", "on Thursday at 4": a clause that is a slot. */
function opensWithSlot(words: readonly Word[]): boolean {
  const first = words.find(
    (w) => w.pos !== 'PUNCT' && !/^(?:on|at|next|this|say|maybe|perhaps)$/u.test(w.lower),
  );
  return first?.entity === 'DATE' || first?.entity === 'TIME';
}

/** A few seconds or minutes: a length that only makes sense right now. */
function shortLength(words: readonly Word[]): boolean {
  const text = words.map((w) => w.lower).join(' ');
  return words.some((w) => w.entity === 'DURATION') && NOW_LENGTH.test(text);
}

/** A day, date or clock time other than "now" and "today". */
function laterTime(words: readonly Word[]): boolean {
  return words.some(
    (w) =>
      (w.entity === 'DATE' || w.entity === 'TIME') &&
      w.lower !== 'now' &&
      w.lower !== 'today' &&
      w.lower !== 'right',
  );
}

const BUSY_WORDS = set('busy middle bad convenient');
const NOW_NOUNS = set('time moment minute second sec');
const TALK_VERBS = set('talk chat speak connect call');
const GOOD_WORDS = set(
  'good bad ok okay convenient decent fine right alright awkward inconvenient',
);
const ASK_FOR_TIME = set('have give spare get take borrow steal grab');

/** "when you get a minute", "a few minutes sometime": later, at their convenience (a vague ask). */
const LATER_WORDS = set('when whenever sometime later');

function readTimeNow(clauses: readonly Clause[]): Span | null {
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    const words = clause.words;
    if (laterTime(words)) continue;
    // "Why don't you talk to me about it now?" is a push, not a negation.
    if (clause.question && pushToTalkNow(words)) return spanOf(clause);
    if (words.some((w) => w.negated || LATER_WORDS.has(w.lower))) continue;
    if (timeNowOtherwise(clause, clauses[index - 1])) return spanOf(clause);
    if (secondsAsked(clause, clauses[index - 1])) return spanOf(clause);
    if (clause.question && asksToAskNow(words)) return spanOf(clause);
    // A question, or an imperative put to them ("give me 30 seconds").
    const imperative = words.some(
      (w, i) => ASK_FOR_TIME.has(w.lemma) && words[i + 1]?.lower === 'me',
    );
    // "Got a sec?", "give me 30 seconds?", "could I get five minutes?"
    if (
      (clause.question || imperative) &&
      shortLength(words) &&
      words.some((w) => ASK_FOR_TIME.has(w.lemma))
    )
      return spanOf(clause);
    if (!clause.question) continue;
    if (caughtYou(words)) return spanOf(clause);
    // "Are you in the middle of anything?", "are you busy?", "is this a bad time?"
    if (words.some(isYou) && words.some((w) => BUSY_WORDS.has(w.lower))) return spanOf(clause);
    // "Is this a bad time?", "a good time to talk?" — not "a good time to lock in rates?".
    const good = words.findIndex((w) => GOOD_WORDS.has(w.lower));
    const after = words.slice(good + 2).filter((w) => w.pos !== 'PUNCT');
    // "…a good time for a quick question?" is about this call; "…for a rate lock?" is not.
    const aboutTheCall =
      after.length === 0 ||
      (after[0]?.lower === 'to' && TALK_VERBS.has(after[1]?.lemma ?? '')) ||
      (after[0]?.lower === 'for' && after.some((w) => w.pos === 'NOUN' && CALL_NOUNS.has(w.lemma)));
    if (good !== -1 && NOW_NOUNS.has(words[good + 1]?.lower ?? '') && aboutTheCall)
      return spanOf(clause);
  }
  return null;
}

/** Seconds, or half a minute: a length no meeting is ever booked for. */
const SECONDS = fastWordStarts(/\b(?:seconds?|secs?|half (?:a )?minute)\b/iu);
/** What a rep says they need, want or take of the prospect's time. */
const WANT_TIME = set('need want ask hope take grab borrow steal have get');
/** A question that only agrees with what came before: "is that fair?", "sound good?". */
const AGREEMENT = set('is that fair ok okay alright sound sounds good deal enough fine cool');

/**
 * Seconds asked of them now: "I need just 15 seconds of your time", "was hoping to grab a quick
 * half minute", "Quick 20-second question?", or "I'll be ninety seconds — is that fair?", where
 * the question after the seconds only asks them to agree.
 */
function secondsAsked(clause: Clause, previous: Clause | undefined): boolean {
  const words = clause.words;
  const content = words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
  const at = content.findIndex((w, i) => SECONDS.test(secondsPhrase(content, i)));
  if (at >= 0) {
    // "in under 90 seconds", "a 60-sec walkthrough": a speed or a length, not time asked of them.
    if (
      RESULT_TIME.has(content[at - 1]?.lower ?? '') ||
      RESULT_TIME.has(content[at - 2]?.lower ?? '')
    )
      return false;
    const described = content.slice(at + 1).find((w) => !SECONDS.test(w.lower));
    // "30 seconds per load": a rate.
    if (RATE_WORDS.has(described?.lower ?? '')) return false;
    if (described?.pos === 'NOUN' && !CALL_NOUNS.has(described.lemma) && described.lower !== 'of')
      return false;
    if (clause.question) return true;
    // "I need just 15 seconds", "I was hoping to grab a quick half minute": a first-person want.
    for (let j = Math.max(0, at - 6); j < at; j++) {
      const verb = content[j]!;
      if (!WANT_TIME.has(verb.lemma) || verb.pos !== 'VERB') continue;
      if (content.slice(Math.max(0, j - 4), j).some(isFirstPerson)) return true;
    }
    return false;
  }
  const agreesOnly =
    clause.question &&
    content.length > 0 &&
    content.length <= 4 &&
    content.every((w) => AGREEMENT.has(w.lower));
  if (!agreesOnly || !previous || previous.sentence !== clause.sentence) return false;
  const before = previous.words.map((w) => w.lower).join(' ');
  return SECONDS.test(before);
}

/** Words before a length of time that make it a speed or a result: "in under 90 seconds". */
const RESULT_TIME = set('in under within than after every per');
/** "30 seconds per load", "ten seconds a label": a rate, not time asked of them. */
const RATE_WORDS = set('per each a an every');

/** The word at `i`, lowered, with the two after it when it is "half" ("half a minute"). */
function secondsPhrase(content: readonly Word[], i: number): string {
  const w = content[i]!.lower;
  return w === 'half' ? `${w} ${content[i + 1]?.lower ?? ''} ${content[i + 2]?.lower ?? ''}` : w;
}

/** "a quick question", "three questions": what is asked now. */
const ASKED_NOW = fastWordStarts(
  /^(?:you )?(?:(?:a|one|two|three|a few|a couple of|some)\s+)?(?:(?:quick|brief|short|small|fast)\s+)?(?:questions?)\b/iu,
);

/**
 * "Can I ask you a quick question?", "could I ask you three questions?", "do you have time
 * to answer a few questions?": leave to go on talking now, asked as a question (the caller has
 * ruled out a later day or time).
 */
function asksToAskNow(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
  const lowered = content.map((w) => w.lower);
  for (let i = 0; i < content.length; i++) {
    const w = content[i]!;
    if (
      /^(?:can|could|may)$/u.test(w.lower) &&
      lowered[i + 1] === 'i' &&
      lowered[i + 2] === 'ask' &&
      ASKED_NOW.test(lowered.slice(i + 3, i + 10).join(' '))
    )
      return true;
    // "Do you have time to answer a few questions?"
    if (
      w.lower === 'time' &&
      content[i - 1]?.lemma === 'have' &&
      lowered.slice(i + 1, i + 6).some((x) => x === 'questions' || x === 'question')
    )
      return true;
  }
  return false;
}

/** Verbs of the moment a call lands in: "did I catch you…", "have I reached you…". */
const LAND_VERBS = set('catch reach get interrupt');
/** "Did I reach you at the right number?" checks the line, not the moment. */
const LINE_NOUNS = set('number person line desk extension office');

/**
 * "Am I catching you mid-something?", "Did I reach you while you're on the floor?", "have I
 * caught you at all?": a question that opens on "I" landing on them, in any words after it, asks
 * whether this moment suits (the question is the point; the wording of the moment is not).
 */
function caughtYou(words: readonly Word[]): boolean {
  const content = words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
  // "Caught you between things?": the "did I" left out ("Catch you Thursday?" proposes a time).
  if (
    /^(?:caught|catching|reached|reaching)$/u.test(content[0]?.lower ?? '') &&
    content[1]?.lower === 'you'
  )
    return !content.some((w) => LINE_NOUNS.has(w.lower));
  const aux = content.findIndex((w) => w.pos === 'AUX' || w.lower === 'did' || w.lower === 'am');
  if (aux === -1 || aux > 2 || content[aux + 1]?.lower !== 'i') return false;
  const verb = content[aux + 2];
  if (!verb || !LAND_VERBS.has(verb.lemma) || content[aux + 3]?.lower !== 'you') return false;
  return !content.some((w) => LINE_NOUNS.has(w.lower));
}

/** What a rep asks a good time for when the time is for this call. */
const CALL_NOUNS = set('question call chat word conversation minute second sec moment talk');
const BRIEF = fastWordStarts(
  /^for (?:just |only )?(?:a )?(?:quick )?half (?:a )?minute\b|^for (?:just |only )?(?:(?:a|one|two|three|a few|a couple(?: of)?)\s+)?(?:(?:quick|brief|short|little|spare)\s+)?(?:moments?|minutes?|mins?|secs?|seconds?|bit)\b|^for (?:just |only )?[\p{L}\d]+(?:\s*-\s*[\p{L}]+)?\s+(?:seconds?|secs?)\b|^for (?:just |only )?[1-5]\s*(?:-\s*)?(?:minutes?|mins?)\b/iu,
);
/** "…if you had a spare minute", "give me a moment of your time": a moment had or given now. */
const SPARE_MOMENT = fastWordStarts(
  /\b(?:have|had|has|got|get|spare|give me|lend me|grant me)\s+(?:just\s+)?(?:a|one|two|a few|a couple of|\d)\s+(?:(?:spare|quick|free|brief|short)\s+)?(?:moments?|minutes?|secs?|seconds?)\b(?!\s*-)/iu,
);
/** A reply that only agrees ("OK?", "Fair?") and so hands the last offer back as a question. */
const AGREE_ONLY = set('ok okay alright fair deal');

/** "…help me out for a moment", "…available to chat for a few minutes": a verb bounded to now. */
function briefFor(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      w.lower === 'for' &&
      BRIEF.test(
        words
          .slice(i, i + 6)
          .map((x) => x.lower)
          .join(' '),
      ),
  );
}

/**
 * Time right now asked for in wordings with no "minute to talk": help or attention for a moment
 * ("could you possibly help me out for a moment?", "would you be so kind as to help us for a
 * minute?"), whether they are free for a few minutes put as an indirect question ("I'm calling
 * to see if you're available to chat for a few minutes"), whether they have that long, a bare
 * "OK?" after an offer of a few seconds, or a push to talk now ("why don't you talk to me about it
 * now?"). The caller has already ruled out negation and a later day or time.
 */
function timeNowOtherwise(clause: Clause, previous: Clause | undefined): boolean {
  const words = clause.words;
  const content = words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE');
  // "If you ever have a spare minute…" leaves the time to them, later.
  if (content.some((w) => w.lower === 'ever')) return false;
  // The two people on the call: "help me out", "can we chat", "are you available".
  const between = content.some((w) => w.lower === 'you' || PEOPLE_ON_CALL.has(w.lower));
  const youAt = words.findIndex((w) => w.lower === 'you');
  const indirect = words.some(
    (w, i) => (w.lower === 'if' || w.lower === 'whether') && i < youAt && youAt - i <= 2,
  );
  const asked = clause.question || indirect;
  if (asked && between && briefFor(words) && content.some((w) => w.pos === 'VERB')) return true;
  if (asked && SPARE_MOMENT.test(content.map((w) => w.lower).join(' '))) return true;
  const now = content.some((w) => w.lower === 'now');
  // "I'd love to grab 2 minutes of your time right now."
  if (
    now &&
    shortLength(words) &&
    content.some((w) => w.lower === 'i' || w.lower === "i'd") &&
    content.some((w) => w.pos === 'VERB' && TAKE_TIME.has(w.lemma))
  )
    return true;
  // "Could I borrow the length of a coffee refill from you right now?"
  if (
    clause.question &&
    now &&
    content.some((w, i) => isFirstPerson(w) && TAKE_TIME.has(content[i + 1]?.lemma ?? ''))
  )
    return true;
  if (!clause.question) return false;
  const have = words.findIndex((w) => w.lemma === 'have' || w.lemma === 'get');
  // "Do you have that long before you decide…?", "have you got long?"
  if (
    youAt !== -1 &&
    have !== -1 &&
    Math.abs(have - youAt) <= 2 &&
    words
      .slice(have + 1, have + 4)
      .some((w, i, after) => w.lower === 'long' && !nounAfter(after, i))
  )
    return true;
  // "Do you have time for a quick chat right now?", "how's your time right now?"
  const time = content.some((w) => w.lower === 'time');
  const howIs =
    content[0]?.lower === 'how' &&
    ["'s", 'is', 'are'].includes(content[1]?.lower ?? '') &&
    content.some(isYou);
  if (time && now && ((youAt !== -1 && have !== -1) || howIs)) return true;
  if (
    content.length === 1 &&
    AGREE_ONLY.has(content[0]?.lower ?? '') &&
    previous !== undefined &&
    shortLength(previous.words)
  )
    return true;
  return false;
}

const PEOPLE_ON_CALL = set("i i'm me we us");
/** Verbs a rep takes the prospect's time with: "grab two minutes", "steal a moment". */
const TAKE_TIME = set('grab take steal borrow have get');

/** "a long list": the word at `i` describes the noun after it. */
function nounAfter(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/**
 * "Why don't you talk to me about it now?", "can you talk to me now?": the prospect pushed to
 * talk at this moment (a question whose verb of talking has "you" for its subject, then "now").
 */
function pushToTalkNow(words: readonly Word[]): boolean {
  const talk = words.findIndex((w, i) => {
    const subject = words[i - 1];
    return w.lemma === 'talk' && w.lower !== 'talking' && subject !== undefined && isYou(subject);
  });
  if (talk === -1 || !words.slice(talk).some((w) => w.lower === 'now')) return false;
  // Negated only as "why don't you…", which proposes rather than denies.
  const before = words.slice(Math.max(0, talk - 4), talk).map((w) => w.lower);
  return !words[talk]?.negated || (before.includes('why') && before.includes("n't"));
}

function readMinimiser(clauses: readonly Clause[]): Span | null {
  for (const clause of clauses) {
    const words = clause.words;
    if (clause.question || laterTime(words)) continue;
    // "I'll only take a minute", "it'll only take two minutes": short, and about this call.
    const takes = words.some(
      (w, i) =>
        (w.lemma === 'take' || w.lemma === 'be') &&
        words.slice(Math.max(0, i - 3), i).some((r) => /^(?:i|i'll|it|this|it'll)$/u.test(r.lower)),
    );
    if (takes && shortLength(words) && !words.some(isYou) && words.length < 20)
      return spanOf(clause);
  }
  return null;
}

const PITCH_VERBS = set(
  'be have provide offer specialize specialise build design deliver serve sell make develop create own operate partner lead deploy implement launch release unveil ship roll',
);
/**
 * "I built Pacifica CRM for lead-driven businesses", "I'm building an AI concierge that sits on
 * your tables": the rep's own product, made or being made. What the rep made of the prospect's
 * world ("I built a model of your three depots") or of research ("a benchmark of 40 roofers") is
 * work for them, not a product; the "you" in the first is read by the caller.
 */
const MADE_VERBS = set('build create develop launch design');
const MADE_FOR_THEM = set(
  'model benchmark comparison breakdown map list spreadsheet analysis report study review audit summary estimate quote plan proposal draft mock-up mockup sample samples',
);
/** What a product is called when the rep says they have one. */
const PRODUCT_NOUNS = set(
  'system platform tool app software service solution engine bot assistant product program programme dashboard plugin',
);

/** What a rep's own firm is called when they say what it does. */
const SHOP_NOUNS = set('studio agency firm shop consultancy company business practice outfit');
/** What follows the firm when the rep goes on to describe it. */
const SHOP_DESCRIBED = set('focused focusing specializing specialising that which helping for');

/**
 * "I run a small studio focused on Y2K-inspired websites": the rep's firm described by what it
 * does ("I run sales at Arden" and "I run the Leeds branch" say who is calling).
 */
function runsAShop(words: readonly Word[], verbAt: number): boolean {
  const verb = words[verbAt];
  if (!verb || !/^(?:run|runs|own|owns)$/u.test(verb.lower)) return false;
  if (!/^(?:a|an)$/u.test(words[verbAt + 1]?.lower ?? '')) return false;
  const shop = words.findIndex(
    (w, i) => i > verbAt + 1 && i <= verbAt + 5 && SHOP_NOUNS.has(w.lower),
  );
  return shop !== -1 && SHOP_DESCRIBED.has(words[shop + 1]?.lower ?? '');
}

/** "(have) an AI system": the index of a product noun heading the object, or -1. */
function productHad(words: readonly Word[], verbAt: number): number {
  let at = verbAt + 1;
  if (words[at]?.lower === 'got') at++;
  if (!/^(?:a|an)$/u.test(words[at]?.lower ?? '')) return -1;
  let head = -1;
  for (let k = at + 1; k < words.length; k++) {
    const w = words[k];
    if (!w || !(w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN')) break;
    if (w.pos === 'NOUN') head = k;
  }
  return head !== -1 && PRODUCT_NOUNS.has(words[head]?.lemma ?? '') ? head : -1;
}

/** Where the verb of making stands, or -1 when the rep made no product of their own. */
function madeProductAt(words: readonly Word[], verbAt: number): number {
  let at = verbAt;
  // "I'm building…", "I've been building…": the tense lives in the auxiliaries.
  while (words[at]?.pos === 'AUX' || words[at]?.pos === 'ADV') at++;
  const verb = words[at];
  if (!verb || verb.pos !== 'VERB' || !MADE_VERBS.has(verb.lemma)) return -1;
  // "I build…" in the present is the trade, read by REP_TRADE_VERBS.
  if (verb.lower === verb.lemma && at === verbAt) return -1;
  // The thing made, named: "I built something that fixes that" names nothing.
  // ("a white-label platform": the hyphen inside a describing word is no object either.)
  const object = words
    .slice(at + 1)
    .find(
      (w) =>
        w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'ADV' && w.pos !== 'NUM' && w.text !== '-',
    );
  if (!object || (object.pos !== 'NOUN' && object.pos !== 'PROPN')) return -1;
  if (MADE_FOR_THEM.has(object.lower) || NOT_A_PRODUCT.has(object.lower)) return -1;
  return at;
}

/** "24/7", "24x7": when we answer, not what anyone got. */
const ROUND_THE_CLOCK = /^24(?:\/7|x7)$/iu;

/**
 * The number at `at` is no result anyone got: our hours ("24/7") or our own price, a sum after
 * "from", "only", "just", "starting at" or "priced at" ("from £350", "for just $99/month"; see
 * OWN_PRICE_LEAD for the same reading by wording).
 */
function notAResult(words: readonly Word[], at: number): boolean {
  return (
    ROUND_THE_CLOCK.test(words[at]?.text ?? '') || ourPriceAt(words, at) || inProductName(words, at)
  );
}

/** The number of a product's name: "Microsoft 365", "Windows 11", "Dynamics 365". */
function inProductName(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  return (
    before !== undefined &&
    /^\p{Lu}/u.test(before.text) &&
    before.pos === 'PROPN' &&
    /^\d+$/u.test(words[at]?.text ?? '') &&
    words[at + 1]?.pos !== 'NOUN'
  );
}

function ourPriceAt(words: readonly Word[], at: number): boolean {
  const currency = words[at - 1]?.pos === 'SYM' && /^[$€£]$/u.test(words[at - 1]?.text ?? '');
  if (!currency && !/^[$€£]/u.test(words[at]?.text ?? '')) return false;
  const lead = currency ? at - 2 : at - 1;
  const before = words[lead]?.lower;
  if (before === 'from' || before === 'only' || before === 'just') return true;
  return before === 'at' && /^(?:starting|starts|priced)$/u.test(words[lead - 1]?.lower ?? '');
}

/** What a rep selling on their own account does for a living ("I build", "I install"). */
const REP_TRADE_VERBS = set(
  'build create design sell deploy implement provide offer specialize specialise develop install supply manufacture produce distribute repair service',
);

/**
 * What a vendor does for a living, said in the present: "we install call-back automations", "we
 * supply the same specs", "we fix that with an AI receptionist". In the past they are work done
 * ("we fixed the same leak for three plants"), which the proof-point reading judges.
 */
const VENDOR_TRADE_VERBS = set('install supply manufacture produce distribute fix');

/**
 * Verbs that say what we think, see, want or are doing on this call, not what we do for a living:
 * "we see most plants overpay", "we need your OK", "we call every Tuesday". Any other verb with
 * "we" for its subject, in the present tense and with a thing for its object, is our trade, an
 * open list: "we handle cross-border payments on one platform", "we buy houses for cash", "we
 * run fractional RevOps teams". A verb whose past is spelt as its present ("we put together a
 * briefing", "we cut", "we set up") says nothing of its tense, so it is left out.
 */
const NOT_TRADE_VERBS = set(
  'be have do get help work put set cut hit read spread shut cost quit know think believe see hear feel find notice understand realize realise recognize recognise agree hope want need like love wish mean expect guess suppose bet say tell ask call speak talk meet chat email write reach contact connect thank appreciate apologize apologise wonder try go come look let keep start stop use hold recommend suggest advise urge invite wait pay',
);

/**
 * "We handle MX/CO/US vendor payments on one platform": "we", a verb of what we do in the present
 * tense (not a modal's: "we can handle" is an offer), and a noun for its object soon after.
 */
function ourTradeInPresent(words: readonly Word[], first: Word, verbAt: number): boolean {
  const verb = words[verbAt];
  if (first.lower !== 'we' || !verb || verb.pos !== 'VERB' || verb.lower !== verb.lemma)
    return false;
  if (
    words.slice(words.indexOf(first) + 1, verbAt).some((w) => w.pos === 'AUX' || w.pos === 'PART')
  )
    return false;
  if (NOT_TRADE_VERBS.has(verb.lemma) || RESEARCH_VERBS.has(verb.lemma)) return false;
  // "We clean the two towers across the street, and complaints there fell from 30 to 4": a figure
  // makes the trade a proof point, as with "we help…" below.
  // The figure is looked for in what belongs to this verb, up to "and": "we buy houses for cash
  // and can close in 7-14 days" is still our trade, then a promise.
  if (ownPart(words, verbAt).some((w) => /\d/u.test(w.text))) return false;
  return words
    .slice(verbAt + 1, verbAt + 5)
    .some((w) => w.pos === 'NOUN' || (w.pos === 'PROPN' && !isYou(w)));
}
const presentTense = (verb: Word): boolean =>
  verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`;

/**
 * Subjects after "our" that are people or research rather than the product: "our clients see…",
 * "our data shows…", "our team noticed…".
 */
const NOT_A_PRODUCT = set(
  'client clients customer customers user users partner partners member members team teams people staff expert experts analyst analysts data study studies research survey surveys analysis benchmark benchmarks finding findings number numbers report reports figure figures review audit interview interviews',
);

/**
 * "Our AI answers your phone", "our scheduler books the slot": our product as the subject of a
 * present-tense verb of what it does. The verb list is open, so the clause's shape decides: "our",
 * a noun that is neither people nor research, and a verb in the third person present.
 */
function productActs(words: readonly Word[], first: Word): boolean {
  if (first.lower !== 'our') return false;
  const from = words.indexOf(first) + 1;
  // The model sometimes reads the verb as a plural noun ("Our AI answers/NOUN your phone"); a
  // plural right before "your", "the" or "every" is read as the verb it is.
  const verbAt = words.findIndex(
    (w, i) =>
      i > from &&
      i <= from + 4 &&
      (w.pos === 'VERB' ||
        w.pos === 'AUX' ||
        (w.pos === 'NOUN' &&
          /[^s]s$/u.test(w.lower) &&
          (words[i + 1]?.pos === 'DET' ||
            /^(?:your|their|every|each)$/u.test(words[i + 1]?.lower ?? '') ||
            // "Our AI answers/NOUN in 3 seconds": a noun before it is its subject.
            (words[i - 1]?.pos === 'NOUN' &&
              /^(?:in|within|around|across)$/u.test(words[i + 1]?.lower ?? ''))))),
  );
  const subject = words.slice(from, verbAt);
  let verb = words[verbAt];
  // "Our restoration crew can check yours for free": a modal of what it will do for them.
  if (verb?.pos === 'AUX' && /^(?:can|will|'ll)$/u.test(verb.lower)) {
    const next = words[verbAt + 1];
    verb = next?.pos === 'VERB' ? { ...next, lower: `${next.lemma}s` } : undefined;
  }
  if (!verb || verb.pos === 'AUX' || /^(?:be|have|do|help)$/u.test(verb.lemma)) return false;
  // "Our rates beat most carriers by 30%": a plural subject takes the verb's plain form.
  const head = subject[subject.length - 1];
  const plural = head !== undefined && head.pos === 'NOUN' && head.lemma !== head.lower;
  const thirdPerson = /s$/u.test(verb.lower) && verb.lower !== verb.lemma;
  if (!thirdPerson && !(plural && verb.pos === 'VERB' && verb.lower === verb.lemma)) return false;
  return (
    subject.length > 0 &&
    subject.length <= 4 &&
    // In lowercase the model can tag the noun itself as a verb ("our ai answers…").
    subject.some(
      (w) => w.pos === 'NOUN' || w.pos === 'PROPN' || (w === subject[0] && w.pos === 'VERB'),
    ) &&
    !subject.some((w) => NOT_A_PRODUCT.has(w.lower))
  );
}

/**
 * "We leverage our partnerships", "we use our network of 40 depots": "we", a present-tense verb
 * and "our" + an asset that is neither people nor research as its object; or "we use" a tool to
 * do something ("we use AI to analyze contracts").
 */
function usesOurAssets(words: readonly Word[], first: Word, verbAt: number): boolean {
  const verb = words[verbAt];
  if (!/^(?:we|we're)$/u.test(first.lower) || !verb || verb.pos !== 'VERB') return false;
  if (verb.lower !== verb.lemma || /^(?:have|be|do|help|know|see|think)$/u.test(verb.lemma))
    return false;
  // "We use AI to analyze subcontractor contracts": how our product works, told as a tool we use.
  if (verb.lemma === 'use') {
    const to = words.findIndex((w, i) => i > verbAt + 1 && i <= verbAt + 4 && w.lower === 'to');
    const tool = words.slice(verbAt + 1, to);
    if (
      to !== -1 &&
      words[to + 1]?.pos === 'VERB' &&
      tool.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') &&
      !tool.some(isYou)
    )
      return true;
  }
  if (words[verbAt + 1]?.lower !== 'our') return false;
  const asset = words.slice(verbAt + 2, verbAt + 5).find((w) => w.pos === 'NOUN');
  return asset !== undefined && !NOT_A_PRODUCT.has(asset.lower);
}

/** Words of the company the rep named when introducing themselves. */
function ownCompany(clauses: readonly Clause[], identity: Span | null): Set<string> {
  const names = new Set<string>();
  if (!identity) return names;
  for (const clause of clauses) {
    if (clause.start < identity.start || clause.end > identity.end) continue;
    const words = clause.words;
    for (const [i, w] of words.entries())
      if (w.pos === 'ADP' && /^(?:with|from|at)$/u.test(w.lower))
        for (const [k, next] of words.slice(i + 1, i + 4).entries()) {
          if (!isProperish(next)) break;
          // The name's later words are often the trade itself ("Ironline Rebar", "Arden
          // Freight"): "Rebar lead times are running nine weeks" is the market, not a pitch.
          // Only the word the name starts with stands for us at the head of a sentence.
          if (k === 0) names.add(next.lower);
        }
  }
  return names;
}

/**
 * Verbs of the contact between rep and prospect: "we've never spoken", "we met at the expo" say
 * what passed between us (honest or not, the deception rules judge it), not what the company is.
 */
const CONTACT_VERBS = set('speak talk meet chat email call connect write');

/**
 * The part of a clause that belongs to its first verb: up to a conjunction or the rep as a new
 * subject. "We've got a new platform and I'd love to show you a demo" describes the platform
 * before the "and"; the "you" after it belongs to the offer, not to the description. A second
 * "we" goes on with the same subject ("we're a national scheme, we can give you a grant").
 */
function ownPart(words: readonly Word[], verbAt: number): readonly Word[] {
  // What we build or deploy ends where a relative clause says what it does ("we deploy agents that
  // sit on your stack"); what we have goes on into it ("jobs that might interest you").
  const made = !/^(?:be|have)$/u.test(words[verbAt]?.lemma ?? '');
  const end = words.findIndex(
    (w, i) =>
      i > verbAt &&
      (w.pos === 'CCONJ' || w.lower === 'i' || (made && /^(?:that|which)$/u.test(w.lower))),
  );
  return end === -1 ? words : words.slice(0, end);
}

/** Words that set an offer against what the prospect has now ("11 days instead of 40", "7% lower"). */
const COMPARED = set('less lower cheaper faster sooner closer shorter fewer instead');

function measuredAgainstTheirs(words: readonly Word[]): boolean {
  return words.some(isFigure) && words.some((w) => COMPARED.has(w.lower));
}

function helpedToASlot(words: readonly Word[]): boolean {
  const helped = words.findIndex((w) => w.lower === 'helped');
  return helped !== -1 && words.slice(helped + 1, helped + 4).some(isSlot);
}

/**
 * The rest of a clause's sentence names an outcome for the client: a figure ("— one client cut it
 * from 15 hours to 2") or a template slot named for a result ("[specific outcome]"), which the
 * label rule reads as filled in.
 */
function outcomeInSentence(
  clauses: readonly Clause[],
  clause: Clause,
  outcomeSlot: (w: Word) => boolean,
): boolean {
  return clauses.some(
    (other) =>
      other.sentence === clause.sentence &&
      other.start >= clause.start &&
      other.words.some(
        (w, i) => outcomeSlot(w) || (isFigure(w) && !isSlot(w) && !notAResult(other.words, i)),
      ),
  );
}

/** What follows "open" when it says a place or a slot is free: "open on Thursdays", "open for May". */
const OPEN_FOR = /^(?:on|for|through|this|next|from|until)$/u;

function readSelfPitch(
  clauses: readonly Clause[],
  company: Set<string>,
  outcomeSlot: (w: Word) => boolean,
  bodyFrom: number,
): Span | null {
  for (const clause of clauses) {
    // A paragraph's clause opens with its line break, which is no word of the sentence; an email's
    // first sentence can run on from its subject line ("Subject: … \n Hi Sam,\n We make…"), whose
    // words are not the body's.
    let words = clause.words.filter((w) => w.pos !== 'SPACE' && w.start >= bodyFrom);
    if (clause.question) continue;
    // A sign-off of names alone ("Kara Lund, Valley Implement") says who called, whatever the
    // model makes of "Implement".
    if (words.every((w) => w.pos === 'PUNCT' || /^\p{Lu}/u.test(w.text))) continue;
    // "Hey, we have a product", "Dana, we build…": a greeting or the prospect's name comes first.
    const comma = words.findIndex((w) => w.text === ',');
    // "Hello guys, we are…", "Hi team, we…": a greeting and whom it greets.
    const greeted =
      comma > 0 &&
      comma <= 3 &&
      (words
        .slice(0, comma)
        .every(
          (w, i) => w.pos === 'INTJ' || w.pos === 'PROPN' || (i === 0 && w.lower === 'dear'),
        ) ||
        (words[0]?.pos === 'INTJ' &&
          words.slice(1, comma).every((w) => w.pos === 'NOUN' || w.pos === 'PRON')) ||
        // "Listen, we just rolled out…": a word that only turns to the point.
        (comma === 1 && TURNS.has(words[0]?.lower ?? '')));
    // "Quick background: we're a third-generation drayage company…": a label before a colon.
    const colon = words.findIndex((w) => w.text === ':');
    const labelled = colon > 0 && colon <= 3;
    const lead = labelled ? colon + 1 : greeted ? comma + 1 : 0;
    // "At Meridian Racking, we design…": our company named as the place the clause speaks from.
    // "Founded in 1987, Ardent Packaging is…": a participle before the subject says its history.
    // The clause is read from the subject on.
    // "At Loomline we design…" sets it off with no comma.
    const setOff = words.findIndex(
      (w, i) =>
        i > lead &&
        (w.text === ',' || (words[lead]?.lower === 'at' && /^(?:we|we're|we've)$/u.test(w.lower))),
    );
    if (
      setOff - lead > 1 &&
      setOff - lead <= 6 &&
      ((words[lead]?.lower === 'at' &&
        words.slice(lead + 1, setOff).every((w) => /^\p{Lu}/u.test(w.text))) ||
        FOUNDED.has(words[lead]?.lower ?? ''))
    )
      words = words.slice(words[setOff]?.text === ',' ? setOff + 1 : setOff);
    else words = words.slice(lead);
    const first = words.find(
      (w) => w.pos !== 'CCONJ' && w.pos !== 'ADV' && w.pos !== 'PUNCT' && w.pos !== 'INTJ',
    );
    if (!first) continue;
    if (namedProductActs(words, first) || namedProductIs(words, first) || builtOne(words, first))
      return bodySpan(words, clause);
    if (companyDoes(words, first, company)) return bodySpan(words, clause);
    const rep = first.lower === 'i';
    const ours =
      rep ||
      /^(?:we|we're|we've|our)$/u.test(first.lower) ||
      (company.has(first.lower) && first.pos !== 'ADP');
    if (!ours) continue;
    // "We've helped…", "we have built…": the auxiliary only carries the tense of the verb after it.
    // The verb comes after the subject ("Listen, we just rolled out…").
    const firstAt = words.indexOf(first);
    let verbAt = words.findIndex((w, i) => i > firstAt && (w.pos === 'VERB' || w.pos === 'AUX'));
    // "We haven't been introduced", "we haven't looked at that": what has not happened between us
    // or yet, not what the company is.
    if (
      words[verbAt]?.lemma === 'have' &&
      (words[verbAt]?.negated || /^(?:n't|not|never)$/u.test(words[verbAt + 1]?.lower ?? ''))
    )
      continue;
    // "We've been working closely with…": "have been" carries the tense of the -ing verb after it.
    const been = words[verbAt + 1];
    const progressive = words.slice(verbAt + 2).find((w) => w.pos !== 'ADV');
    if (
      words[verbAt]?.lemma === 'have' &&
      been?.lower === 'been' &&
      progressive?.pos === 'VERB' &&
      progressive.lower.endsWith('ing')
    )
      verbAt = words.indexOf(progressive);
    const next = words.slice(verbAt + 1).find((w) => w.pos !== 'ADV');
    if (
      words[verbAt]?.pos === 'AUX' &&
      next?.pos === 'VERB' &&
      looksPast(next) &&
      !/^(?:got|gotten)$/u.test(next.lower)
    )
      verbAt = words.indexOf(next);
    const verb = words[verbAt];
    if (!verb) {
      // "Our AI answers in 3 seconds": the model read the only verb as a noun.
      if (productActs(words, first) && !proofPoint(words)) return bodySpan(words, clause);
      continue;
    }
    // "Our inspector is on Maple St Friday 9-11am", "we're in your area on Tuesday": where we will
    // be and when, the logistics of a next step, not a description of us.
    // "We have 40 tonnes of grade A ready for shipment in June": goods on offer to this buyer, not
    // the size of our company.
    if (
      verb.lemma === 'have' &&
      words.some(
        (w, i) =>
          (w.lower === 'ready' && /^(?:for|to)$/u.test(words[i + 1]?.lower ?? '')) ||
          w.lower === 'available' ||
          (w.lower === 'in' && words[i + 1]?.lower === 'stock') ||
          // "…40 pallet positions open on Thursdays", "our dryer has room for 40,000 bushels":
          // capacity offered to this buyer ("we have 40 trucks in your area" is still our size).
          (w.lower === 'open' && OPEN_FOR.test(words[i + 1]?.lower ?? '')) ||
          (w.lower === 'room' && words[i + 1]?.lower === 'for'),
      )
    )
      continue;
    if (
      verb.lemma === 'be' &&
      words.some((w, i) => WEEKDAY_WORD.test(w.lower) || dayOrClock(words, i))
    )
      continue;
    // The clause's own verb decides: "we met at the expo" is contact, "we benchmarked 60 plants"
    // research. A later verb belongs to what we do for clients ("we help shops recover missed
    // calls", "we help teams see where margin leaks"), which is still a pitch.
    // Not a verb inside a noun phrase ("a contract auditing firm").
    const main = words.find(
      (w, i) =>
        i > firstAt && w.pos === 'VERB' && !/^(?:DET|ADJ|NOUN)$/u.test(words[i - 1]?.pos ?? ''),
    );
    if (main && CONTACT_VERBS.has(main.lemma)) continue;
    const forClients = main?.lemma === 'help';
    // Research is ours when it is what we did ("we benchmarked 60 plants", "we looked at 40 plants
    // and found…"): the clause's own verb, or one in the past. What our product does in the present
    // ("our AI learns from your alarms", "we use AI to analyze contracts") is a description of it.
    if (nominalResearch(words)) continue;
    if (
      !forClients &&
      !productActs(words, first) &&
      words.some(
        (w, i) =>
          w.pos === 'VERB' &&
          RESEARCH_VERBS.has(w.lemma) &&
          (w === main ||
            looksPast(w) ||
            // "we're auditing", "we've been studying"; not "a contract auditing firm"
            (w.lower.endsWith('ing') && !/^(?:DET|ADJ|NOUN)$/u.test(words[i - 1]?.pos ?? ''))),
      )
    )
      continue;
    // A result a client got, with its figure, is a proof point, not talk about us (the label rule).
    if (proofPoint(words)) continue;
    // "We built a model that helped a shipper cut empty miles by 14%": what we built is named only
    // to carry the client's result, the same proof point.
    const relative = words.findIndex((w) => /^(?:that|which)$/u.test(w.lower));
    if (relative !== -1 && proofPoint(words.slice(relative))) continue;
    // "…a system that's helped [Similar Firm] [result]": a template's result slot is read as given.
    if (relative !== -1 && helpedToASlot(words.slice(relative))) continue;
    // "We make the same parts with 11 days shipping instead of 40", "we have space six miles
    // closer at $1.10 less per foot": what we offer measured against what they have now is the
    // benefit for this contact, a one-clause proof point, not a description of us.
    if (measuredAgainstTheirs(words)) continue;
    // "We've been helping steel shippers cut freight cost by 8–12%": helping, with the figure of
    // what it got them, is a proof point, as "we help…" with a number is below.
    if (words.some((w) => w.lower === 'helping') && words.some((w) => isFigure(w) && !isSlot(w)))
      continue;
    // "We help food plants cut waste": what we do for a living, said in the present. Past tense or
    // a number makes it a proof point ("we helped three clinics cut no-shows by a fifth").
    // Our own price ("from £350") and the hours we keep ("24/7") are no result.
    const helpsForALiving =
      verb.lemma === 'help' &&
      /^helps?$/u.test(verb.lower) &&
      !words.some(
        (w, i) => (w.pos === 'NUM' || /^\D{0,2}\d/u.test(w.text)) && !notAResult(words, i),
      ) &&
      !outcomeInSentence(clauses, clause, outcomeSlot);
    // "I build websites for dentists": the rep as the company, in the present tense only ("I built
    // a model of your lanes" is work done for this prospect, and "I am"/"I have" say who is calling).
    // "We work with carriers to deploy agents": our clients, named as what we do. A figure makes it
    // experience that can be the insight; "I work with…" alone is the rep saying who they are.
    const worksWith =
      !rep &&
      verb.lemma === 'work' &&
      /^works?$/u.test(verb.lower) &&
      words[verbAt + 1]?.lower === 'with' &&
      !words.some((w) => w.pos === 'NUM' || /^\D{0,2}\d/u.test(w.text));
    if (worksWith) {
      // falls through to the check on "you" below
    } else if (rep) {
      // "I have experience performing at venues like yours": the rep's credentials.
      const credentials =
        verb.lemma === 'have' &&
        /^(?:experience|expertise)$/u.test(
          words.slice(verbAt + 1).find((w) => w.pos !== 'ADJ' && w.pos !== 'DET')?.lower ?? '',
        );
      // "I handle TR19 extraction cleaning for care homes" is a trade; "I handle the dealer
      // accounts" a role.
      const handlesATrade =
        verb.lemma === 'handle' &&
        !/^(?:the|your|our|my|all|a|an|this|that|these|those)$/u.test(
          words[verbAt + 1]?.lower ?? '',
        );
      const trade =
        ((REP_TRADE_VERBS.has(verb.lemma) || handlesATrade) && verb.lower === verb.lemma) ||
        runsAShop(words, verbAt);
      // "I have an AI system that answers those calls", "I've got a system that…": the rep's
      // product, had.
      const had = verb.lemma === 'have' || verb.lower === 'got' ? productHad(words, verbAt) : -1;
      if (had !== -1 && !ownPart(words, had).some(isYou)) return bodySpan(words, clause);
      // "I used to lead app work for Subway and built an AI phone agent": the second verb of the
      // rep's clause is theirs too.
      const and = words.findIndex(
        (w, i) => i > verbAt && w.lower === 'and' && words[i + 1]?.pos === 'VERB',
      );
      let made = madeProductAt(words, verbAt);
      if (made === -1 && and !== -1 && looksPast(words[and + 1]!))
        made = madeProductAt(words, and + 1);
      if (made !== -1) {
        // What it does, in a relative clause, may be done to them ("…that sits on your tables").
        if (ownPart(words, made).some(isYou)) continue;
        return bodySpan(words, clause);
      }
      // "I work with multi-site dental practices to help them fill cancellations": what we do
      // for a living, said through whom we do it for ("I work with dental practices" alone says
      // who the rep is).
      const worksWithToHelp =
        verb.lemma === 'work' &&
        words[verbAt + 1]?.lower === 'with' &&
        words.some((w, i) => w.lemma === 'help' && words[i - 1]?.lower === 'to') &&
        !words.some((w) => w.pos === 'NUM' || /^\D{0,2}\d/u.test(w.text));
      if (!credentials && !helpsForALiving && !trade && !worksWithToHelp) continue;
    } else if (usesOurAssets(words, first, verbAt)) {
      // "We leverage our strategic partnerships with top-tier carriers to deliver…": how we do
      // business, told through what we own.
      return bodySpan(words, clause);
    } else if (productActs(words, first)) {
      // "Our AI answers your phone 24/7": what the product does, even when it does it to them.
      return bodySpan(words, clause);
    } else if (
      !PITCH_VERBS.has(verb.lemma) &&
      !helpsForALiving &&
      !(VENDOR_TRADE_VERBS.has(verb.lemma) && presentTense(verb)) &&
      !(ourTradeInPresent(words, first, verbAt) && !outcomeInSentence(clauses, clause, outcomeSlot))
    )
      continue;
    // "our team", "we have" + what we are or own: status, size, history, product. A "you" in the
    // description itself makes it about them ("we have a report on your lanes").
    if (aboutThem(ownPart(words, verbAt))) continue;
    return bodySpan(words, clause);
  }
  return null;
}

/** A weekday as one word, written out or cut short ("Tue"). */
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`, 'u');

/** Words that open a sentence only to turn to the point: "Listen, …", "So, …". */
const TURNS = set('listen look so well okay ok anyway now');

/** Participles that open a company's history: "Founded in 1987, …", "Based in Ohio, …". */
const FOUNDED = set('founded established headquartered based incorporated started');

/** Where we sell, not who they are: "to businesses in your area" (not "our VP is in your area"). */
const YOUR_PLACE = set('area region city town neighbourhood neighborhood county state');

/**
 * A "you" in what we describe makes it about them ("we have a report on your lanes"), unless it
 * only says where we sell ("…to businesses in your area") or whom we serve ("firms like yours").
 */
function aboutThem(own: readonly Word[]): boolean {
  if (own.some((w) => w.lower === 'yours')) return false;
  return own.some(
    (w, i) =>
      isYou(w) &&
      !(
        w.lower === 'your' &&
        own[i - 1]?.lower === 'in' &&
        own[i - 2]?.pos === 'NOUN' &&
        YOUR_PLACE.has(own[i + 1]?.lower ?? '')
      ),
  );
}

/**
 * Our company, named as the subject, doing what it does in the present: "Northpass audits
 * licences, negotiates renewals and manages vendor exits", "Aquifer Metering Group delivers smart
 * metering to utilities". The name is the one the caller gave or signed with. What it found or
 * did, in the past, is research ("Northpass found…"), a client's result is a proof point, and
 * "Northpass clients saved…" has the clients as its subject.
 */
function companyDoes(words: readonly Word[], first: Word, company: Set<string>): boolean {
  if (!company.has(first.lower) || !/^\p{Lu}/u.test(first.text)) return false;
  let v = words.indexOf(first) + 1;
  while (words[v] && /^\p{Lu}/u.test(words[v]!.text) && words[v]!.pos !== 'PUNCT') v++;
  const verb = words[v];
  if (!verb || verb.negated || !/[^s]s$/u.test(verb.lower) || verb.lower === verb.lemma)
    return false;
  // The model may read the verb as a plural noun ("audits licences"); a noun then followed by a
  // verb is the subject's head instead ("Northpass clients saved…").
  const next = words[v + 1];
  if (verb.pos === 'NOUN' && (!next || next.pos === 'VERB' || next.pos === 'AUX')) return false;
  // "Northpass has been family-owned since 1962", "Northpass is the county's licence desk".
  const isOrHas = verb.pos === 'AUX' && (verb.lemma === 'be' || verb.lemma === 'have');
  if (verb.pos !== 'VERB' && verb.pos !== 'NOUN' && !isOrHas) return false;
  // In the present, even a verb of research is the service we sell ("Northpass audits licences").
  if (CONTACT_VERBS.has(verb.lemma) || proofPoint(words)) return false;
  const own = words.slice(v + 1);
  return !(own.some(isYou) && !own.some((w) => w.lower === 'yours'));
}

/** What a product does for its user: "Inkeep gives you…", "Mailmeteor lets you send…". */
const FOR_THE_USER = set('give let help show save');
/** What software does: "syncs resolved cases", "surfaces cited answers", "drafts KB updates". */
const SOFTWARE_ACTIONS = set('sync surface draft automate integrate plug streamline capture route');

/**
 * A product named as the subject of what it does for them, in the present: "Inkeep closes that
 * gap by syncing resolved cases into your knowledge base", "Mailmeteor lets you send hundreds of
 * emails". A peer's result is told in the past ("Brenner cut its freight 9%"), and a name the
 * prospect owns is "your …".
 */
function namedProductActs(words: readonly Word[], first: Word): boolean {
  const at = words.indexOf(first);
  if (first.pos !== 'PROPN' || !/^\p{Lu}/u.test(first.text) || words[at - 1]?.lower === 'your')
    return false;
  // A name of several words: "Restaurant-IQ Bot turns…".
  const namePart = (w: Word | undefined): boolean =>
    w !== undefined && w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text);
  let v = at + 1;
  while (v < at + 6 && (namePart(words[v]) || (words[v]?.text === '-' && namePart(words[v + 1]))))
    v++;
  const verb = words[v];
  if (!verb || verb.negated || (verb.pos !== 'VERB' && verb.pos !== 'NOUN')) return false;
  if (!/[^s]s$/u.test(verb.lower) || verb.lower === verb.lemma) return false;
  // "…gives you", "…lets you": done to them, as a product does for its user.
  if (FOR_THE_USER.has(verb.lemma) && words[v + 1]?.lower === 'you') return true;
  // "…turns your team's messages into a weekly report": what a product makes of their input.
  if (
    verb.lemma === 'turn' &&
    words.slice(v + 1).some((w) => w.lower === 'into') &&
    words.slice(v + 1).some(isYou)
  )
    return true;
  // "…closes that gap by syncing…", "…surfaces answers": what only software does; further on
  // in the clause, done to their things ("…reduces that time by pulling the facts from your
  // systems").
  const software = (w: Word): boolean =>
    (w.pos === 'VERB' || w === verb) && SOFTWARE_ACTIONS.has(w.lemma);
  return (
    words.slice(v, v + 7).some(software) ||
    (words.slice(v).some(isYou) &&
      words.slice(v).some((w) => software(w) || (w.pos === 'VERB' && w.lemma === 'pull')))
  );
}

/** What a product is called when its name is said to be one: "Hancock is an AI security agent". */
const NAMED_PRODUCT_NOUNS = new Set([
  ...PRODUCT_NOUNS,
  ...set('agent ai api marketplace directory suite extension app apps'),
]);
/** The word as written too: the model reads "app" as "application". */
const isProductNoun = (w: Word): boolean =>
  NAMED_PRODUCT_NOUNS.has(w.lemma) || NAMED_PRODUCT_NOUNS.has(w.lower);

/**
 * "Hancock is an AI security agent…", "OncoSafeRx is an AI-powered platform that provides…": a
 * name said to be a product. A name the prospect owns is "your …".
 */
function namedProductIs(words: readonly Word[], first: Word): boolean {
  const at = words.indexOf(first);
  if (first.pos !== 'PROPN' || !/^\p{Lu}/u.test(first.text) || words[at - 1]?.lower === 'your')
    return false;
  let v = at + 1;
  while (v < at + 4 && words[v]?.pos === 'PROPN') v++;
  if (words[v]?.lemma !== 'be' || !/^(?:is|'s)$/u.test(words[v]?.lower ?? '')) return false;
  if (!/^(?:a|an)$/u.test(words[v + 1]?.lower ?? '')) return false;
  // The head of the noun phrase: the last noun before it ends (at most six words on).
  let head: Word | undefined;
  for (let k = v + 2; k < Math.min(words.length, v + 8); k++) {
    const w = words[k];
    if (!w || !(w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN' || w.text === '-')) break;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') head = w;
  }
  return head !== undefined && isProductNoun(head);
}

/**
 * "Built a margin optimization tool that…", "Built an AI agent that does all three": a note's
 * sentence that starts on the making, with the rep left out. What was made for them ("Built a
 * model of your three depots") is work for this prospect.
 */
function builtOne(words: readonly Word[], first: Word): boolean {
  // Capitalised: the sentence starts on it (after a greeting at most).
  if (first.text !== 'Built') return false;
  const at = words.indexOf(first);
  if (!/^(?:a|an)$/u.test(words[at + 1]?.lower ?? '')) return false;
  const object = words
    .slice(at + 2)
    .find((w) => w.pos !== 'ADJ' && w.pos !== 'ADV' && w.pos !== 'NUM' && w.text !== '-');
  if (!object || MADE_FOR_THEM.has(object.lower)) return false;
  return (
    words.slice(at + 2, at + 9).some((w) => isProductNoun(w) || w.lower === 'thing') &&
    !words.slice(at).some(isYou)
  );
}

/** The clause's span, starting at its first body word (not in a subject line it runs on from). */
function bodySpan(words: readonly Word[], clause: Clause): Span {
  return spanOf({
    start: Math.max(clause.start, words[0]?.start ?? clause.start),
    end: clause.end,
  });
}

/**
 * `text` is the opener as written, offset for offset the text `parsed` was made from (slots are
 * masked there with letters of the same length), so a slot's own words can be read.
 */
export function readRoles(parsed: Parsed, from: number, to: number, text: string): LanguageRoles {
  const clauses = clausesOf(parsed, from, to);
  let ask: Span | null = null;
  let askConcrete = false;
  let askCandidate: Span | null = null;
  const asks = new Set<Clause>();
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    const words = clause.words;
    const { time, concrete } = isFutureTime(words);
    const meeting = words.some((w) => w.pos === 'NOUN' && MEETING_NOUNS.has(w.lemma));
    const letsMeet =
      words[0]?.lower === 'let' &&
      words[1]?.lower === "'s" &&
      MEETING_VERBS.has(words[2]?.lemma ?? '');
    const previous = clauses[index - 1];
    // "Let's sit down with them — Monday the 7th at 9, at your salon": the slot of a proposal,
    // set off by a dash, is part of that ask.
    const slotOfAsk =
      time &&
      previous !== undefined &&
      asks.has(previous) &&
      previous.sentence === clause.sentence &&
      opensWithSlot(words);
    // A proposal of the previous clause that only now gets its day: "Let's taste the wines I'd
    // put in their place — Monday at 3".
    const slotOfProposal =
      slotOfAsk ||
      (time &&
        previous !== undefined &&
        previous.sentence === clause.sentence &&
        opensWithSlot(words) &&
        proposalForm(previous));
    // "Thursday 7am before you open — I'll do the update on site": the slot first, then the step.
    const stepAfterSlot =
      previous !== undefined &&
      previous.sentence === clause.sentence &&
      opensWithSlot(previous.words) &&
      isFutureTime(previous.words).time &&
      statedStep(words);
    if (
      ((time || meeting || letsMeet) && proposalForm(clause)) ||
      (time && statedStep(words)) ||
      slotOfProposal ||
      stepAfterSlot
    ) {
      asks.add(clause);
      if (!ask) {
        ask = spanOf(clause);
        askConcrete = concrete || (stepAfterSlot && isFutureTime(previous.words).concrete);
      }
    } else if (!askCandidate && clause.question && words.some(isYou)) {
      askCandidate = spanOf(clause);
    }
  }
  const { identity, named } = readIdentity(clauses);
  const signature = readSignature(parsed, text, from, to);
  return {
    identity,
    selfNamed: named,
    reason: readReason(clauses),
    insight: readInsight(clauses, (c) => asks.has(c)),
    benefit: readBenefit(clauses),
    ask,
    askConcrete,
    askCandidate,
    timeNow: readTimeNow(clauses),
    minimiser: readMinimiser(clauses),
    selfPitch: readSelfPitch(
      clauses,
      new Set([...ownCompany(clauses, identity), ...signature.company]),
      (w) => (isSlot(w) ? slotParts(text.slice(w.start, w.end)).includes('benefit') : false),
      from,
    ),
    measuredResult: readMeasuredResult(clauses),
    signedName: signature.name,
    pretenses: readPretenses(clauses),
    weakOffers: readWeakOffers(clauses),
  };
}

/** "helped properties reduce…", "helped portfolio managers save…": a group got the result. */
function helpedGroup(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      w.lemma === 'help' &&
      looksPast(w) &&
      words
        .slice(i + 1, i + 4)
        .some((r) => r.pos === 'NOUN' && r.lemma !== r.lower && /s$/u.test(r.lower)),
  );
}

function readMeasuredResult(clauses: readonly Clause[]): Span | null {
  for (const clause of clauses) {
    if (clause.question) continue;
    for (const words of independentParts(clause.words))
      if (measuredOutcome(words) && (proofPoint(words) || helpedGroup(words)))
        return spanOf(clause);
  }
  return null;
}
