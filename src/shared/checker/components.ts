import type { Analysis } from './analysis';
import { sentenceAt } from './analysis';
import {
  fastWordStarts,
  NOT_AFTER_WORD,
  NOT_BEFORE_WORD,
  periodPriceAt,
  WEEKDAY,
} from './patterns';
import type { PhraseMatch } from './rule-types';
import type { LanguageRoles } from './language/roles';
import { checksOnContactOnly, readOpener } from './reader';
import { slotParts, type SlotPart } from './slots';
import { HAS_FIGURE, SENTENCE_REACH } from './rules/helpers';
import type { Components, Finding, Span } from './types';

/**
 * Turns the scan's cues into the One-Up checklist: identity (name + company), reason, insight,
 * benefit, ask. Context makes identity and insight reliable; without it, wording cues decide.
 */
export function detectComponents(
  a: Analysis,
  findings: readonly Finding[],
  language: LanguageRoles,
): void {
  const reading = readOpener(a, language);
  a.reading = reading;
  const identity = detectIdentity(a) ?? reading.identity;
  const insight =
    detectInsight(a, findings) ?? clean(a, reading.insight, findings) ?? slotFor(a, 'insight');
  // The insight carries the benefit when nothing else does (OPENER-LABELS: "a specific outcome,
  // number, trend or insight relevant to the contact" is a benefit).
  const benefitCue = detectBenefit(a, findings);
  const readBenefit = clean(a, reading.benefit, findings, SELLER_OR_HEDGE);
  const benefit = benefitCue
    ? textSpan(benefitCue)
    : ((readBenefit && !boilerplate(a, readBenefit) ? readBenefit : null) ??
      insight ??
      measuredResult(a, language) ??
      slotFor(a, 'benefit'));
  let ask = withoutTimeNow(a, detectAsk(a, insight), findings);
  if (
    (!ask || a.asks.onlyVague) &&
    reading.ask &&
    !isSmallTalk(a, reading.ask) &&
    !asksForTimeNow(a, reading.ask, findings)
  ) {
    ask = reading.ask;
    const at = sentenceAt(a, reading.ask.start);
    a.asks = {
      requestSentences: [at],
      distinctAsks: 1,
      concrete: reading.askConcrete || nearTime(a, at),
      onlyVague: false,
    };
  }
  // "Please call me at 414-555-0187": a way back with its number is a concrete next step, and
  // it is the ask even where a vague one ("you might be interested") came before it.
  if ((!ask || a.asks.onlyVague) && a.mode !== 'voicemail') {
    const found = callbackSentence(a);
    const callback = found !== -1 ? found : callToActionSentence(a);
    if (callback !== -1) {
      const sentence = a.sentences[callback];
      if (sentence) {
        ask = { field: 'text', start: sentence.start, end: sentence.end };
        a.asks = {
          requestSentences: [callback],
          distinctAsks: 1,
          concrete: true,
          onlyVague: false,
        };
      }
    }
  }
  // An ask whose every sentence is vague ("could we talk sometime?", "let me know if you're
  // interested") is no clear ask by the label rule; the vague_ask finding says what is wrong.
  if (ask && !a.asks.onlyVague && onlyVagueAsks(a, ask, findings))
    a.asks = { ...a.asks, onlyVague: true };
  // "I'm calling to see if you're available" names the call, not a reason for it.
  const reasonCue = a.cues.reason.find(
    (cue) => !checksOnContactOnly(a.scan.slice(cue.start, sentenceSpan(a, cue.start).end)),
  );
  // An insight about the prospect's world is why the rep calls, said in its own words: the label
  // rule's no_reason is an opener that never says why the person is contacted.
  // So is a pitch: "we help companies like yours…", "just wanted to introduce ourselves" say why
  // we call, however weak the reason; the self-focus and weak-value findings judge it. A weak
  // form of the ask ("a quick call", "a demo") is no purpose, nor is a seller's set piece ("best
  // prices in town"), which could open any call to anyone.
  const pitch = findings.find(
    (f) =>
      ((f.category === 'self_focus' && f.ruleId !== 'self_focus.seller_set_piece') ||
        WEAK_PURPOSE.test(f.ruleId)) &&
      f.field === 'text',
  );
  const reason = reasonCue
    ? textSpan(reasonCue)
    : (reading.reason ??
      insight ??
      slotFor(a, 'reason') ??
      (pitch ? { field: 'text' as const, start: pitch.start, end: pitch.end } : null));
  a.components = {
    identity: identity ? { present: true, span: identity } : { present: false },
    reason: reason ? { present: true, span: reason } : { present: false },
    insight: insight ? { present: true, span: insight } : { present: false },
    benefit: benefit ? { present: true, span: benefit } : { present: false },
    ask: ask && !a.asks.onlyVague ? { present: true, span: ask } : { present: false },
  } satisfies Components;
}

/**
 * A result clients got, measured, is a specific outcome (the label rule's benefit) even in a clause
 * that names our product; the self-focus finding still says the sentence is about us.
 */
function measuredResult(a: Analysis, language: LanguageRoles): Span | null {
  const found = language.measuredResult;
  return found && !boilerplate(a, found) ? found : null;
}

/**
 * A sentence the permission rules flagged ("Do you have a moment to chat?", "Could I get 5 minutes
 * of your time?", "Worth 2 minutes?") asks for time now, not for a meeting: the label rule tags it
 * asks_permission_or_time and still counts the opener as having no meeting ask.
 */
function asksForTimeNow(
  a: Analysis,
  span: { start: number },
  findings: readonly Finding[],
): boolean {
  const at = sentenceAt(a, span.start);
  const sentence = a.sentences[at];
  return findings.some(
    (f) =>
      f.category === 'permission' &&
      f.field === 'text' &&
      sentenceAt(a, f.start) === at &&
      // "…right now, or should we do Tuesday at 3?": the later slot offered as the other choice
      // is a meeting asked for, beside the time asked for now.
      !(sentence && LATER_CHOICE.test(a.scan.slice(f.end, sentence.end))),
  );
}

const LATER_CHOICE = fastWordStarts(
  new RegExp(
    String.raw`\bor\s+(?:should|shall|can|could|would)\s+(?:we|i)\b.*\b(?:${WEEKDAY}|tomorrow|next week|at \d{1,2}|\d{1,2}(?::\d\d)?\s?(?:am|pm))\b`,
    'iu',
  ),
);

/** The ask without its time-now sentences; none left is no ask. */
function withoutTimeNow(a: Analysis, ask: Span | null, findings: readonly Finding[]): Span | null {
  if (!ask || a.asks.onlyVague || !asksForTimeNow(a, ask, findings)) return ask;
  const kept = a.asks.requestSentences.filter((index) => {
    const sentence = a.sentences[index];
    return sentence !== undefined && !asksForTimeNow(a, sentence, findings);
  });
  const first = kept[0] === undefined ? undefined : a.sentences[kept[0]];
  if (!first) {
    a.asks = { requestSentences: [], distinctAsks: 0, concrete: false, onlyVague: false };
    return null;
  }
  a.asks = { ...a.asks, requestSentences: kept };
  return { field: 'text', start: first.start, end: first.end };
}

/**
 * A template slot in the body named for the part ("[specific result]", "{{trigger_or_reason}}"):
 * the label rule reads a slot as filled in (see slots.ts).
 */
function slotFor(a: Analysis, part: SlotPart['part']): Span | null {
  const slot = a.placeholders.find(
    (p) =>
      p.field === 'text' &&
      p.start >= a.bodyStart &&
      p.end <= a.bodyEnd &&
      slotParts(p.slot).includes(part),
  );
  return slot ? { field: 'text', start: slot.start, end: slot.end } : null;
}

/** Weak-value findings that state a purpose (to introduce us, touch base, explore fit…). */
const WEAK_PURPOSE = /^weak_value\.(?:touch_base|pick_brain|introduce|explore_fit|about_us)$/u;

/**
 * A request to call back on a number ("Please call 559-297-4640", "can you give me a call on 021
 * 555 0193?"), unless it is left to them ("if you have any needs", "at your earliest convenience").
 */
const CALLBACK = fastWordStarts(
  /\b(?:call|ring|phone|text|reach)(?: me| us)?(?: back)?\b[^.?!]{0,40}?\+?\(?\d[\d\s().-]{6,}\d/iu,
);
/**
 * The same request with a template slot for the number ("Call me back at [your number]"): the
 * label rule reads a slot as filled in.
 */
const CALLBACK_AT =
  /\b(?:call|ring|phone|text|reach)(?: me| us)?(?: back)?\b[^.?!]{0,20}?\b(?:at|on) /giu;
/**
 * "Please call me back.", "Give me a call back.": a call-back told, not offered, with the number
 * given elsewhere in the message.
 */
const CALL_ME_BACK =
  /^\W*(?:so |so, |and |then )?(?:please )?(?:(?:call|ring|phone) (?:me|us) back|give (?:me|us) a (?:call|ring)(?: back)?)\b/iu;
/** Left to them: "if you have any needs", "if that's of interest", "at your earliest convenience". */
const LEFT_TO_THEM = fastWordStarts(
  /\bif (?:you|that|this|it|so)\b|\bearliest convenience\b|\bwhenever\b|\bwhen you (?:get|have) a (?:chance|minute|moment)\b/iu,
);

/**
 * A call to action told as a step, not offered as a meeting: "Claim your free listing:
 * dhabaroute.com/…", "[Schedule the assessment → firstpassedi.com]", "Book a slot here: …". The
 * label rule counts a concrete next step as the ask. ("Interested? Reply YES" is left out: the
 * sets read it as an interest check, which the rule says is no ask.)
 */
const CALL_TO_ACTION =
  /^[\W\p{Extended_Pictographic}]*(?:please |just |simply )?(?:claim|book|schedule|reserve|register for|sign up for) (?:your|a|an|the|my|one)\b/iu;

function callToActionSentence(a: Analysis): number {
  return a.sentences.findIndex((sentence) => {
    const text = a.scan.slice(sentence.start, sentence.end);
    return CALL_TO_ACTION.test(text) && !LEFT_TO_THEM.test(text);
  });
}

function callbackSentence(a: Analysis): number {
  return a.sentences.findIndex((sentence) => {
    const text = a.scan.slice(sentence.start, sentence.end);
    if (LEFT_TO_THEM.test(text)) return false;
    return (
      CALLBACK.test(text) || CALL_ME_BACK.test(text) || numberSlotAfterCall(a, sentence.start, text)
    );
  });
}

/** "call me back at " followed by a template slot. */
function numberSlotAfterCall(a: Analysis, offset: number, text: string): boolean {
  for (const match of text.matchAll(CALLBACK_AT)) {
    const at = offset + match.index + match[0].length;
    if (a.placeholders.some((slot) => slot.field === 'text' && slot.start === at)) return true;
  }
  return false;
}

/** A day, clock time or length in the sentence before or after this one: the ask's details. */
function nearTime(a: Analysis, index: number): boolean {
  return [...a.cues.when, ...a.cues.length].some((cue) => {
    const at = sentenceAt(a, cue.start);
    return at === index - 1 || at === index + 1;
  });
}

/**
 * Every sentence that asks carries a vague-ask wording ("sometime", "whenever works", "let me
 * know", "a few minutes") and names no day or clock time: nothing concrete to say yes to.
 */
function onlyVagueAsks(a: Analysis, ask: Span, findings: readonly Finding[]): boolean {
  const vague = findings.filter(
    (f) => f.category === 'vague_ask' && f.field === 'text' && f.ruleId !== 'vague_ask.no_time',
  );
  if (vague.length === 0) return false;
  // A day or a clock time in the sentence makes it a proposal after all ("20 minutes on your
  // calendar Thursday").
  const dated = new Set(a.cues.when.map((cue) => sentenceAt(a, cue.start)));
  const vagueSentences = new Set(
    vague.map((f) => sentenceAt(a, f.start)).filter((index) => !dated.has(index)),
  );
  const asking = a.asks.requestSentences.length
    ? a.asks.requestSentences
    : [sentenceAt(a, ask.start)];
  return asking.every((i) => vagueSentences.has(i));
}

/**
 * Words that name the kind of product we sell ("an AI-powered prospecting system", "an all-in-one
 * platform"): no jargon finding of their own (the labelled sets tag them as jargon less than half
 * the time), but a clause built on them describes our product, not the prospect's world.
 */
const PRODUCT_KIND = /(?<![\p{L}])(?:ai(?:-| )powered|all(?:-| )in(?:-| )one)(?![\p{L}])/iu;

/** A clause the reader took for an insight or benefit, unless it is really talk about us. */
function clean(
  a: Analysis,
  found: Span | null,
  findings: readonly Finding[],
  taints: (finding: Finding) => boolean = NO_VALUE_HERE,
): Span | null {
  if (!found) return null;
  if (found.field === 'text' && PRODUCT_KIND.test(a.scan.slice(found.start, found.end)))
    return null;
  for (const finding of findings)
    if (
      (taints(finding) || finding.category === 'jargon') &&
      finding.field === 'text' &&
      finding.start < found.end &&
      found.start < finding.end
    )
      return null;
  return found;
}

function textSpan(match: PhraseMatch): Span {
  return { field: 'text', start: match.start, end: match.end };
}

function sentenceSpan(a: Analysis, offset: number): Span {
  const sentence = a.sentences[sentenceAt(a, offset)];
  return sentence
    ? { field: 'text', start: sentence.start, end: sentence.end }
    : { field: 'text', start: offset, end: offset };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive search inside the body. */
function findWords(a: Analysis, phrase: string, from = a.bodyStart): PhraseMatch | null {
  const words = phrase.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  if (!words) return null;
  const regex = new RegExp(`${NOT_AFTER_WORD}${words}${NOT_BEFORE_WORD}`, 'giu');
  regex.lastIndex = from;
  const match = regex.exec(a.scan);
  if (!match || match.index >= a.bodyEnd) return null;
  return { start: match.index, end: match.index + match[0].length };
}

// A name is a capitalised word, or a word in a script without case (Hebrew, Arabic, CJK…);
// masked placeholders read as "Xxxxx". Bidi marks may sit around right-to-left names.
const NAME = "[\\u200e\\u200f]?[\\p{Lu}\\p{Lt}\\p{Lo}][\\p{L}\\p{M}'’\\-\\u200e\\u200f]*";
// A telephone number ("at 123-456-7890") places the caller at a phone, not at a company.
const ORG =
  "(?![\\d(+][\\d\\s().+-]{5,}\\d(?![\\p{L}]))[\\u200e\\u200f]?[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}][\\p{L}\\p{M}\\p{N}&'’\\-\\u200e\\u200f]*(?:\\.[\\p{L}\\p{N}]+)*";
const ORG_WORDS = `${ORG}(?:[ \\t]+(?:&[ \\t]+)?${ORG}){0,3}`;
const NOT_A_NAME =
  "(?!(?:I['’]m|I am|I|We|We're|They|He|She|You|The|A|An|About|Not|Why|What|Because|Calling|Just|Your|Our|My|This|That|It|Here|So|Sorry|Following|Reaching|Writing|Checking|Hoping|Glad|Happy|Excited|Sure|Ready|Curious|Wondering|Only|Also|Hi|Hello|Hey|Dear|Good)\\b)";
const LEAD =
  "(?:[Tt]his is|[Mm]y name is|[Mm]y name['’]s|I['’]m|I am|[Ii]t['’]s|[Hh]ere['’]s|[Hh]i,? it['’]s|[Hh]ey,? it['’]s)";
const LINK =
  "(?:with|from|at|over at|calling from|here from|here at|here with|of|(?:and )?I represent|and I(?:['’]m| am| work| run [\\p{L} ]{1,30}?) (?:with|at|for|from)|,? ?(?:a|an|the|your|one of the) [\\p{L}\\p{M} \\-]{1,40}? (?:at|with|from|for))";
const IDENTITY_PATTERNS = [
  new RegExp(
    `${LEAD}[ \\t]+${NOT_A_NAME}${NAME}(?:[ \\t]+${NAME}){0,2},?[ \\t]+${LINK}[ \\t]+${ORG_WORDS}`,
    'gu',
  ),
  // "Dana from Tidewater." / "Dana Reyes with Tidewater here" at the start of a sentence or after
  // a greeting comma; the company must end the clause so "Shipments from China are up" is not read
  // as a name, and must not open with a digit, so "Tuesday at 2:00" is no name at a company.
  new RegExp(
    `(?<=^|[.!?\\n,—–:]\\s*)${NOT_A_NAME}${NAME}(?:[ \\t]+${NAME})?,?[ \\t]+(?:here[ \\t]+|calling[ \\t]+)?(?:from|with|at|over at)[ \\t]+(?!\\d)${ORG_WORDS}(?=[ \\t]*(?:[.,!;:—–\\-]|here|$))`,
    'gu',
  ),
  // "Omar Farouk here, Sunbridge Solar.": a full name, "here", and the company as an apposition.
  new RegExp(
    `(?<=^|[.!?\\n,—–:]\\s*)${NOT_A_NAME}${NAME}[ \\t]+${NAME}[ \\t]+here,[ \\t]+${ORG_WORDS}(?=[ \\t]*(?:[.!;:—–]|$))`,
    'gu',
  ),
];

/** How far into the body identity is looked for without context: it belongs at the start. */
const IDENTITY_WINDOW = 600;
/** And in an email, in the signature. */
const SIGNATURE_WINDOW = 300;

function detectIdentity(a: Analysis): Span | null {
  const { repName, repCompany } = a.context;
  if (repName && repCompany) {
    const firstName = repName.trim().split(/\s+/u)[0] ?? '';
    const name = findWords(a, firstName);
    const company = findWords(a, repCompany) ?? findWords(a, significantWord(repCompany));
    if (name && company) {
      return {
        field: 'text',
        start: Math.min(name.start, company.start),
        end: Math.max(name.end, company.end),
      };
    }
  }
  const windows: [number, number][] = [
    [a.bodyStart, Math.min(a.bodyEnd, a.bodyStart + IDENTITY_WINDOW)],
  ];
  if (a.mode === 'email')
    windows.push([Math.max(a.bodyStart, a.bodyEnd - SIGNATURE_WINDOW), a.bodyEnd]);
  for (const [from, to] of windows) {
    const slice = a.scan.slice(from, to);
    for (const pattern of IDENTITY_PATTERNS) {
      pattern.lastIndex = 0;
      const match = pattern.exec(slice);
      if (match)
        return {
          field: 'text',
          start: from + match.index,
          end: from + match.index + match[0].length,
        };
    }
  }
  if (a.mode === 'email') {
    SENDER_ADDRESS.lastIndex = 0;
    const address = SENDER_ADDRESS.exec(a.scan.slice(a.bodyStart, a.bodyEnd));
    if (address)
      return {
        field: 'text',
        start: a.bodyStart + address.index,
        end: a.bodyStart + address.index + address[0].length,
      };
  }
  return null;
}

/**
 * "Email me at sam@feedstack.io": in an email, an address made of a person's name at a company's
 * domain says who writes and for whom, as a signature would. A role ("sales@", "info@") names
 * nobody, and a free-mail domain names no company.
 */
const SENDER_ADDRESS =
  /(?<![\p{L}\d._%+-])(?!(?:info|sales|contact|hello|hi|support|admin|team|office|enquiries|inquiries|marketing|noreply|no-reply|help|billing|accounts|careers|jobs|press|partners|partnerships|mail|email)@)[a-z]{2,}(?:[._-][a-z]{2,})?@(?!(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|me|aol|proton|protonmail|live|msn|mail|gmx|yandex|qq|163|example)\.)[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\p{L}\d])/giu;

const STOP_WORDS = new Set(
  'the and for with from that this your their about into over than what when where which while have has are was were will would could should most more some many much most inc llc ltd corp group company'.split(
    ' ',
  ),
);

function significantWord(name: string): string {
  return name.split(/\s+/u).find((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase())) ?? name;
}

/** Insight: the plan's linked insights when known, otherwise evidence-shaped wording. */
function detectInsight(a: Analysis, findings: readonly Finding[]): Span | null {
  for (const insight of a.context.insights ?? []) {
    const keywords = contentWords(`${insight.headline}`);
    if (keywords.length === 0) continue;
    let found: PhraseMatch | null = null;
    let hits = 0;
    for (const keyword of keywords) {
      const match = findWords(a, keyword);
      if (match) {
        hits++;
        found ??= match;
      }
    }
    const needed = Math.min(2, keywords.length);
    if (found && hits >= needed && hits * 2 >= Math.min(keywords.length, 4)) {
      return sentenceSpan(a, found.start);
    }
  }
  // "Our company has grown 40% this year" has a number, but it is about the seller; "I looked at
  // your website" is about the prospect alone, which they know already.
  const cue = untainted(
    a,
    a.cues.insight.filter(
      (c) => !LOOKED_AT_THEM.test(clauseAround(a, c).replace(/’/gu, "'")) && !ourPeriodPrice(a, c),
    ),
    findings,
  );
  return cue ? sentenceSpan(a, cue.start) : null;
}

/** A sum cue that is our subscription price ("$20 a month."), read in its sentence. */
function ourPeriodPrice(a: Analysis, cue: PhraseMatch): boolean {
  // The sum's currency sign may end the sentence before it ("…work. $20 a month.").
  const at = cue.start - 1;
  if (at < 0 || !/[$€£]/u.test(a.scan.charAt(at))) return false;
  const sentence = a.sentences[sentenceAt(a, cue.start)];
  return (
    sentence !== undefined && periodPriceAt(a.scan, at, a.scan.slice(sentence.start, sentence.end))
  );
}

function contentWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}%$.'’-]*/gu) ?? [];
  const unique = new Set<string>();
  for (const word of words) {
    const clean = word.replace(/[.'’-]+$/u, '');
    if ((clean.length >= 4 || /\d/u.test(clean)) && !STOP_WORDS.has(clean.toLowerCase()))
      unique.add(clean);
  }
  return [...unique];
}

/**
 * A question that asks for nothing the prospect can say yes to: how they are ("how's your week
 * going?", "what are you up to?"), or for someone else ("can I speak to Mr Ortiz?", "are you the
 * person who handles payroll?").
 */
const NOT_AN_ASK = fastWordStarts(
  /\bhow(?: are|['’]s| is| was)(?: you| your (?:day|week|morning|afternoon|evening)| things| it| everything| life)(?: (?:doing|going|today|shaping up|treating you|looking|been|so far|this (?:morning|afternoon|evening|week)))*\s*(?:[?!.,…]|$)|\bwhat are you up to\b|\b(?:can|could|may) i (?:speak|talk) (?:to|with) (?!you\b)|\bis this (?:the )?(?:person|right)|\bare you the (?:person|right|one|decision|owner)/iu,
);

function isSmallTalk(a: Analysis, ask: Span): boolean {
  const text = a.scan.slice(ask.start, ask.end);
  if (isDiscovery(text)) return true;
  return (
    NOT_AN_ASK.test(text) &&
    ![...a.cues.when, ...a.cues.length].some((cue) => cue.start >= ask.start && cue.end <= ask.end)
  );
}

/**
 * A discovery question ("How are you handling that today?", "What are you paying per kWh right
 * now?") asks about them, not for a meeting: the label rule's no_meeting_ask names it. A later day,
 * clock time or length in it makes it a proposal after all ("What do you think of Thursday at 10?").
 */
const DISCOVERY = fastWordStarts(
  /^\W*(?:(?:and|so|but|ok|okay),? )?(?:(?:i['’]m |just |i am )?(?:curious|wondering),? )?(?:how|what|who|where|why|which)(?:['’]s| is| are| do| does| did| have| has)? (?:you|your)\b/iu,
);
const LATER_SLOT = fastWordStarts(
  new RegExp(
    String.raw`\b(?:${WEEKDAY}|(?:mon|tues|wednes|thurs|fri|satur|sun)days|tomorrow|next (?:week|month)|\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{1,2}|\d+[\s-]?min(?:ute)?s?)\b`,
    'iu',
  ),
);

/**
 * The same asked yes-or-no about their world ("Quick question: are your agents still keying
 * listings by hand?", "Did you see the article…?"), unless it proposes something:
 * a meeting, whether they are free or open, what they want.
 */
const YES_NO_DISCOVERY =
  /^\W*(?:and |so |but |ok |okay |quick question: |quick question |one question: )?(?:are|is|do|does|did|have|has|were|was) (?:you|your)\b/iu;
const PROPOSES =
  /\b(?:open|free|available|interested|up for|around|want|like|need|mind)\b|\b(?:meet|meeting|call|chat|briefing|coffee|lunch|session|demo|visit|conversation|walkthrough|workshop|appointment|slot|time|minutes?|moment|sec(?:ond)?s?)\b/iu;

/**
 * How they handle something now ("How are you handling Saturday afternoon staffing right now?"):
 * a day in it is the topic, not a proposal, unless a clock time or a length comes with it.
 */
const HOW_YOU_HANDLE = fastWordStarts(
  /^\W*(?:(?:and|so|but),? )?(?:how|what) (?:are|is) (?:you|your \p{L}+)(?: (?:currently|now|today|already))? (?:handling|managing|dealing with|doing about|approaching|tackling|planning|covering|solving|tracking|measuring|paying)\b/iu,
);
const CLOCK_OR_LENGTH =
  /\b(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{1,2}|\d+[\s-]?min(?:ute)?s?)\b/iu;

/**
 * A rhetorical question sets up a claim and asks for nothing: "What if I told you I could get you
 * 20% more calls starting this week…?", "Did you know…?", "Ever wondered why…?".
 */
const RHETORICAL = fastWordStarts(
  /^\W*(?:(?:so|and|but|now|ok|okay),? )?(?:what if i (?:told|showed|said)|did you know|have you ever (?:wondered|thought about|asked yourself)|ever (?:wonder|wondered)|imagine (?:if|what|how)|wouldn['’]t it be (?:great|nice))\b/iu,
);

function isDiscovery(text: string): boolean {
  if (RHETORICAL.test(text)) return true;
  if (HOW_YOU_HANDLE.test(text) && !CLOCK_OR_LENGTH.test(text)) return true;
  if (LATER_SLOT.test(text)) return false;
  return DISCOVERY.test(text) || (YES_NO_DISCOVERY.test(text) && !PROPOSES.test(text));
}

/** What a stated wish must name to be a request for a meeting or a next step. */
const MEETING_NOUN = fastWordStarts(
  /\b(?:meet|meeting|call|chat|briefing|coffee|lunch|breakfast|session|demo|visit|conversation|discussion|walkthrough|walk-through|workshop|review|readout|tour|appointment|slot|time)\b/iu,
);

const MEETING_WORDS = fastWordStarts(
  /\b(?:meet|meeting|briefing|call|chat|demo|session|calendar|minutes?|walk(?:through)?|review|time)\b/iu,
);

/**
 * Ask: a meeting request, else vague wording that still asks for something, else a question that
 * names a time ("Thursday at 10 for 20 minutes?").
 */
/** Someone who could meet: "I come to the restaurant Tuesday at 4", "let's take 15 minutes". */
const PARTIES = /\b(?:i|i['’]ll|i['’]m|we|we['’]ll|you|let['’]s|us|me)\b/iu;

function detectAsk(a: Analysis, insight: Span | null): Span | null {
  const requestSentences: number[] = [];
  for (const cue of a.cues.request) {
    const index = sentenceAt(a, cue.start);
    if (index !== -1 && requestSentences[requestSentences.length - 1] !== index)
      requestSentences.push(index);
  }
  const lengthSentences = new Set<number>();
  for (const cue of a.cues.length) lengthSentences.add(sentenceAt(a, cue.start));
  const whenSentences = new Set<number>();
  for (const cue of a.cues.when) whenSentences.add(sentenceAt(a, cue.start));
  const timeSentences = new Set([...lengthSentences, ...whenSentences]);
  // "I'm calling to ask for 20 minutes on Friday at 2": a length and a day together are a
  // proposal even without a request verb, and so is a question that names a time.
  for (const index of timeSentences) {
    if (index === -1 || requestSentences.includes(index)) continue;
    const sentence = a.sentences[index];
    // "Dealers who moved to online check-in cut Saturday waits from 70 minutes to 25": a finding
    // with its own day and length, with nobody in it who could meet, is not a proposal.
    const finding =
      sentence !== undefined &&
      !sentence.question &&
      insight !== null &&
      insight.start < sentence.end &&
      sentence.start < insight.end &&
      !PARTIES.test(a.scan.slice(sentence.start, sentence.end));
    if (finding) continue;
    const both = lengthSentences.has(index) && whenSentences.has(index);
    if (both || a.sentences[index]?.question) requestSentences.push(index);
  }
  requestSentences.sort((x, y) => x - y);
  // Small talk and asking for a person are questions, not asks, unless they name a time.
  const asking = requestSentences.filter((index) => {
    const sentence = a.sentences[index];
    if (!sentence) return true;
    const text = a.scan.slice(sentence.start, sentence.end);
    if (isDiscovery(text)) return false;
    // "I'd like to talk to you about your messenger needs", "I want to share an opportunity with
    // you": a wish stated, with no meeting and no day near it, asks for nothing to say yes to.
    const dated = timeSentences.has(index) || timeSentences.has(index + 1);
    if (!sentence.question && !dated && !MEETING_NOUN.test(text)) return false;
    return timeSentences.has(index) || !NOT_AN_ASK.test(text);
  });
  requestSentences.length = 0;
  requestSentences.push(...asking);
  // Several sentences proposing the meeting ("I'd like to book a briefing. Would Friday at 2
  // work?") are one ask; every request for something else is another.
  let distinctAsks = 0;
  let meetingCounted = false;
  for (const index of requestSentences) {
    const sentence = a.sentences[index];
    const aboutMeeting =
      timeSentences.has(index) ||
      (sentence !== undefined && MEETING_WORDS.test(a.scan.slice(sentence.start, sentence.end)));
    if (!aboutMeeting) distinctAsks++;
    else if (!meetingCounted) {
      meetingCounted = true;
      distinctAsks++;
    }
  }
  const first = requestSentences[0];
  if (first !== undefined) {
    a.asks = {
      requestSentences,
      distinctAsks,
      // The details of a concrete next step may sit in the sentence before the ask ("Breakfast is
      // at 7:30 on the 12th. Can I put you down?") or after it ("Would that help? Thursday at 10.").
      concrete: requestSentences.some(
        (i) => timeSentences.has(i) || timeSentences.has(i + 1) || timeSentences.has(i - 1),
      ),
      onlyVague: false,
    };
    const sentence = a.sentences[first];
    return sentence ? { field: 'text', start: sentence.start, end: sentence.end } : null;
  }
  const vague = a.cues.vagueRequest[0];
  if (vague) {
    a.asks = { requestSentences: [], distinctAsks: 1, concrete: false, onlyVague: true };
    return sentenceSpan(a, vague.start);
  }
  return null;
}

/**
 * A benefit or insight phrase in the same clause as talk about the seller ("so your team can learn
 * more about us", "our company has grown 40%") is not something the prospect gets; nor is one in
 * a clause that deceives or asks for time right now ("listen, you got a few minutes?").
 */
const NO_VALUE_HERE = (finding: Finding): boolean =>
  finding.category === 'self_focus' ||
  finding.category === 'weak_value' ||
  finding.category === 'deception' ||
  finding.category === 'permission';

const CLAUSE_BREAK = /[,;:—–]|\s-\s/u;

function sharesClause(a: Analysis, cue: PhraseMatch, finding: Finding): boolean {
  if (finding.field !== 'text' || sentenceAt(a, cue.start) !== sentenceAt(a, finding.start))
    return false;
  const from = Math.min(cue.end, finding.end);
  const to = Math.max(cue.start, finding.start);
  return from >= to || !CLAUSE_BREAK.test(a.scan.slice(from, to));
}

function untainted(
  a: Analysis,
  cues: readonly PhraseMatch[],
  findings: readonly Finding[],
  taints: (finding: Finding) => boolean = NO_VALUE_HERE,
): PhraseMatch | null {
  const seller = findings.filter(taints);
  return cues.find((cue) => !seller.some((finding) => sharesClause(a, cue, finding))) ?? null;
}

/**
 * "I'll keep this short so you can get back to your day": what the prospect gets from a
 * minimiser is a shorter call, not an outcome. A benefit wording in the clause of a finding that
 * shrinks the call promises nothing (a hedged outcome, "hopefully we can find you…", still is one).
 */
const SHRINKS_CALL = new Set(['hedging.be_quick', 'hedging.minimiser', 'hedging.shrinks_call']);
const SELLER_OR_HEDGE = (finding: Finding): boolean =>
  NO_VALUE_HERE(finding) || SHRINKS_CALL.has(finding.ruleId);

function detectBenefit(a: Analysis, findings: readonly Finding[]): PhraseMatch | null {
  const outcomes = a.cues.benefit.filter((cue) => !boilerplate(a, cue));
  return untainted(a, outcomes, findings, SELLER_OR_HEDGE);
}

/**
 * Wordings that look like a benefit but promise the contact nothing: the label rule's no_benefit
 * counts boilerplate as missing ("save you time and money"). A verb after "you can / you might"
 * that is no outcome ("you can reach me", "you might be interested", "your readers would
 * benefit") is never one, whatever number stands beside it.
 */
const NO_OUTCOME_VERB = fastWordStarts(
  new RegExp(
    [
      String.raw`\b(?:you|your(?: [\p{L}-]+){1,2})(?:'ll|'d| will| would| could| can| might| may| should)(?: (?:greatly|really|also|definitely|probably))? (?:reach|contact|be|find|consider|call|email|reply|hear|attend|join|receive|read|expect|want|need|like|benefit|enjoy|visit|use|stop by|drop by|swing by|check out|click|download|browse)\b`,
      String.raw`\blet you know\b`,
      // A question about what they did ("did you get my emails?", "did you see the article?") asks;
      // it promises nothing.
      String.raw`\bdid you\b`,
      String.raw`\b(?:could|would|can|will|might|may) (?:really |greatly |also )?benefit (?:you|your)\b`,
    ].join('|'),
    'iu',
  ),
);

/**
 * Us as the one who acts ("we can solve them", "we can come by your house", "how Airbyte can help
 * you", "I will place your link", "it'll make your projects cheap"), and stock objects ("save you
 * money", "so you don't have to", "more traffic"). A figure in the clause makes such a claim
 * checkable, so it stays a benefit; a clock time is no such figure.
 */
const BOILERPLATE = fastWordStarts(
  new RegExp(
    [
      String.raw`(?:^|\b(?:so|and|that|how|if|because|but)\s+)(?:we|i|we're|i'm|our(?: [\p{L}-]+){1,2})(?:'ll|'d| can| could| will| would| might| may)?(?: (?:also|really|definitely|greatly|just))?(?: be able to)? (?:help|assist|save|solve|place|process|serve|support|offer|provide|handle|benefit|come|do|build|design|deliver|install|clean|have)\b`,
      String.raw`\b(?:it|that|this|which)(?:'ll| will| can| could| would| might| may) (?:really |also )?(?:help|make your)\b`,
      // Help offered with no outcome named: "I want to help you decide", "should be able to help
      // you", "they can really help you".
      String.raw`\b(?:able to|want to|wanted to|like to|love to|here to|can|could|will|would|'ll|'d)(?: (?:really|also|definitely|greatly))? help you\b`,
      String.raw`\bhow (?:[\p{L}#-]+ ){1,3}(?:can|could|might|will) (?:help|assist|benefit|serve|support|increase|improve|transform|boost|grow|streamline|elevate|enhance|optimi[sz]e|maximi[sz]e|revolutioni[sz]e)\b`,
      // "Let us help you elevate your online presence": the help is ours to promise.
      String.raw`\blet (?:us|me) help\b`,
      String.raw`\bsave (?:you |your [\p{L}-]+ )?(?:(?:a lot of |lots of |some )?(?:time|money)(?: and (?:time|money))?|hassle|headaches)\b`,
      String.raw`\bso (?:that )?you (?:don't|won't|do not|will not) have to\b`,
      String.raw`\b(?:more|extra) (?:business|traffic|sales|leads|customers|visitors)\b`,
    ].join('|'),
    'iu',
  ),
);

/**
 * Research whose object is the prospect alone ("I looked at what you are up to", "I noticed you
 * are in…", "I went through your website"): a trigger at most, not something they do not know.
 */
const LOOKED_AT_THEM = fastWordStarts(
  /\b(?:i|we)(?:'ve| have)? (?:just )?(?:looked at|noticed|saw|came across|checked|visited|went through|gone through|read) (?:what |how |that )?(?:you|your)\b/iu,
);

/** Clock times and dates carry digits but measure nothing. */
const CLOCK = fastWordStarts(
  /\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bat \d{1,2}\b/giu,
);

/** The clause around a span: from the last comma or clause break before it to the next one after. */
function clauseAround(a: Analysis, span: { start: number; end: number }): string {
  const sentence = a.sentences[sentenceAt(a, span.start)];
  // At most SENTENCE_REACH either side: a text with no full stops is one sentence, and reading all
  // of it for every cue would grow with the square of the text.
  const from = Math.max(sentence?.start ?? a.bodyStart, span.start - SENTENCE_REACH);
  const to = Math.min(sentence?.end ?? a.bodyEnd, span.end + SENTENCE_REACH);
  const before = a.scan.slice(from, span.start);
  const breakBefore = Math.max(...[',', ';', ':', '—', '–', '…'].map((c) => before.lastIndexOf(c)));
  const after = a.scan.slice(span.end, to);
  const next = after.search(/[,;:—–…]/u);
  return a.scan.slice(
    breakBefore === -1 ? from : from + breakBefore + 1,
    next === -1 ? to : span.end + next,
  );
}

/**
 * A template slot where the figure goes ("cut their costs by [result]", as the scan masks it): the
 * label rule reads a slot as filled in, so the claim is as checkable as one with its number.
 */
const FIGURE_SLOT = /\bby Xx+(?![\p{L}])/u;

function boilerplate(a: Analysis, span: { start: number; end: number }): boolean {
  const text = clauseAround(a, span).replace(/’/gu, "'");
  if (NO_OUTCOME_VERB.test(text)) return true;
  const figure = HAS_FIGURE.test(text.replace(CLOCK, '')) || FIGURE_SLOT.test(text);
  return !figure && BOILERPLATE.test(text);
}
