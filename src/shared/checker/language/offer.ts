import type { Span } from '../types';
import type { Word } from './parse';
import type { ClauseWords } from './pretense';

/**
 * Weak value read by what a clause offers, not by one wording: the meeting or message is only our
 * own activity. Two offers the label rule counts as weak whatever the words:
 *
 * - a check-in on something of ours: whether the prospect read, looked at or thought about what
 *   the rep sent ("just checking to see if you had a chance to look at those numbers I sent
 *   over", "have you had a chance to think about [product]?");
 * - telling the prospect about our thing: "my job is to inform you about the program", "any
 *   interest in learning about our service?".
 *
 * Talk of a partnership ("discuss a marketing partnership") is not read here: the quoted sets tag
 * it as a company pitch with no benefit, not as a weak offer.
 *
 * What is checked on, told or discussed must be ours (our, my, what I sent, a template slot for
 * the product): "have you had a chance to look at the new tariff?" asks about their world.
 */
export interface WeakOffers {
  checkIn: Span | null;
  aboutUs: Span | null;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u));

/** What the prospect might have done with what we sent. */
/**
 * What the prospect might have done with what we sent: read it, looked at it, thought about it.
 * Whether it arrived ("did you get the quote I sent?", "wondering if you got the samples") is left
 * alone: the quoted sets read it as a real mailing or as a phantom, rarely as the offer.
 */
const RECEIPT_VERBS = set('see read review look think consider open watch listen go');
const CHECK_VERBS = set('check see wonder curious know make');
const SENDING_VERBS = set('send mail leave share drop forward email attach');
/** Our things, when "the" or "this" points at them. */
const OUR_THINGS = set(
  'program programme offer offers service services product products solution solutions platform company firm agency plan plans package packages software tool app deal promotion',
);
const TELL_VERBS = set('inform educate tell update brief teach learn hear');

const spanOf = (c: { start: number; end: number }): Span => ({
  field: 'text',
  start: c.start,
  end: c.end,
});
const isSlot = (w: Word): boolean => /^Xx+$/u.test(w.text);
const content = (words: readonly Word[]): Word[] =>
  words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SPACE' && w.pos !== 'INTJ');

/** Ours: "my / our …", "the X I sent", a slot, "it" after "I sent it". */
function ours(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower === 'my' || w.lower === 'our') return true;
    if (isSlot(w)) return true;
    if ((w.lower === 'i' || w.lower === 'we') && SENDING_VERBS.has(words[i + 1]?.lemma ?? ''))
      return true;
    if (
      (w.lower === 'i' || w.lower === 'we') &&
      words[i + 1]?.lemma === 'have' &&
      SENDING_VERBS.has(words[i + 2]?.lemma ?? '')
    )
      return true;
  }
  return false;
}

/**
 * "Have you had a chance to look at…?", "did you review…?", "checking to see if you read…",
 * "wondering if you looked at…": what the prospect did with our thing is what the clause is about.
 */
function checkInClaim(words: readonly Word[], question: boolean): boolean {
  const you = words.findIndex((w) => w.lower === 'you');
  if (you === -1) return false;
  const before = words.slice(0, you);
  const asked =
    // "Have you had a chance…?", "did you get…?": a question about what already happened.
    // "Would you consider linking…?" asks for something new.
    (question &&
      you <= 2 &&
      (words[you - 1]?.lemma === 'have' || words[you - 1]?.lemma === 'do')) ||
    (before.some((w) => CHECK_VERBS.has(w.lemma)) &&
      before.some((w) => w.lower === 'if' || w.lower === 'whether'));
  if (!asked) return false;
  const after = words.slice(you + 1, you + 9);
  const receipt = after.findIndex(
    (w) => (w.pos === 'VERB' && RECEIPT_VERBS.has(w.lemma)) || w.lower === 'chance',
  );
  if (receipt === -1) return false;
  // "did you see how your peers cut returns?": their world, not ours.
  const object = words.slice(you + 1 + receipt + 1, you + 1 + receipt + 14);
  if (object.some((w) => w.lower === 'how' || w.lower === 'why')) return false;
  return ours(object);
}

/** Verbs that put our own work in front of the prospect: "show you what we're building". */
const SHOW_VERBS = set('show tell explain present walk demonstrate');
/** What we do, make or have, said as the thing shown: "what we're up to", "the options we have". */
const MODALS = set("would 'd could can will 'll might may should");
const OUR_DOING = set(
  'do doing build building make making offer offering sell selling up work working have carry provide',
);

/**
 * "Tell you what we're up to", "show you what we're building", "explain all the options we have":
 * the thing shown is what we do or have, by a relative clause with "we" or "I" as its subject.
 */
function showsOurWork(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'VERB' || !SHOW_VERBS.has(w.lemma)) continue;
    // Shown to the prospect: "tell you", "show you", "explain …" ("their CEO told me…" is not).
    const toProspect = words[i + 1]?.lower === 'you' || !(w.lemma === 'tell' || w.lemma === 'show');
    if (!toProspect) continue;
    const rest = words.slice(i + 1, i + 9);
    for (let j = 0; j < rest.length; j++) {
      const x = rest[j]!;
      if (x.lower !== 'we' && x.lower !== 'i') continue;
      // "…what we found in your invoices": a finding, not our work.
      const verb = rest.slice(j + 1, j + 3).find((y) => y.pos !== 'AUX' || y.lower === 'have');
      if (!verb || !OUR_DOING.has(verb.lower)) continue;
      // "the three changes we'd make": what we would do for them is a proposal, not our product.
      if (rest.slice(j + 1, rest.indexOf(verb)).some((y) => MODALS.has(y.lower))) continue;
      // "how we cut your spend": the result of our work for them is not our work itself.
      if (rest.slice(0, j).some((y) => y.lower === 'how' || y.lower === 'your')) continue;
      const head = rest.slice(0, j);
      if (head.some((y) => y.lower === 'what' || y.pos === 'NOUN')) return true;
    }
  }
  return false;
}

/** "Inform you about the program", "interest in learning about …", "tell you about our service". */
function aboutUsClaim(words: readonly Word[]): boolean {
  if (showsOurWork(words)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // wink reads "hearing" / "learning" after "in" as a noun at times.
    const gerund = w.lower === 'hearing' || w.lower === 'learning';
    if (!gerund && (w.pos !== 'VERB' || !TELL_VERBS.has(w.lemma))) continue;
    const learner =
      gerund || w.lemma === 'learn' || w.lemma === 'hear'
        ? words
            .slice(Math.max(0, i - 5), i)
            .some((x) => x.lower === 'you' || x.lower === 'interest' || x.lower === 'interested')
        : words[i + 1]?.lower === 'you';
    if (!learner) continue;
    const rest = words.slice(i + 1, i + 7);
    const about = rest.findIndex((x) => x.lower === 'about' || x.lower === 'on');
    if (about === -1) continue;
    const object = rest.slice(about + 1, about + 4);
    // "learning about . . ." with nothing after it: the thing left unsaid is ours.
    if (object.length === 0 && (gerund || w.lemma === 'learn' || w.lemma === 'hear')) return true;
    if (object.some((x) => x.lower === 'how' || x.lower === 'your' || x.lower === 'why')) continue;
    if (object.some((x) => x.lower === 'our' || x.lower === 'my' || x.lower === 'us' || isSlot(x)))
      return true;
    const determiner = object[0]?.lower;
    if (
      (determiner === 'the' || determiner === 'this' || determiner === 'these') &&
      object.slice(1).some((x) => OUR_THINGS.has(x.lemma) || OUR_THINGS.has(x.lower))
    )
      return true;
  }
  return false;
}

export function readWeakOffers(clauses: readonly ClauseWords[]): WeakOffers {
  const found: WeakOffers = { checkIn: null, aboutUs: null };
  for (const clause of clauses) {
    const words = content(clause.words);
    if (words.length === 0) continue;
    if (!found.checkIn && checkInClaim(words, clause.question)) found.checkIn = spanOf(clause);
    if (!found.aboutUs && aboutUsClaim(words)) found.aboutUs = spanOf(clause);
  }
  return found;
}
