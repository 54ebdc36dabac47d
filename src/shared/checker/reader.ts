import type { Analysis } from './analysis';
import type { LanguageRoles, PartSpans } from './language/roles';
import { fastWordStarts, HONORIFIC, OWN_PRICE_LEAD, WEEKDAY } from './patterns';
import type { Span } from './types';

/**
 * Reads an opener by role: each sentence, and each turn of a multi-turn call ("…" between turns),
 * is given the roles it plays — who is calling, why, an insight, a benefit, the ask. The phrase
 * scan (cues.ts) finds the textbook wordings; this reader finds the same roles written the many
 * other ways reps write them: no request verb ("Let's set 30 minutes next week"), a number inside
 * a phrase ("a 10-minute call"), contractions, lowercase, name and company in separate sentences,
 * a signature, an insight with no percent and no research verb.
 *
 * Each role is a small set of features (see ROLE_FEATURES below) read off one clause, so a role is
 * found by what the clause does, not by one fixed phrase. Pure: a function of the analysis only.
 * Its `askCandidate` also counts "sometime" and "give me a call", not only questions.
 */
export interface Reading extends PartSpans {
  /** A name was introduced ("this is Mike", "it's priya") even where no company followed. */
  nameOnly: boolean;
  /** A clause that states something about the world rather than about us or the call. */
  claimCandidate: Span | null;
  /**
   * A concrete step the prospect is asked to take or the rep proposes, not read as a meeting ask:
   * an imperative ("reply YES", "send me two dates") or a step with its day, time or length and
   * no request verb. Stronger than a question: the opener surely asks for something.
   */
  stepCandidate: Span | null;
  /** Where each part belongs when it is missing: the span a "missing" finding points at. */
  slots: { identity: Span; reason: Span; value: Span; ask: Span };
  /** The language layer's own reading, for the habits it reads by role (rules/roles.ts). */
  language: LanguageRoles;
}

interface Clause {
  start: number;
  end: number;
  text: string;
  question: boolean;
}

/**
 * Case-insensitive; an apostrophe outside a character class matches either apostrophe; a `\b`
 * opening a word runs fast (see fastWordStarts).
 */
function re(source: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else out += c === "'" && !inClass ? "['’]" : c;
  }
  return fastWordStarts(new RegExp(out, 'iu'));
}

// ——— identity ———
/** Words that start a self-introduction. */
const INTRO = re(
  String.raw`(?:^|[\s,.;:!—–-])(?:this is|it's|its|it is|my name is|my name's|(?:the )?name's|i'm|i am|here is|here's|hi,? it's|hey,? it's|(?:hi|hey|hello),? this is)\s+([\p{L}][\p{L}'’.-]*(?:\s+(?!(?:from|with|at|of|for|here|and|calling|over|in|on)\b)[\p{L}][\p{L}'’-]*)?)`,
);
/** Words after a self-introduction that are not a name. */
const NOT_NAME = re(
  String.raw`^(?:calling|just|not|sure|glad|happy|sorry|writing|reaching|following|checking|hoping|curious|wondering|the|a|an|about|here|so|only|also|with|from|at|your|our|my|because|why|what|that|this|it|going|trying|looking|excited|ready|back|following|on|in|great|good|real|really|quick)\b`,
);
/** "…with Tidewater", "I work for Halcyon", "I'm with X", "calling from X". */
const ORG_LINK = re(
  String.raw`(?:^|\s)(?:with|from|at|over at|of|for)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?[\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,4})`,
);
/**
 * The sentence after a bare name that places the speaker at a company: "I'm with X", "I run sales
 * at X", "I cover commercial lending at X" — a first-person subject, a few words of role, then
 * with/at/for/from and the company.
 */
const ORG_SENTENCE = re(
  String.raw`^(?:(?:and|anyway|so|also|now),?\s+)?(?:i|we)(?:'m| am| work| run [\p{L} ]{1,30}?|(?:'m| am)?\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,5}?)\s+(?:with|at|for|from|over at)\s+(?!(?:you|your|us|them|me|him|her)\b)[\p{L}\p{N}]`,
);
const ORG_CAPITALISED = /(?:^|\s)(?:with|at|for|from|over at)\s+(?:the\s+)?[\p{Lu}\p{N}]/u;
/** "Jenny Cho here, I run partnerships at Oakline": a name, then the company in a later clause. */
const NAME_HERE = re(
  String.raw`^(?:[\p{L}.]+\s+[\p{L}.]+,\s*)?[\p{L}][\p{L}'’-]+\s+[\p{L}][\p{L}'’-]+\s+here\b`,
);
const ORG_CLAUSE = re(
  String.raw`[,—–-]\s*(?:and\s+)?(?:i|we)(?:'m| am| work| run [\p{L} ]{1,30}?)\s+(?:with|at|for|from|over at)\s+[\p{L}\p{N}]`,
);
/** A company-ish word: capitalised, or a known business noun. */
const ORG_WORD = re(
  String.raw`(?:^|\s)(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*|[\p{L}]+\s+(?:inc|llc|ltd|group|partners|software|systems|solutions|logistics|freight|supply|insurance|payroll|security|analytics|labs?|foods|energy|power|health|capital|consulting|services|staffing|recruiting|engineering|media|payments|data|cloud|benefits|packaging|roofing|hvac|construction|components|marketing))\b`,
);
/**
 * "Hi Carla, Ben Ortiz from Redwood Payroll here." / "Morning Lisa — Kevin Tran, Summit Fleet
 * Services." / "Devon Clarke from Harbor Point Security, 555-0113." (a voicemail's number after it)
 * / "Hi Karen Luca Bianchi from AeroTec MRO." (no comma after the prospect's name)
 */
const NAME_THEN_ORG = re(
  String.raw`(?:^\s*|[,—–-]\s*)([\p{L}][\p{L}'’-]+(?:\s+[\p{L}][\p{L}'’-]+){1,2})\s*(?:,|from|with|at|here from|here with)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?[\p{L}\p{N}][\p{L}\p{N}&'’.-]*){0,4})\s*(?:here)?(?:,\s*[\d(+][\d\s().+-]{5,}\d)?\s*[.!]?\s*$`,
);
/** "at 123-456-7890" places the caller at a telephone, not at a company. */
const PHONE_NUMBER = /^[\d(+][\d\s().+-]{5,}\d$/u;
/** "…so bear with me": a person, not a company. */
const PERSON_WORD = /^(?:me|you|us|them|him|her|it|my|your)(?![\p{L}])/iu;

/** What ORG_LINK found after "with / from / at" names a company: not a phone or a pronoun. */
function isOrgName(org: string): boolean {
  return (
    !PHONE_NUMBER.test(org.replace(/[.,]+$/u, '')) &&
    !PERSON_WORD.test(org) &&
    // "calling for Mr. Osei" asks for a person.
    !HONORIFIC.test(org)
  );
}

/**
 * NAME_THEN_ORG with the name capitalised where the writer uses capitals ("it's just, uh…" is
 * two words before a comma, not a name and a company) and a company that is one ("Devon Clarke,
 * 555-0113" gives a number, not a company).
 */
function nameThenOrg(text: string, lowerCaseText: boolean): boolean {
  const [, name, org] = NAME_THEN_ORG.exec(text) ?? [];
  if (!name || !org || !isOrgName(org)) return false;
  return lowerCaseText || name.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word));
}

const GREETING = re(
  String.raw`^(?:hi|hey|hello|good (?:morning|afternoon|evening|day)|morning|afternoon|dear|greetings)\b`,
);
const SIGN_OFF = re(
  String.raw`^(?:best|thanks|thank you|many thanks|with thanks|(?:with |warm |warmest |kind |best |kindest )?regards|cheers|warmly|(?:yours )?sincerely|yours (?:truly|faithfully)|respectfully|best wishes|all the best|talk soon|saludos|un saludo|cordialmente|atentamente|—|--|-)\b`,
);
/** A name, then maybe its title or company after a comma, a bar or a dash ("Ella Novak | Sunfield"). */
const SIGNATURE_NAME =
  /^(?:[-—–]+\s*)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}(?:\s*,.*|\s+[|·•—–@-]\s+.*|\s+(?:from|at|with)\s+\p{Lu}.*|\s*\(.*\))?$/u;
/** A sign-off and the name on one line: "Cheers — Sam", "Thanks! Priya @ Refundly", "xo, Maddie". */
const SIGN_OFF_INLINE = re(
  String.raw`^(?:best|thanks|thank you|many thanks|cheers|regards|kind regards|best regards|warm regards|warmly|talk soon|all the best|best wishes|xo|yours)[\s,!.—–-]+`,
);

// ——— reason ———
const REASON = re(
  String.raw`\b(?:(?:i'm|i am|i was|i|we're|we are)\s+)?(?:calling|call you|ringing|writing|reaching out|getting in touch|contacting you|emailing)(?:\s+you)?(?:\s+(?:today|now|again))?\s+(?:because|since|as|about|regarding|re:?|on|with|to (?:share|tell|flag|let|show|give|offer|warn|pass))\b|\breason (?:for|of|behind|why|i'm|i am|i|that i)\b|\bhere's why\b|\bwhy i(?:'m| am)? ?(?:called|calling|writing|reached out|rang)\b|\bi (?:call|write) (?:you )?(?:because|since|about|as)\b`,
);
/**
 * A purpose said another way: reaching out to someone to do something ("we're reaching out to
 * owners in your area to flag…"), or what I want from this contact ("I'd like to walk you
 * through…", "I wanted to see if…", "we need to review…"). The rule asks whether a reason is given,
 * not whether it is a good one: a weak purpose is judged by the weak-value rules.
 */
const PURPOSE = re(
  String.raw`\b(?:i|we)(?:'m|'re| am| are)?\s+(?:calling|writing|reaching out|getting in touch|emailing|contacting)\s+(?:to\s+)?(?:[\p{L}-]+\s+){0,6}?(?:to|so|after|following|with)\s+\p{L}|\b(?:i|we|and)(?:'d| would)?(?:\s+(?:just|really|also|only))?\s+(?:like|love|want(?:ed)?|need(?:ed)?|hope|hoped|was hoping|am hoping|'m hoping|were hoping|'re hoping)\s+to\s+(?!(?:be|have|ask|know)\b|(?:talk|speak)\s+(?:to|with)\s+(?!you\b))\p{L}` +
    // "I was wondering if you…", "I'm checking in to see whether…": the purpose as a question.
    String.raw`|\b(?:wondering|wondered|checking in|checking|hoping)\s+(?:to see\s+)?(?:if|whether)\b|\bto see (?:if|whether|how)\b`,
);
/**
 * A trigger the rep noticed: a statement whose subject is the prospect's own world ("Your fleet
 * policy renews in March", "Your building has a balloon payment due") or what we saw of it ("I saw
 * your team opened a Denver office"). That event is why this person, now.
 */
const TRIGGER = re(
  String.raw`^(?:(?:and|so|but|also)\s+)?(?:(?:every|each) (?:day|morning|evening|night|week|month|quarter|year)|right now|today|lately|recently|this (?:week|month|quarter|year)),?\s+your\s+(?:[\p{L}'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had)\b|` +
    // The prospect as the subject of a move the rep noticed: "you're hiring five SDRs", "you've had
    // a role open for two months", "you just opened a second site".
    String.raw`(?:^(?:(?:and|so|but|also)\s+)?|\b(?:saw|noticed|see|hear|heard|understand|gather|read)\s+(?:that\s+)?)you(?:'re|'ve| are| have)?(?:\s+(?:just|recently|now|still|already))?\s+(?:hiring|looking for|opening|opened|expanding|expanded|moving|moved|launching|launched|adding|added|growing|posted|posting|raised|hired|announced|switched|closed|started|signed|acquired|rolling out|rolled out|had an? [\p{L}-]+(?: [\p{L}-]+)? (?:open|posted|up))\b|` +
    String.raw`^(?:(?:and|so|but|also)\s+)?your\s+(?:[\p{L}'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had|renews?|renewed|expires?|expired|runs?|ran|sits?|starts?|started|ends?|moves?|moved|opened|closed|posted|announced|went|goes|came|comes|got|gets|still|just|now|recently|shows?|showed|pays?|paid|lost|hired|raised|filed|switched|added|changed|rose|climbed|fell|dropped|jumped|doubled|grew|slipped|spiked|increased|decreased|went up|went down)\b|\b(?:i|we)\s+(?:saw|noticed|read|heard|spotted|see|notice|understand|hear|gather|learned)\s+(?:that\s+)?(?:your|you)\b|^(?:just\s+)?(?:saw|noticed|spotted|heard|read)\s+(?:that\s+)?(?:your|you|Xx+)\b`,
);

/**
 * A purpose that is only about the contact itself: whether they got the last email, had a chance
 * to look, are free or the right person ("just following up to see if you received my email",
 * "I'm calling to see if you're available to chat", "checking to see if you are the person
 * responsible for…"). The label rule's no_reason: it never says why this person, on what topic.
 */
const CONTACT_CHECK = re(
  String.raw`\b(?:see|check|find out)\s+(?:if|whether)\s+(?:you|you're)\s+(?:are\s+|were\s+|had\s+|have\s+|got\s+|still\s+)?(?:available|free|around|the (?:right )?person|the one|responsible|in charge|a chance|(?:received|got|seen|read|opened) (?:my|our|the)|(?:\d+|a few|some|a) (?:minutes?|moments?|seconds?))\b`,
);

/** The sentence's purpose is only the contact itself (see CONTACT_CHECK). */
export function checksOnContactOnly(text: string): boolean {
  return CONTACT_CHECK.test(text);
}

/**
 * An earlier touch, and what it was about: "Following up on my email last week about your
 * renewal", "just left you a voicemail about the demo site I built for you", "closing the loop on
 * the free report for {{company}}", "returning your call about your card rates". The topic is why
 * the rep is in touch; whether the earlier touch really happened is deception's question.
 */
const EARLIER_TOUCH = re(
  String.raw`\b(?:follow(?:ing)?[ -]up|circl(?:e|ing) back|clos(?:e|ing) the loop|left you (?:a )?(?:voicemail|message|note)|returning your (?:call|message|email)|(?:tried|trying) (?:to )?(?:call|reach|catch) you|tried you)\b[^.?!\n]{0,50}?\b(?:about|on|regarding|re|for)\s+(?:the|your|a|an|my|our|Xx+|\p{L}+ing)\b`,
);
/**
 * A trigger the rep came upon in the prospect's world: "I came across your post on…", "I was
 * browsing [Company]'s store and noticed…", "Congratulations on the new role". With a template
 * slot for the prospect's company, as the label rule reads a slot as filled.
 */
const CAME_UPON = re(
  String.raw`\b(?:i|we)\s+(?:just\s+)?(?:came across|stumbled (?:on|across|upon)|found)\s+(?:your|Xx+)\b|\b(?:i|we)\s+(?:was|were)\s+(?:browsing|reading|looking (?:at|through)|going through|on)\s+[^.?!\n]{1,60}?\band\s+(?:noticed|saw|spotted)\b|\b(?:saw|noticed|spotted|read)\s+(?:that\s+)?Xx+|^\W*congrat(?:ulation)?s\s+on\b`,
);
/** A one-word vocative before the first words: "Dana, your lease…", "${FirstName} - hiring 5 SDRs". */
const VOCATIVE = /^\s*(?:hi |hey |hello |dear )?\p{Lu}[\p{L}'’.-]*(?:,| [-—–]|[—–]) */u;

/** "I'm calling because", "the reason for my call is that": the words before what the reason says. */
const REASON_LEAD = re(
  String.raw`^(?:(?:hi|hey|hello)[^,]*,\s*)?(?:i'm|i am|i was|i)\s+(?:calling|ringing|writing|reaching out|emailing)(?:\s+you)?(?:\s+(?:today|now))?\s+(?:because|since|as)\s+|^the reason (?:for my call|i'm calling|i am calling) is (?:that\s+)?`,
);

// ——— insight ———
/** Who an insight is about: peers, the market, the prospect's world — not us. */
const THIRD_PARTY = re(
  String.raw`\b(?:in (?:similar|comparable|most|many) (?:cases|incidents|situations|accounts|audits|projects)|companies|firms|teams|brands|retailers|clinics|practices|hospitals|health systems|fleets|buyers|importers|exporters|manufacturers|distributors|contractors|owners|carriers|shippers|schools|banks|credit unions|insurers|labs|chains|stores|restaurants|restaurant groups|warehouses|utilities|managers|engineers|cfos|ctos|cios|leaders|peers|competitors|neighbou?rs|others|customers|clients|members|applicants|employers|plants|sites|marinas|builders|machine builders|merchants|cafés|cafes|property managers|operators|providers|agencies|landlords|tenants|drivers|candidates|brokers|regulators|examiners|auditors|centers|centres|buildings|properties|contracts|lanes|shipments|claims|renewals|policies|deductibles|portfolios|projects|jobs|offers|searches|breaches|attacks|no-shows|patients|students|users|accounts|invoices|orders|homes|apartments|locations|branches|facilities|vendors|suppliers|sellers|hiring managers|(?:most|many|several|few|a lot of|lots of|some|other|bigger|smaller|larger|similar) [\p{L}-]+s|the market|prices|rates|premiums|costs|fees|tolls|wages|salaries|demand|inventory|the (?:city|state|county|regulator|government|borough|council|authority|ministry|agency|board|committee|planners|inspectors|examiners|insurers|lenders|banks)|(?:^|,\s*)(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|some|most|many|half|all) (?:of (?:the (?:ones|\p{L}+s) )?)?(?:we|i) (?:advised|worked|helped|supported|audited|reviewed|handled|saw|looked)|(?:most|many|several|few|half|a third|a quarter|a fifth|three|two|five|a few|some) of (?:them|those|your|the)|your (?:competitors|peers|neighbou?rs|size|industry|market|region|area|state|county|space|sector)|like yours)\b`,
);
/** What makes a clause a finding: a change, a comparison, a pattern, a risk, a discovery. */
const CHANGE = re(
  String.raw`\b(?:rose|rise|rising|risen|climb(?:ed|ing|s)?|jump(?:ed|ing|s)?|fell|fall(?:ing|s)?|dropp?(?:ed|ing)|cut|cutting|lost|los(?:e|ing)|sav(?:ed|ing)|paid|pay(?:ing)?|overpa(?:y|id|ying)|overstaff(?:ed|ing)?|understaff(?:ed|ing)?|overbuy(?:ing)?|are seeing|have seen|has seen|saw|seeing|switch(?:ed|ing)|mov(?:ed|ing)|chang(?:ed|ing|e)|increas(?:ed|ing)|decreas(?:ed|ing)|grew|grow(?:ing|n)|doubl(?:ed|ing)|halv(?:ed|ing)|turning down|replac(?:ed|ing)|fac(?:ing|e)|resetting|reset|targeting|deny(?:ing)|denied|report(?:ed|ing)?|waiting|winning|won|avoid(?:ed|ing)?|found|find(?:ing)?|got|getting|spend(?:ing)?|spent|shift(?:ed|ing)?|swing|swung|delays?|penalt(?:y|ies)|fin(?:es|ed|ing)|cited|deadlines?|starts? fining|push(?:es|ing)? prices|took a beating|are (?:under|over)|more than|less than|faster|slower|sooner|better|worse|higher|lower|longer|shorter|fewer|cheaper|instead of|rather than|double|triple|halve|typically|usually|tend to|tends to|more often|most often|almost always|nearly always|in (?:similar|comparable|most|many) (?:cases|incidents|situations|accounts|audits|projects)|not (?:on|in) |the (?:widest|biggest|highest|lowest|most|least)|most (?:get|don't|aren't|haven't|only|had|have)|had in common|mapped|benchmarked|investigated|audited|reviewed|studied|surveyed|measured|tracked|looked at|in our data|based on|new (?:rule|rules|regulation|law|ordinance|limits?|mandate|requirement|deadline|tariffs?|policy|refrigerant)` +
    // A change or a risk with no number: "has started refusing…", "were sent back", "no longer…".
    String.raw`|(?:has|have|had) (?:started|begun|stopped)|started (?:to |\p{L}+ing)|began (?:to |\p{L}+ing)|no longer|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)|sent back|turned down|tighten(?:ed|ing|s)?|stricter|crack(?:ed|ing) down|flagg(?:ed|ing)|fail(?:ed|ing)|(?:were|was|got) (?:sent back|refused|rejected|fined|flagged|audited|denied))\b`,
);
/** A number about their world; our own price ("from £350", "($500-1.5K range)") is none. */
const NUMBER_FACT = re(
  String.raw`(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty))\s?(?:%|percent|per cent|points|bps|x\b)|(?<!\b${OWN_PRICE_LEAD}\s?\(?)[$€£]\s?\d(?![\d,.]*k?\s?-\s?[$€£]?\d[\d,.]*k?\s+range)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds) (?:out )?of (?:every |the |our |their )?(?:\d+|five|ten|twenty|them|those)|\b(?:a|one) (?:fifth|third|quarter|half)\b|\bhalf of\b|\b(?:twice|three times|ten times)\b|\b\d+ (?:days|weeks|months|hours) (?:longer|shorter|sooner|later|faster)`,
);
/**
 * A promise, not a finding: a modal with the prospect or us as its subject ("your team could…",
 * "that'd…"), or a modal followed by what a product does for them ("…pricing would lower your fees").
 */
const PROMISE = re(
  String.raw`\b(?:could|would|can|will|might|may|should)\s+(?:also\s+|likely\s+|easily\s+)?(?:lower|cut|save|reduce|keep|let|get|give|protect|stop|help|make|put|free|speed|shorten|take|ease|lift|boost|improve|increase|simplify|streamline|go)\b|` +
    String.raw`\b(?:you|your(?: [\p{L}-]+){1,2}|we|it|that|this|which|doing that|switching)\s+(?:could|would|can|will|might|may)\b|\b(?:you|we|it|that|this)(?:'ll|'d)\b`,
);
const RESEARCH = re(
  String.raw`\b(?:benchmarked|surveyed|analy[sz]ed|studied|tracked|audited|measured|reviewed|looked at|mapped|investigated|found|finding|our data|in our data|based on|searches we ran|we've seen|we see|we're seeing)\b`,
);
/** Our history and size, wherever it sits in the clause. */
const SELF_STORY = re(
  String.raw`\b(?:was|were) founded in\b|\bwe(?:'ve| have) grown\b|\b(?:we|our company|our team) (?:now )?(?:employ|have|has) (?:over |more than )?\d[\d,]* (?:employees|staff|people|offices|locations|customers|clients)\b`,
);
/** Clauses about us (our company, our product) are a pitch, not an insight, unless we researched. */
const ABOUT_US = re(
  String.raw`^(?:(?:and|so|but)\s+)?(?:we|we're|we've|we are|we have|our (?:company|team|platform|product|software|solution|firm|app|tool|service)s?|(?:\p{L}+ )?is the)\b(?!.*\b(?:benchmarked|surveyed|analy[sz]ed|studied|tracked|audited|measured|compared|reviewed|looked at|mapped|investigated|found|ran|searches|data|seen|saw|seeing|noticed)\b)`,
);

// ——— benefit ———
const BENEFIT = re(
  String.raw`\b(?:so (?:that )?(?:you|your)|(?:you|your \p{L}+|your team)(?:'ll|'d| will| would| could| can)\s+(?:save|cut|keep|avoid|know|see|get|have|walk away|lock|protect|recover|stop|catch|win|reduce|free)|(?:keep|keeps|protect|protects|save|saves|spare|spares|give|gives|put|puts)\s+(?:\p{L}+\s+){0,2}(?:you|your)|(?:that's|that is|it's) (?:worth|relevant)|you (?:could|can|would) see|where (?:your|you)\b.{0,40}\b(?:sits?|stands?|compare|slack|leak|exposure|gap))`,
);

/** What a seller hands over to make the sale: "give you a quote", "send you a proposal". */
const SALES_ARTEFACT = re(
  String.raw`\b(?:give|send|get|offer|provide|email) you (?:a |an |our |my )?(?:[\p{L}-]+ )?(?:quote|proposal|estimate|price|pricing|demo|presentation|overview|tour|brochure|catalog(?:ue)?)\b`,
);

// ——— ask ———
const DURATION = re(
  String.raw`\b(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty|half an|an)[\s-]?(?:minutes?|mins?|hours?|hrs?)\b|\bhalf an hour\b`,
);
const WHEN = re(
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b${WEEKDAY}|\b(?:tomorrow|next week|this week|later this week|early next week|next (?:mon|tues|wednes|thurs|fri)day|this (?:afternoon|morning)|today|\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{1,2}(?::\d\d)?\b|noon|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}|(?:the|on) \d{1,2}(?:st|nd|rd|th))\b`,
);
const MEETING = re(
  String.raw`\b(?:meet|meeting|briefing|call|chat|session|conversation|discussion|calendar|walk you through|walk through|walkthrough|look at|go over|compare|review|show you|share|get together|sit down|stop by|come by|visit|inspect|demo|tour)\b`,
);
const REQUEST = re(
  String.raw`\b(?:let's|let us|let me|i'd like|i would like|i'd love|i want to|i propose|i'd propose|i suggest|i'd suggest|can we|could we|shall we|should we|would you|could you|can you|will you|are you (?:free|open|available|around)|would (?:you|it) be|how does|how about|what about|does|do|would|worth|how's|is there (?:a|any) time|book|set up|schedule|grab|pencil)\b`,
);
/** Someone to meet: "could we…", "would you…". */
const PERSON = re(String.raw`\b(?:we|us|you|i)\b`);
/** "Let's meet", "let's find time": a proposal with no request verb. */
const LET_US = re(String.raw`\blet's (?:get together|meet|talk|find time|book|set|grab|put)\b`);
/** The transactional close: an order, a reorder, a renewal, a delivery. */
const ORDER_ASK = re(
  String.raw`\b(?:want me to|shall i|should i|can i|may i|ok(?:ay)? to|ready to)\s+(?:go ahead and\s+)?(?:put (?:(?:it|that|this|the order|them) )?through|place|reorder|re-order|process|ship|send (?:it|the order)|book (?:it|the delivery)|renew|add|lock)\b|\b(?:place|put through|confirm) (?:the|your|an?) (?:order|reorder|renewal)\b` +
    // The event close: I offer to commit them to a concrete step ("Can I save you a seat?").
    String.raw`|\b(?:can|shall|should|may) i\s+(?:go ahead and\s+)?(?:put you (?:down|in)|save you|hold (?:you|a)|count you in|add you|reserve|pencil you|sign you up|book (?:it|you|that|a))\b`,
);
/**
 * The rep offering to take the next step for them, as a question: "Would you like me to reserve
 * them?", "Want me to go ahead?", "Shall I send the quotes over?", "Do you want me to hold the
 * slot?". The step is theirs to accept: a next step, even with no meeting in it.
 */
const OFFER_STEP = re(
  String.raw`^(?:(?:so|and|ok|okay),?\s+)?(?:would you like|do you want|did you want|want|shall|should)\s+(?:me to|i)\s+(?:go ahead and\s+)?(?!(?:ask|bother|call|ring|speak|talk|leave|tell|explain|provide)\b)\p{L}`,
);

/**
 * The rep offering to send or hand over something concrete, as a question: "May I send you the
 * quote?", "Mind if I send over how they did it?", "Would it be useful if I shared the questions
 * I'd ask?", "Want yours?", "Open to seeing what's in your dispatch data?", "Worth discussing what
 * you'd net?". The thing is the next step, theirs to accept. Sending can carry anything; sharing
 * or showing must name a thing ("share the questions"), since "mind if I share what I'm seeing"
 * asks to talk now.
 */
const OFFER_THING = re(
  String.raw`\b(?:(?:may|can|could|shall|should) i|mind if i|okay if i|ok if i)\s+(?:go ahead and\s+)?(?:send|forward|email|mail|drop off|pass along|pass on)\b|` +
    String.raw`\b(?:(?:may|can|could|shall|should) i|mind if i|okay if i|ok if i|(?:useful|helpful|worth it|of use|of interest) if i)\s+(?:share|shared|show|showed|sent|send|ran|run|built|forwarded|emailed)\s+(?:you\s+)?(?:the|a|an|my|our|some|those|these|your)\s+\p{L}|` +
    String.raw`^\W*(?:(?:so|and|ok|okay),?\s+)?(?:do you\s+)?want\s+(?:it|yours|one|them|a copy|the (?:list|report|breakdown|audit|baseline|benchmark|playbook|plan))\b|` +
    String.raw`\bopen to (?:seeing|getting|receiving|reviewing)\b|\bworth (?:discussing|comparing|reviewing|talking (?:about|through))\b|` +
    // A thing offered for them to try, as a yes/no question: "Would you be opposed to me sending a
    // sample pack to the site?", "Would you like a free sample?", "Worth trying a free sample?".
    String.raw`\b(?:opposed to|object to|against) (?:me|us|my|our) (?:send|sending|ship|shipping|drop|dropping|bring|bringing|mail|mailing)\b|` +
    String.raw`\bwould you like (?:a|an|the|one|some|me to (?:send|ship|drop|bring|mail|hold|reserve|book))\s+(?:free\s+|quick\s+)?(?:sample|samples|trial|copy|quote|estimate|pack|kit|tester|swatch|swatches|assessment|audit|report|inspection|spot|seat|place)\b|` +
    String.raw`\bworth (?:trying|testing|sampling)\b`,
);

/**
 * A booking link the prospect can use now: "Book a free baseline call: https://…", "Grab a time
 * here: cal.com/…", "my calendar: https://…". The slot is theirs to pick, which is concrete.
 */
const BOOKING_LINK = re(
  String.raw`^(?:(?:please|or|just)\s+)?(?:book|grab|pick|schedule|choose|find)\s+(?:a|an|some|your)?\s*(?:[\p{L}-]+\s+){0,3}?(?:call|time|slot|meeting|session|chat|spot)\b[^.?!]{0,30}?(?:https?:|www\.|calendly|cal\.com)|\b(?:my|a) calendar(?: link)?\s*(?:is\s+)?(?:here\s*)?[:—–-]?\s*(?:https?:|www\.|calendly|cal\.com)`,
);

/**
 * An order or event close ("Should I put through the usual 12 cases?"): concrete in itself, since
 * what is ordered is the detail a meeting's day and time would otherwise be.
 */
export function isOrderClose(text: string): boolean {
  return ORDER_ASK.test(text);
}

/** An ask of sorts with nothing concrete to say yes to. */
const VAGUE_ASK = re(
  String.raw`\b(?:sometime|some time|at some point|whenever|when you get a (?:chance|minute|moment)|give me a (?:call|ring|shout)|call me back|let me know|get back to me|any interest|interested\?` +
    // An offer left for them to take up: "Happy to share the numbers if useful."
    String.raw`|(?:happy|glad) to (?:send|share|forward|pass on|walk you through)|if (?:useful|helpful|that helps|it helps|of interest)\b)`,
);

/**
 * A way back the rep leaves or proposes, with no request verb: "I'll try you again Monday at 9",
 * "my number's 0412 555 318", "reach me at…". Not a clear meeting ask, but proof the opener does
 * ask for a next step, so a missing ask warns instead of blocking.
 */
const CALLBACK = re(
  String.raw`\b(?:i'll|i will|i'm going to|i am going to|i'll be)\s+(?:try|call|ring|phone|reach|email|send|follow up|circle back|swing by|drop by)\b|\b(?:my (?:number|cell|mobile|direct line|line) (?:is|'s)|reach me (?:at|on)|call me (?:at|on|back)|ring me (?:at|on|back)|text me (?:at|on)|email me (?:at|on)|write to me at|contact me (?:at|on))\b`,
);
/**
 * The prospect asked to act, in the imperative: "reply YES and she'll check…", "hit reply with a
 * good time", "send me two dates", "pick a slot", "text back". Not a clear meeting ask where it
 * names nothing to meet about, but proof the opener asks for something.
 */
const IMPERATIVE_STEP = re(
  String.raw`^(?:(?:and|so|then|or)\s+)?(?:(?:just|simply|please|kindly)\s+)?(?:reply|respond|write back|text (?:back|me|yes)|hit reply|send me|shoot me|drop me|tell me|email me|call me|ring me|message me|pick|choose|grab|book|schedule|claim|reserve|click|tap|use (?:the|this|my) link)\b`,
);
/** What happens when they do it: "…and she'll check your foundation", "…and I'll bring the survey". */
const STEP_FOLLOWS = re(
  String.raw`\band\s+(?:i|we|she|he|they|someone|our\s+[\p{L}-]+)(?:'ll|\s+will)\s+\p{L}`,
);
/** The rep commits to a step: "I'll…", "we can…", "I have time…". */
const OUR_STEP = re(
  String.raw`\b(?:i|we)(?:'ll| will| can|'m free| am free| have time| have a slot)\b`,
);
/** "Last Tuesday", "since March": a day in the past is a reference, not a proposed step. */
/**
 * (A past day named as whose it is, "last year's traffic data", describes what the rep brings, not
 * when the step is: "I'll come by Tuesday at 9 with last year's figures" is a step.)
 */
const PAST_TIME =
  /\b(?:last(?! (?:year|month|week|quarter|season|spring|summer|autumn|fall|winter)['’]s\b)|ago|this (?:year|quarter|spring|summer|winter|season)(?!['’]s\b)|since)\b/iu;

/** "I won't come by on Tuesday": a step the rep rules out is no proposal. */
const REFUSAL = re(
  String.raw`\b(?:i|we)(?:\s+(?:won't|will not|can't|cannot|am not|are not)|'m not|'re not)\b`,
);

/** The clause before, in the same sentence, names a day, a time or a length. */
function slotBefore(clauses: readonly Clause[], index: number): boolean {
  const previous = clauses[index - 1];
  const clause = clauses[index];
  if (!previous || !clause) return false;
  const between = /[.!?]/u.test(previous.text.slice(-1));
  return !between && (WHEN.test(previous.text) || DURATION.test(previous.text));
}

/** Splits each sentence further at a change of turn ("…") and at a dash or semicolon. */
function clausesOf(a: Analysis): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of a.sentences) {
    const text = a.scan.slice(sentence.start, sentence.end);
    // A run-on sentence turns to the ask at ", so I'd like…" / ", and could we…": the finding
    // before it is a clause of its own, not part of the ask.
    const cut =
      /\s*(?:…|\.\.\.|;|\s[—–]\s|\s-\s|,\s+(?:and|so)\s+(?=(?:i'd|i’d|i would|i'd like|let's|let’s|could we|can we|would you|could you)\s))\s*/giu;
    let from = 0;
    for (const match of text.matchAll(cut)) {
      push(clauses, sentence.start, text, from, match.index, sentence.question);
      from = match.index + match[0].length;
    }
    push(clauses, sentence.start, text, from, text.length, sentence.question);
  }
  return clauses;
}

function push(
  clauses: Clause[],
  base: number,
  text: string,
  from: number,
  to: number,
  question: boolean,
): void {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
  clauses.push({
    start: base + from + lead,
    end: base + from + lead + trimmed.length,
    text: trimmed,
    // Only the clause that carries the question mark is the question.
    question: question && to === text.length,
  });
}

/**
 * The feature tests of one clause, each run at most once: the role checks below ask several of
 * them (DURATION, WHEN, MEETING, NUMBER_FACT, CHANGE…) two or three times per clause, and these
 * long case-insensitive alternations were about a fifth of a check's time.
 */
function testsOf(text: string): (feature: RegExp) => boolean {
  const known = new Map<RegExp, boolean>();
  return (feature) => {
    let found = known.get(feature);
    if (found === undefined) known.set(feature, (found = feature.test(text)));
    return found;
  };
}

const span = (c: { start: number; end: number }): Span => ({
  field: 'text',
  start: c.start,
  end: c.end,
});

/**
 * The reading of an opener: the roles the language layer finds (language/roles.ts, from syntax and
 * entities) joined with the roles these wording features find, so each part is present when
 * either reader finds it, and its span is the one written down first.
 */
export function readOpener(a: Analysis, language: LanguageRoles): Reading {
  const byWording = readByWording(a);
  const ask = byWording.ask ?? language.ask;
  return {
    ...byWording,
    // An email signed with a bare name or its slot on the last line (language/signature.ts), or
    // one that gives the sender's name in the text: the label rule needs no company there.
    identity:
      byWording.identity ??
      language.identity ??
      (a.mode === 'email' ? (language.signedName ?? language.selfNamed) : null),
    reason:
      byWording.reason ??
      (language.reason &&
      !checksOnContactOnly(a.scan.slice(language.reason.start, language.reason.end))
        ? language.reason
        : null),
    insight: byWording.insight ?? language.insight,
    benefit: byWording.benefit ?? language.benefit,
    ask,
    askConcrete: byWording.ask ? byWording.askConcrete : language.askConcrete,
    askCandidate: byWording.askCandidate ?? language.askCandidate,
    stepCandidate: byWording.stepCandidate,
    claimCandidate: byWording.claimCandidate ?? language.insight,
    slots: {
      ...byWording.slots,
      value: ask ?? byWording.slots.value,
    },
    language,
  };
}

function readByWording(a: Analysis): Omit<Reading, 'language'> {
  const clauses = clausesOf(a);
  let identity: Span | null = null;
  let nameOnly = false;
  let nameClause: Clause | null = null;
  let reason: Span | null = null;
  let insight: Span | null = null;
  let benefit: Span | null = null;
  let ask: Span | null = null;
  let askConcrete = false;
  let askCandidate: Span | null = null;
  let stepCandidate: Span | null = null;
  let claimCandidate: Span | null = null;

  const lowerCaseText = a.uncased;
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    const t = clause.text;
    const has = testsOf(t);
    const early = index < 4;

    // Identity: an introduction with a company in the same clause, or in the next one.
    if (!identity && early) {
      const intro = INTRO.exec(t);
      const name = intro?.[1];
      // A name is capitalised where the writer uses capitals: "I'm probably catching you…" and
      // "this is likely one of hundreds…" introduce nobody.
      const properName = name !== undefined && (lowerCaseText || /^\p{Lu}/u.test(name));
      if (intro && name && properName && !NOT_NAME.test(name)) {
        const after = t.slice((intro.index ?? 0) + intro[0].length);
        const org = ORG_LINK.exec(after)?.[1];
        if (org && isOrgName(org) && ORG_WORD.test(after)) identity = span(clause);
        else if (/^\s*[,—–-]?\s*(?:[\p{Lu}][\p{L}&'’.-]*\s*){1,4}$/u.test(after) && after.trim())
          identity = span(clause); // "Hi Tanya, it's Marcus Webb, Harbor Point Insurance"
        else {
          nameOnly = true;
          nameClause = clause;
        }
      } else if (
        nameThenOrg(t.replace(GREETING, '').replace(/^[\p{L} .]*?,\s*/u, ''), lowerCaseText) ||
        // "sean walsh, cobalt fiber.": with no greeting, the words before the comma are the
        // caller's own name ("Dear Gary Mendell, …" names the prospect).
        (!GREETING.test(t) && nameThenOrg(t, lowerCaseText))
      ) {
        identity = span(clause);
      } else if (NAME_HERE.test(t) && ORG_CLAUSE.test(t)) {
        identity = span(clause);
      } else if (
        nameClause &&
        ORG_SENTENCE.test(t) &&
        // The place is a company, capitalised where the writer uses capitals: "I can show you
        // three carriers at market rate" places nobody.
        (lowerCaseText || ORG_CAPITALISED.test(t))
      ) {
        identity = {
          field: 'text',
          start: nameClause.start,
          end: clause.end,
        };
      }
    }

    if (
      !reason &&
      (has(REASON) ||
        (has(PURPOSE) && !has(CONTACT_CHECK)) ||
        has(EARLIER_TOUCH) ||
        has(CAME_UPON) ||
        (!clause.question && (has(TRIGGER) || TRIGGER.test(t.replace(VOCATIVE, '')))))
    )
      reason = span(clause);

    // "I'm calling because we're working on your street" is about us once the lead-in is read.
    const aboutUs = has(ABOUT_US) || ABOUT_US.test(t.replace(REASON_LEAD, '')) || has(SELF_STORY);
    const isAsk =
      has(ORDER_ASK) ||
      has(BOOKING_LINK) ||
      (clause.question && (has(OFFER_STEP) || has(OFFER_THING))) ||
      ((has(DURATION) || has(WHEN)) &&
        (clause.question || has(REQUEST) || has(MEETING)) &&
        !has(PAST_TIME) &&
        // "Warehouses that order temps 72 hours ahead… the good pickers book early": what a group
        // does, with its own times, is a finding, not a request to the prospect.
        (clause.question || has(PERSON) || !has(THIRD_PARTY))) ||
      (clause.question && has(MEETING) && has(PERSON) && has(REQUEST)) ||
      has(LET_US);
    if (isAsk && !has(VAGUE_ASK) && !has(REFUSAL)) {
      if (!ask) {
        ask = span(clause);
        askConcrete = has(DURATION) || has(WHEN);
      }
    } else {
      // A next step with its day, time or length, written without a request verb: "I'm in
      // Leeds on Tuesday and can stop by at 10." A date in the prospect's world ("your permit
      // expires on the 14th") is no step.
      const step =
        // An imperative is a step only with its detail: the slot in its sentence or what follows
        // ("reply YES and she'll check…"); "reply with a good time" or "reply with a name" is not.
        (has(IMPERATIVE_STEP) &&
          (has(STEP_FOLLOWS) ||
            has(WHEN) ||
            has(DURATION) ||
            has(CALLBACK) ||
            slotBefore(clauses, index))) ||
        ((has(DURATION) || has(WHEN)) &&
          (has(MEETING) || has(OUR_STEP)) &&
          !has(PAST_TIME) &&
          !has(REFUSAL));
      if (!stepCandidate && step && !has(VAGUE_ASK)) stepCandidate = span(clause);
      if (!askCandidate && (clause.question || has(VAGUE_ASK) || has(CALLBACK) || step))
        askCandidate = span(clause);
    }

    // A finding about peers or the market: a change or a number about a third party, or a number
    // with a change. A promise ("your team could lock lower rates") is a benefit, not a finding.
    // The first insight is the one kept, so later clauses are not read for one.
    if (
      !insight &&
      !aboutUs &&
      !isAsk &&
      !(has(PROMISE) && !has(NUMBER_FACT) && !has(RESEARCH)) &&
      ((has(THIRD_PARTY) && (has(CHANGE) || has(NUMBER_FACT))) || (has(NUMBER_FACT) && has(CHANGE)))
    )
      insight = span(clause);
    // A statement, not a question: "are you the right person for invoices?" claims nothing.
    // The first clause is read too when it opens on the claim itself, after at most the
    // prospect's name ("Dana, carriers on your lanes raised rates…"), not on a greeting or on who
    // is calling.
    const opensOnClaim = index === 0 && !GREETING.test(t) && !INTRO.test(t) && !identity;
    const statement = !clause.question && !aboutUs && !isAsk && (index > 0 || opensOnClaim);
    // A purpose or a request that names a group ("I'd like to explain the options we have for
    // contractors") says what we want, not something about their world.
    if (
      statement &&
      !claimCandidate &&
      (has(CHANGE) || (has(THIRD_PARTY) && !has(PURPOSE) && !has(REQUEST)))
    )
      claimCandidate = span(clause);
    // "We'd love to give you a quote": what we hand over to sell is our offer, not their outcome.
    if (!benefit && has(BENEFIT) && !aboutUs && !has(SALES_ARTEFACT)) benefit = span(clause);
    // Every role found: the rest of a long text cannot change the reading.
    if (identity && reason && insight && benefit && ask && claimCandidate) break;
  }

  if (!identity && a.mode === 'email') identity = fromLine(a) ?? signature(a);
  const first = clauses[0];
  const last = clauses[clauses.length - 1];
  const whole: Span = { field: 'text', start: a.bodyStart, end: a.bodyEnd };
  const greetingEnd = first ? span(first) : whole;
  return {
    identity,
    nameOnly,
    reason,
    insight,
    benefit,
    ask,
    askConcrete,
    askCandidate,
    stepCandidate,
    claimCandidate,
    slots: {
      identity: greetingEnd,
      reason: identity ?? greetingEnd,
      value: ask ?? (last ? span(last) : whole),
      ask: last ? span(last) : whole,
    },
  };
}

/**
 * A pasted header naming the sender ("From: Jean Lafleur"): the label rule takes an email's
 * identity from its From line, so one written into the text counts.
 */
const FROM_LINE = /^[ \t]*from[ \t]*:[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3})/imu;

function fromLine(a: Analysis): Span | null {
  const head = a.scan.slice(a.bodyStart, Math.min(a.bodyEnd, a.bodyStart + 200));
  const match = FROM_LINE.exec(head);
  if (!match) return null;
  const start = a.bodyStart + match.index;
  return { field: 'text', start, end: start + match[0].length };
}

const THANKS_GO_ON = /^(?:again|all|everyone|so much|in advance|a lot|a ton)(?![\p{L}])/iu;

/** An email's sign-off: "Best,\nOwen Price\nLedgerline Consulting" or "— Julia Chen, Fairway". */
function signature(a: Analysis): Span | null {
  const body = a.scan.slice(a.bodyStart, a.bodyEnd);
  const lines = body.split('\n');
  let offset = a.bodyStart + body.length;
  const tail: { start: number; text: string }[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 4; i--) {
    const line = lines[i] ?? '';
    offset -= line.length + (i < lines.length - 1 ? 1 : 0);
    if (line.trim()) tail.unshift({ start: offset, text: line.trim() });
  }
  // A text written all in lower case signs in lower case too ("sam ortega"), and so does one whose
  // greeting is in lower case ("sarah,\n\n… $20K …\n\nmike").
  const lowerCase = !/\p{Lu}/u.test(body) || /^\s*\p{Ll}[\p{L}'’-]*,/u.test(body);
  // A one-paragraph message signed at the end of its last sentence: "… Final follow-up. - Dana".
  const signedInline = /[.!?]\s+[-—–]{1,2}[ \t]*([^\n.!?]{2,40})$/u.exec(body);
  if (signedInline?.[1] && SIGNATURE_NAME.test(signedInline[1].trim())) {
    const start = a.bodyStart + signedInline.index + signedInline[0].indexOf(signedInline[1]);
    return { field: 'text', start, end: start + signedInline[1].length };
  }
  for (let i = 0; i < tail.length; i++) {
    const line = tail[i]!;
    const inline = SIGN_OFF_INLINE.exec(line.text);
    const rest = inline ? line.text.slice(inline[0].length) : '';
    // "Thanks Again" and "Thanks in advance" go on thanking; no name follows the sign-off.
    if (rest && rest.length < 80 && SIGNATURE_NAME.test(rest) && !THANKS_GO_ON.test(rest)) {
      const start = a.scan.indexOf(rest, line.start);
      return { field: 'text', start, end: start + rest.length };
    }
    const dashName = /^[-—–]+\s*\p{Lu}/u.test(line.text);
    const afterSignOff = i > 0 && SIGN_OFF.test(tail[i - 1]?.text ?? '');
    // The last paragraph opening on a name line is a signature without a sign-off: "Dana" alone,
    // or "Nadia Ferreira" over a title and company line.
    const signsOff = lastParagraphStartsAt(a, line.start) && !SIGN_OFF.test(line.text);
    const looksLikeName =
      line.text.length < 80 &&
      (SIGNATURE_NAME.test(line.text) ||
        (lowerCase &&
          SIGNATURE_NAME_LOWER.test(line.text) &&
          (i < tail.length - 1 ||
            /,/u.test(line.text) ||
            // a single short word closing the message on its own: "mike"
            (signsOff && /^\p{L}[\p{L}'’-]{1,14}$/u.test(line.text)))));
    if ((dashName || afterSignOff || signsOff) && looksLikeName && line.text.length < 80) {
      const start = a.scan.indexOf(line.text, line.start);
      return { field: 'text', start, end: start + line.text.length };
    }
  }
  return null;
}

const SIGNATURE_NAME_LOWER =
  /^(?:[-—–]+\s*)?\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){0,2}(?:\s*,.*|\s+[|·•—–-]\s+.*)?$/u;

/** The line at `offset` starts the body's last paragraph (after a blank line), not its first. */
function lastParagraphStartsAt(a: Analysis, offset: number): boolean {
  const before = a.scan.slice(a.bodyStart, offset);
  if (!/\n[ \t]*\n[ \t]*$/u.test(before)) return false;
  return !/\n[ \t]*\n/u.test(a.scan.slice(offset, a.bodyEnd).trim());
}
