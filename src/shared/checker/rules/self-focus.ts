import { EVIDENCE } from '../evidence';
import { insideQuotes } from '../analysis';
import type { Analysis } from '../analysis';
import type { PhraseMatch, PhraseRule } from '../rule-types';
import { planInsight } from './suggest';
import { insideContextCompany, sentenceAround, textAfter, textBefore } from './helpers';
import { slotParts } from '../slots';

/**
 * Talking about the seller instead of the buyer. Naming your own company once to say who you are
 * is One-Up and never matched here; these are the phrases that describe the seller at length.
 */
/** A price as written: "$97", "€299", "$90K", "500 AED". */
const PRICE =
  '(?:(?:\\$|€|£) ?\\d[\\d,.]*k?|\\d[\\d,.]* ?(?:aed|usd|eur|gbp|dollars|euros|pounds))';

const WHY_SELF =
  'Facts about your company are on your website; spending the prospect’s first seconds on them tells them the call is about you. A One-Up rep talks about what the prospect does not know yet.';
const TURN_TO_THEM =
  'Replace the sentence about you with one about them: what you have seen across companies like theirs, and where they stand.';
/** The plan's insight, aimed at the prospect's company when it is known. */
const turnToThem: PhraseRule['suggestFor'] = (_match, analysis) => {
  const insight = planInsight(analysis);
  if (!insight) return null;
  const company = analysis.context.prospectCompany?.trim();
  return `Replace the sentence about you with your insight, in their terms: "${insight}${company ? ` — I can show you where ${company} stands` : ''}."`;
};

/**
 * First words of the companies the opener names as the rep's own: the context's company, and a
 * capitalised name after "from", "with", "at", "called" or "introduce you to" ("Neil Grant from
 * Veriscan Imaging" gives "veriscan").
 */
function ownCompanyWords(analysis: Parameters<NonNullable<PhraseRule['accept']>>[1]): Set<string> {
  const words = new Set<string>();
  const company = analysis.context.repCompany?.trim().split(/\s+/u)[0];
  if (company) words.add(company.toLowerCase());
  const body = analysis.scan.slice(analysis.bodyStart, analysis.bodyEnd);
  for (const m of body.matchAll(
    /(?:from|with|at|called|introduce you to)\s+(\p{Lu}[\p{L}\d&'’-]*)/gu,
  )) {
    if (m[1]) words.add(m[1].toLowerCase());
  }
  return words;
}

/** "Veriscan makes…": the word before the verb is the rep's own company, named as the subject. */
const ownCompanyIsSubject: NonNullable<PhraseRule['accept']> = (match, analysis) => {
  const before = /(?:^|[.!?…:;,—–-]\s*|\n\s*)(\p{Lu}[\p{L}\d&'’-]*)\s+$/u.exec(
    textBefore(analysis, match, 30),
  );
  const name = before?.[1]?.toLowerCase();
  return name !== undefined && ownCompanyWords(analysis).has(name);
};

/**
 * "We built a system that helped Gong's team recover 23% of lost deals": what we built is named
 * only to carry a measured result for a client, a one-clause proof point the label rule does not
 * count as a company pitch. "We built a platform for fleets" with no result still is one.
 */
const BUILT = /^(?:i|we) (?:built|created|developed|designed|launched)(?![\p{L}])/iu;
const MEASURED_RESULT =
  /^[^.!?…]{0,60}?(?:that|which) (?:has |have )?(?:helped|helps|cut|cuts|saved|saves|recovered|reduced|lifted|raised|grew|doubled|tripled|halved|got|booked|drove|drives|brought)(?![\p{L}])[^.!?…]*?\d/iu;
const builtAProofPoint = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  BUILT.test(analysis.scan.slice(match.start, match.end)) &&
  MEASURED_RESULT.test(textAfter(analysis, match, 200));

/**
 * "I'd love to introduce myself and my company", "send you some information about what we do",
 * "share a bit about what we do": an offer whose content is us. The label rule names these as the
 * weak offer ("introduce ourselves", "send you some information", "tell you what we're up to"),
 * which the weak-value rules report; the sentence offers a meeting, it does not describe us.
 */
const OFFERED_AS_INTRODUCTION =
  /(?:(?<![\p{L}])introduc(?:e|ing)(?: (?:myself|ourselves|me|us))?(?: (?:and|to you|,))?|(?<![\p{L}])(?:send|sending|email|emailing|mail|mailing|get|give) (?:you |over |you over )?(?:some |more |a bit of |further |additional )?(?:info|information|details|materials?|literature)(?: (?:on|about|regarding))?(?: how)?|(?<![\p{L}])share (?:with you )?(?:a (?:bit|little) |more |some )?(?:about|of)?)\s*$/iu;
const offeredAsIntroduction = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => OFFERED_AS_INTRODUCTION.test(textBefore(analysis, match, 60));

/**
 * "Our platform helps marketing teams generate 3x more qualified leads": our thing named only to
 * carry a measured outcome, the one-clause proof point the label rule does not count as a pitch.
 * A template's masked slot ("by [result]" → "by Xxxxxxx") is read as the figure it stands for.
 */
const OUR_THING_GOT_A_RESULT =
  /^(?:[\p{L}\d-]+ ){0,4}?(?:helps?|helped|cut|cuts|saves?|saved|lifts?|lifted|raised?|raises|grew|grows|doubled?|doubles|tripled?|triples|halved?|halves|reduced?|reduces|booked|drives?|drove|generates?|generated|recovered?|recovers)(?![\p{L}])[^.!?…]*?(?:\d|%|(?<![\p{L}])(?:half|double|twice|triple|third|Xx+)(?![\p{L}]))/iu;
const carriesAResult = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => OUR_THING_GOT_A_RESULT.test(textAfter(analysis, match, 160).trimStart());

/**
 * "We have 40,000 square feet six miles closer at $1.10 less per foot", "we supply cartons in 10
 * days at 7% lower price": what we offer, measured against what the prospect has now, is the
 * benefit for this contact (the label rule's one-clause outcome proof point), not a company
 * description. A status figure with no comparison ("we have 500 customers") still is one.
 */
const COMPARED_WITH_THEIRS =
  /(?<![\p{L}])(?:less|lower|cheaper|faster|sooner|closer|shorter|fewer|instead of)(?![\p{L}])/iu;
const offerMeasuredAgainstTheirs = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const sentence = sentenceAround(analysis, match);
  return /\d/u.test(sentence) && COMPARED_WITH_THEIRS.test(sentence);
};

/**
 * "We have 40 tonnes of grade A ready for shipment in June", "we have 40 pallet positions open on
 * Thursdays": goods or capacity on offer to this buyer, not the size of our company ("we have 40
 * trucks" still is).
 */
const STOCK_ON_OFFER =
  /^[^.!?…\n]{0,60}?(?<![\p{L}])(?:ready (?:for|to)|available (?:for|to|now|in|from|this|next)|in stock|on hand|open (?:on|for|through|this|next|from|until)|room for)(?![\p{L}])/iu;
const stockOnOffer = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  /^we (?:have|'ve got|’ve got)/iu.test(analysis.scan.slice(match.start, match.end)) &&
  STOCK_ON_OFFER.test(textAfter(analysis, match, 80));

/** "Can we have 20-minute call on Tuesday?": a figure of time after "we have" asks for a meeting. */
const MEETING_LENGTH = /^[\s\d,]*(?:-| )?(?:minutes?|mins?|hours?|hrs?)(?![\p{L}])/iu;

/**
 * "At Arden Freight, we…" frames the sentence with our company; "At your size, we…", "at the
 * expo, we…", "At 9% a year, we…" do not. The name after "at" must be capitalised in the text.
 */
const frameIsNotACompany = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const framed = /^at\s+(\S+)/iu.exec(analysis.scan.slice(match.start, match.end));
  return framed?.[1] !== undefined && !/^\p{Lu}/u.test(framed[1]);
};

/**
 * "As we work with many shippers, we know the May change hit Ohio hardest": the experience is
 * named only to introduce what it taught us, which is the insight (the label rule's exception).
 */
const experienceIsTheInsight = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  /(?:^|[^\p{L}])(?:as|since|because)\s+$/iu.test(textBefore(analysis, match, 12)) &&
  /,\s*(?:we|i)\s+(?:know|see|saw|found|noticed|learned|learnt|keep seeing|(?:have|['’]ve) (?:seen|found|noticed|learned))(?![\p{L}])/iu.test(
    textAfter(analysis, match, 120),
  );

/**
 * The name after "introduce" is ours: a capitalised name the rep gave as their company ("Scott
 * from SSW… introduce SSW Upsizing PRO"), or one presented "as a/an/the …" or with a "!".
 */
const introducesOurName = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const name = /([\p{L}\d&-]+)$/u.exec(analysis.scan.slice(match.start, match.end))?.[1] ?? '';
  if (!/^\p{Lu}/u.test(name)) return false;
  if (ownCompanyWords(analysis).has(name.toLowerCase())) return true;
  // Past up to three more capitalised words of the name ("Cloud Obsidian", "SSW Upsizing PRO").
  const words = textAfter(analysis, match, 60).split(/\s+/u);
  let i = words[0] === '' ? 1 : 0;
  for (let more = 0; more < 3 && /^\p{Lu}[\p{L}\d&-]*!?$/u.test(words[i] ?? ''); more++) {
    if (words[i]?.endsWith('!')) return true;
    i++;
  }
  if (words[i]?.startsWith('!')) return true;
  return words[i]?.toLowerCase() === 'as' && /^(?:a|an|the)$/iu.test(words[i + 1] ?? '');
};

/**
 * A ceiling is what we promise, not what a client got: "we help hospitals cut agency spend by up
 * to 30%" names the most our product could do, a claim about us, where "by 30% in a quarter" is a
 * result. Removed before a figure is looked for.
 */
const CEILING =
  /(?<![\p{L}])(?:up to|as much as|as high as)\s+[$€£]?\d[\d,.]*(?:\s*(?:%|percent|x(?![\p{L}])))?/giu;
const withoutCeilings = (text: string): string => text.replace(CEILING, 'most');

/** A figure (a digit or a percent) later in the match's sentence, before its end. */
const resultFollows = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => /^[^.!?…\n]*[\d%]/u.test(withoutCeilings(textAfter(analysis, match, 120)));

/**
 * "We help companies like yours cut closing delays by 40%", "we help teams like yours [OUTCOME]":
 * what we do is named only to carry the outcome a client gets, measured or left as a template's
 * outcome slot (the label rule reads a slot as filled). That is the rule's one-clause outcome
 * proof point, said in the present. "We help companies like yours save time" names no outcome
 * anyone could check and still is a claim about us; a count of clients ("40 hospitals") is no
 * outcome.
 */
const MEASURED =
  /\d\s*(?:%|percent|x(?![\p{L}])|\+?\s*(?:hours?|hrs?|days?|weeks?|months?|minutes?|mins?|points?))|[$€£]\s?\d|(?<![\p{L}])by (?:up to |about |around )?\d|(?<![\p{L}])from [^\s,]+(?: [^\s,]+)? to [^\s,]*\d|\d\s*(?:more|fewer|less)(?![\p{L}])/iu;
/**
 * The rest of the match's clause: up to the sentence's end, a new clause (", and I'm calling…"), a
 * blank line or a bullet. A single line break inside a sentence is a wrapped line.
 */
const CLAUSE_REST =
  /^[^.!?…;]*?(?=,\s*(?:and|but|so)\s|\s(?:and|but) (?:i|we)['’\s]|[.!?…;]|\n\s*(?:\n|[-*•])|$)/iu;
const outcomeFollows = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const rest = CLAUSE_REST.exec(textAfter(analysis, match, 160))?.[0] ?? '';
  if (MEASURED.test(withoutCeilings(rest))) return true;
  const end = match.end + rest.length;
  return analysis.placeholders.some(
    (slot) =>
      slot.field === 'text' &&
      slot.start >= match.start &&
      slot.start < end &&
      slotParts(slot.slot).includes('benefit'),
  );
};

/**
 * "You might be interested in our new product", "I don't know if you have a need for our
 * services": our offering named as what the prospect may want, not described. What it is and does
 * is not said, so the sentence is about their interest (weak, but no company pitch).
 */
const WANTED_BY_THEM =
  /(?<![\p{L}])(?:interested in|interest in|a need for|any need for|needs? for|fit for|a use for|qualif(?:y|ies|ied) for|eligible for)\s+$/iu;

/**
 * "Bob Smith calling from My Company", "who lives in (my company's town)", "(Our company) would
 * be willing…": the words stand in for the company's name, as a template's slot or a redaction
 * does, so they name us rather than talk about us. Written as a name (each word capitalised)
 * after "from", "with", "at" or "for", or inside brackets that close on the same line.
 */
const standsInForOurName = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const said = analysis.scan.slice(match.start, match.end);
  const asAName =
    /^\p{Lu}\S*\s+\p{Lu}/u.test(said) &&
    /(?:from|with|at|for)\s+$/iu.test(textBefore(analysis, match, 8));
  const inBrackets =
    /[([][^)\]\n]*$/u.test(textBefore(analysis, match, 40)) &&
    /^[^([\n]*[)\]]/u.test(textAfter(analysis, match, 40));
  return asAName || inBrackets;
};

/**
 * "I'm always looking to build my network", "I'd be glad to have you in my network": the rep's
 * own circle of contacts, which the prospect is invited into, not a network we sell.
 */
const PERSONAL_NETWORK = /(?:build|grow|expand|join|to|in|into)(?:ing)?\s+$/iu;
const personalNetwork = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  /^my network$/iu.test(analysis.scan.slice(match.start, match.end)) &&
  PERSONAL_NETWORK.test(textBefore(analysis, match, 12));

/**
 * Inside quotation marks opened earlier in the same paragraph: a customer's words quoted ("Our
 * drivers love the new system"), where "our" is theirs, not the rep's.
 */
const insideQuotation = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => insideQuotes(analysis, match.start);

/** Words after "our" that make it the prospect's world or our research, not our product. */
const NOT_OUR_PRODUCT =
  /^our (?:[\p{L}-]+ )?(?:clients?|customers?|users?|partners?|members?|data|study|studies|research|survey|analysis|benchmark|findings|numbers|report|figures|review|audit|interviews?)(?![\p{L}])/iu;

/**
 * "Companies like yours usually see churn spike in month three": the peers are the subject of a
 * finding about them, not the people we help, so long as the rest of the sentence leaves us out
 * ("companies like yours trust us" is about us).
 */
const PEERS_DO =
  /^\s+(?:usually|often|typically|generally|tend|see|saw|lose|lost|pay|paid|spend|spent|miss|missed|get|got|report|waste|overpay|overpaid|leave|struggle)(?![\p{L}])/iu;
const peersAsSubject = (match: PhraseMatch, analysis: Analysis): boolean => {
  if (!/^companies /iu.test(analysis.scan.slice(match.start, match.end))) return false;
  const after = textAfter(analysis, match, 160).split(/[.!?…\n]/u)[0] ?? '';
  return PEERS_DO.test(after) && !/(?<![\p{L}])(?:us|our|we|we're|we've)(?![\p{L}])/iu.test(after);
};

export const SELF_FOCUS_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'self_focus.our_company',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      '(?:our|my) (?:company|firm|organi[sz]ation|business|agency|mission|history|story|founders?|ceo|headquarters|values|culture|brand|awards?|track record)',
    // "Our Business Leaders magazine": the word is part of a name (capitalised, with more of the
    // name after it), and the name is the rule's business only when it describes us.
    accept: (match, analysis) =>
      !offeredAsIntroduction(match, analysis) &&
      !standsInForOurName(match, analysis) &&
      !(
        /\s\p{Lu}\S*$/u.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+\p{Lu}/u.test(textAfter(analysis, match, 4))
      ),
    message: 'Talks about “our company”.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Our company has been helping shippers for years.',
      'My Company has served the valley since 1990, and our history speaks for itself.',
    ],
    valid: [
      'I just wanted to introduce myself and my company to you.',
      'Hi, Ms. Ortiz, this is Len Hale calling from My Company. Your permit lapses in May.',
      'He moved here from (my company’s city) last spring.',
      'We would like to offer you a feature in our Business Leaders magazine.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.our_offering',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      // Up to two describing words may come between ("our high-quality writing service"), but not a
      // preposition or verb, which would make "our" belong to something else ("our study of tools").
      "(?:our|my) (?:(?!(?:of|on|for|in|with|about|from|to|and|is|are|was|were|data|team's|clients'|customers') )[\\p{L}-]+ ){0,3}?(?:solutions?|products?|platform|software|services?|offerings?|tools?|technology|tech|app|suite|system|features?|capabilities|portfolio|innovative|proprietary|unique|new|newest|latest|(?<!professional |linkedin )network(?! (?:who|that|which)(?![\\p{L}]))|expertise|methodology|range|line-up|lineup|line of [\\p{L}-]+|catalog|catalogue|packages?|programs?|programmes?|approach|process|method)" +
      // "One of our financial services clients": the product word only says which clients.
      '(?! (?:clients?|customers?|users?|partners?|members?|accounts?|buyers?))',
    // "Across 400 practices on our platform", "after deploying our platform, admin time fell from
    // 7.2 to 2.8 hours" cite where the numbers come from, not a pitch. "Our platform helps
    // property managers engage tenants early, resulting in 35% more renewals" still describes
    // what the product does, figure or not.
    // "Cut closing delays by 40% with our notary network", "we ran your route list against our
    // card network and you'd save 31 cents a gallon": our product as the instrument of a measured
    // result for them, also not a pitch.
    accept: (match, analysis) =>
      !(
        /(?:on|across|using|through|via|in|from|with|against|deploying|adopting|installing|implementing|switching to|moving to|deployed|adopted|installed|implemented|switched to|moved to|rolled out)\s+$/iu.test(
          textBefore(analysis, match, 24),
        ) && /\d/u.test(sentenceAround(analysis, match))
      ) &&
      !WANTED_BY_THEM.test(textBefore(analysis, match, 24)) &&
      !offeredAsIntroduction(match, analysis) &&
      !personalNetwork(match, analysis) &&
      !insideQuotation(match, analysis),
    message: 'Talks about “our solution” or product.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'I’d love to tell you about our solutions.',
      'Our platform does it all.',
      'You would gain a lot from our premium cleaning services.',
      'You could greatly benefit from our high-quality blog writing service.',
      'Our workshop network covers the whole state with mobile crews.',
      'Your product could use our newest line of widgets.',
      'Our approach: install the whole stack in 30 days, train your team, then hand it off.',
      'Through my network of installers we cover every county.',
    ],
    valid: [
      'Dealers in our network who opened on Saturdays kept one in five customers.',
      'One of our financial services clients saved $60K a month on compliance.',
      'In the 90 days after deploying our platform, admin time fell from 7.2 to 2.8 hours a week.',
      'I’d like to add you to my professional network on LinkedIn.',
      'I’m growing my network among plant managers and would be glad to have you in my network.',
      'Our study of 80 clinics found the same gap.',
      'Across 400 practices on our platform, no-shows fell by a fifth.',
      'I’d like to send you some information about our services.',
      'Ana said you might be interested in our new product.',
      'Good news: your business qualified for our equipment financing program.',
      'We ran your lanes against our carrier network: you would save 9% on the Ohio runs.',
      '"Our drivers love the new system," their CEO told me after the first month.',
      'That is from the CEO of a 40-year-old trucking company that implemented our platform last month.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.leading_provider',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      "(?:we are|we're|we've become|we have become|i'm with|i work for|i'm from|i am with) (?:one of )?(?:the|a|an) (?:[\\p{L}-]+ ){0,2}?(?:leading|leader|premier|top|largest|biggest|fastest-growing|fastest growing|number one|#1|best|award-winning|trusted|preferred|global leader)|(?:a|the) (?:very |highly |most )?(?:leading|premier|premiere|top|largest|trusted|award-winning|preferred|global|top-rated|fastest-growing|successful|reputable|renowned|well-known|respected|established|recognized|recognised) (?:[\\p{L}-]+ ){0,7}?(?:provider|supplier|vendor|company|partner|firm|platform|agency|brokerage|consultancy|roofer|contractor|installer|distributor|manufacturer|maker|builder|dealer|reseller|retailer|wholesaler|carrier|broker|studio|practice|operator)(?![\\p{L}])|(?:one of )?the (?:most|best)(?:-| )(?:recognized|recognised|respected|trusted|known|successful|popular|established) (?:names?|brands?|companies|firms|providers|agencies)|(?:industry|market|category|global) leader",
    // "We worked with a leading provider of…", "we audited a leading distributor" describe a
    // client, not us.
    accept: (match, analysis) =>
      !/(?:with|for|at|like|helped|help|from|by|whom|among|including|than|audited|studied|surveyed|benchmarked|interviewed|analy[sz]ed|reviewed|visited|served|supported)\s+$/iu.test(
        textBefore(analysis, match, 24),
      ),
    message: 'Claims to be a leading provider.',
    why: WHY_SELF,
    evidence: EVIDENCE.companyOverview,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Hello sir, I am calling from Zenith Global Logistics, we are one of the biggest freight forwarder in Shenzhen.',
      'It’s Brendan Walsh with Atlas Roofing, the largest commercial roofer in the tri-state area.',
      'We are the leading provider of freight audit software.',
      'I am representing a very successful Silicon Valley based website design and SEO company.',
      'Ridgeline Freight, the premiere freight brokerage based in Ohio.',
      'Being one of the most recognized names in the business, we…',
    ],
    valid: [
      'We audited a leading distributor of medical supplies and found the same gap.',
      'The most successful distributors in your region cut returns by a fifth.',
      'A large established retailer in your region switched carriers last spring.',
      'We worked with a leading provider of cold storage that cut spoilage by a third.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.companies_like_yours',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      "(?:we|i) (?:help|have helped|'ve helped|helped|work with|partner with|serve|support|assist|are helping|'re helping|have been helping|'ve been helping) (?:[\\p{L}-]+ ){0,3}?(?:companies|businesses|organi[sz]ations|teams|firms|people|clients|customers|brands|leaders|professionals|distributors|manufacturers|folks|shippers|practices|hospitals|retailers) (?:at (?:[\\p{L}-]+ )?(?:companies|businesses|firms|brands) )?(?:(?:just )?like (?:yours|you|[\\p{L}\\d]+)|such as (?:yours|[\\p{L}\\d]+)|similar to yours|in your (?:space|industry|position|shoes))|(?:we|i) (?:help|have helped|'ve helped|help out) (?:companies|businesses|organi[sz]ations|teams|firms|people|clients|customers|brands)|companies (?:like|such as) yours",
    // "We've helped companies like yours cut wasted spend by 30-40%", "we help title companies
    // like yours cut closing delays by 40%", "we help teams like yours [OUTCOME]": help named only
    // to carry the client's measured (or slotted) outcome is the label rule's one-clause proof
    // point. "We help companies like yours save time" and "we work with companies like yours" are
    // claims about us.
    accept: (match, analysis) =>
      !(
        /(?:^|[^\p{L}])help(?:ed|ing)?(?![\p{L}])/iu.test(
          textBefore(analysis, match, 40) + analysis.scan.slice(match.start, match.end),
        ) && outcomeFollows(match, analysis)
      ) && !peersAsSubject(match, analysis),
    message: 'Says “we help companies like yours”.',
    why: 'It is a claim every vendor makes, so it tells the prospect nothing; a One-Up rep shows it by naming what they learned from those companies.',
    evidence: EVIDENCE.youPhrasing,
    suggestion:
      'Say what you learned from those companies instead: the pattern you saw, with its number.',
    suggestFor: turnToThem,
    examples: [
      'Hi Ines, Raj Mehta with Clearwater IT. Companies like yours are always looking to work smarter.',
      'We help companies like yours save time and money.',
      'We are helping many companies like yours with their architecture.',
      'We help outbound teams at companies like Acme re-engage cold prospects.',
    ],
    valid: [
      'After a March price change, companies like yours usually see churn spike in month three, not month one.',
      'We’ve helped companies like yours cut wasted ad spend by 30-40%.',
      'We help title companies like yours cut closing delays by 40% in a quarter.',
      'We help teams like yours [specific outcome] within a quarter.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.company_overview',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      // What kind of company we are, or what we do for whom, said as a sentence of its own:
      // "We are a national provider of internet services", "We do 401K's for employers."
      "(?<=(?:^|[.!?…:]) ?)(?:we are|we're) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:provider|supplier|manufacturer|distributor|vendor|reseller|installer|maker|wholesaler|brokerage|agency|consultancy) (?:of|for|that|who|specializing|specialising)|" +
      "(?<=(?:^|[.!?…:]) ?)we (?:do|sell|make|supply|install|provide|offer) (?:[\\p{L}\\d-]+(?:'s)? ){1,3}?for (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+s(?= ?(?:[.!?…]|$))|" +
      "(?<=(?:^|[.!?…:]) ?)(?:founded|established|started|incorporated) (?:in|back in) (?:19|20)\\d\\d,|we (?:were )?(?:founded|established|started) in|(?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:company|firm|maker|manufacturer|provider|supplier|distributor|agency|business|studio|consultancy|practice|brokerage) (?:founded|established) in (?:19|20)\\d\\d|(?:has|have) (?:been )?(?:supplied|served|provided|made|built|operated|delivered|manufactured|sold)(?: [\\p{L}-]+){0,4}? since (?:19|20)\\d\\d|we(?:'re| are) (?:iso |fully )?(?:certified|accredited|proud to|known for|recognized|award-winning)|we (?:also )?(?:operate|run|own|have|maintain) (?:a fleet|offices|plants|warehouses|\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|over|more than)|(?:we've|we have) been (?:in business|around|doing this|serving|operating)|(?:we've|we have) been [\\p{L}]+ing (?:[\\p{L}-]+ ){0,5}?since (?:19|20)\\d\\d|(?:we have|we've got|we serve|we work with|we have over) (?:over |more than |nearly )?\\d[\\d,]* (?:customers|clients|employees|offices|locations|countries|people|users|companies|partners)|(?:our|the) company (?:was|is) (?:founded|based)|(?:we|our company) speciali[sz]es? in|(?:we|our company) prides? (?:ourselves|itself) (?:on|in)|(?:our|my) (?:clients|customers|partners) include|(?:we're|we are) (?:based|located|headquartered) in|(?:company|firm|agency|business|group|brokerage|consultancy|studio) (?:[\\p{L}-]+ )?(?:based|located|headquartered) in|(?:we're|we are) (?:called|named)|(?:we're|we are) (?:[\\p{L}-]+ ){0,3}?(?:specialists|experts|professionals|pioneers)|(?:i|we) (?:built|created|developed|designed|launched) (?:a|an|our) (?:new )?(?:[\\p{L}-]+ ){0,2}?(?:service|product|platform|tool|app|solution|software|system)|(?:i|we) (?:built|created|developed|designed|engineered|invented) (?:a|an|our) (?:new )?(?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+ (?:that|which) (?:eliminates|automates|handles|lets|makes|does|removes|replaces|reads|tells|turns|gives|takes|runs|tracks)(?![\\p{L}])|(?:we|i) (?:offer|bring) (?:the )?(?:experience|expertise|skills|passion)|(?:i'm|i am|we're|we are) (?:highly )?(?:skilled|experienced|qualified) (?:at|in)|(?:with|(?:we|i|our team|our people|our staff|our founders?|our experts) (?:bring|brings|have|has|'ve got|combine)) (?:over |more than |nearly )?(?:a decade|decades|\\d+\\+? years|[\\p{L}]+ years) of (?:combined )?(?:experience|expertise)|(?:what )?(?:makes|sets) us (?:different|apart|unique)|(?:our|my) (?:primary |main |key |biggest |real )?(?:differentiator|difference|edge|advantage) (?:is|lies)|we (?:represent|work with|serve) (?:numerous|many|hundreds of|thousands of|dozens of|some of the)|we (?:work with|serve|partner with|supply) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+s (?:across|throughout|all over|around) (?:the )?(?:country|nation|world|globe|us|u\\.s\\.|uk|region|state|states|continent)|(?:benefits|advantages) of (?:working|partnering) with|we (?:provide|offer|sell|deliver|build) (?:a |an |the )?(?:[\\p{L}-]+ ){0,3}?(?:solutions?|software|platform|services?|products?|tools?|suite)" +
      // What we take off their hands, as a list: "We handle sourcing, screening, and scheduling."
      '|(?<=(?:^|[.!?…:\\n]) ?)we (?:handle|manage|take care of|cover|run|print|make|sell|supply|offer|provide|build|design|install|stock) (?:all |the |your )?[\\p{L}-]+, (?:[\\p{L}-]+, )*?(?:[\\p{L}-]+ )?(?:and |or )?[\\p{L}-]+(?= ?[.!?…]|$)' +
      // The rep's credentials, said of themselves: "I'm a highly experienced copywriter", "I am a
      // specialist in packaging law". A role with a company ("a specialist with Arden") says who
      // is calling.
      "|(?:i'm|i am|we're|we are) (?:a|an) (?:(?:very|highly|truly|extremely|hugely) [\\p{L}-]+|seasoned|accomplished|award-winning|veteran|renowned|proven) (?:[\\p{L}-]+ ){0,2}?(?:writer|designer|developer|consultant|coach|trainer|specialist|expert|professional|agency|firm|team|marketer|copywriter|photographer|engineer|advisor|adviser|strategist|recruiter|speaker|author)s?(?![\\p{L}])|(?:i'm|i am|we're|we are) (?:a|an) (?:[\\p{L}-]+ )?(?:specialist|expert)s? (?:in|at|on)(?![\\p{L}])" +
      // The rep's résumé: "my 15+ years of CFO experience", "I spent 10 years doing exactly this".
      "|(?:our|my) (?:combined )?(?:\\d+\\+?|[\\p{L}]+) years of (?:[\\p{L}-]+ ){0,2}?(?:experience|expertise)|(?:i|we|who)(?:'ve| have)? spent (?:the (?:last|past) )?(?:\\d+|[\\p{L}]+) years (?:doing|building|working|running|as|in|at|helping|selling|leading)" +
      // What we do, with our trade as the role: "I work with Series A-C companies as a fractional CFO".
      '|(?:i|we) work with (?:[\\p{L}\\d-]+ ){0,3}?[\\p{L}\\d-]+ as (?:a|an|their|your)(?![\\p{L}])' +
      // "I run a small agency that builds websites for dentists": the rep's business, described.
      '|i (?:run|own|started|founded) (?:a|an) (?:[\\p{L}-]+ ){0,2}?(?:agency|company|firm|studio|business|shop|consultancy|practice|startup) (?:that|which|who)(?![\\p{L}])' +
      // "I run a small service called PlanRadar.ie", "I built decide.fyi —": the rep's product,
      // named by its name or its web address.
      '|i (?:run|own|started|founded|built|launched|made) (?:a |an )?(?:[\\p{L}-]+ ){0,3}?(?:service|agency|studio|business|newsletter|platform|app|tool|site|product) (?:called|named)(?![\\p{L}])|i (?:run|own|started|founded|built|launched|made) [\\p{L}\\d-]+\\.(?:com|io|ai|fyi|co|app|ie|uk|net|org|dev)(?![\\p{L}])' +
      // "I built something that might help", "We built something different:": a product, unnamed.
      "|(?:i|we)(?:'ve| have)? (?:just |recently |finally )?(?:built|created|developed|designed|made) something(?: (?:new|different|simple|small|useful))?(?= (?:that|which)(?![\\p{L}])| ?[:—–])" +
      // Our order book as the news: "We're taking on 3 new construction clients this quarter."
      "|(?:we're|we are|i'm|i am) (?:now |currently |only )?(?:taking on|accepting|onboarding|opening up|opening) (?:only )?(?:\\d+|a few|a handful of|two|three|four|five|several) (?:new |more )?(?:[\\p{L}-]+ )?(?:clients|customers|partners|accounts|spots|brands|companies|shippers|practices)",
    accept: (match, analysis) =>
      !insideContextCompany(analysis, match) &&
      !experienceIsTheInsight(match, analysis) &&
      !builtAProofPoint(match, analysis) &&
      !offerMeasuredAgainstTheirs(match, analysis) &&
      !stockOnOffer(match, analysis) &&
      !MEETING_LENGTH.test(textAfter(analysis, match, 16)),
    message: 'Gives a company overview.',
    why: WHY_SELF,
    evidence: EVIDENCE.companyOverview,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'I am writing on behalf of Veltrix Tooling, a family-owned die maker founded in 1978.',
      'We’ve been placing workers in this county since 2004.',
      'Hi Ken, Lisa Grant from Anvil Safety. We have 40 trucks in your area and 30 years in business.',
      'We were founded in 2009 and have over 500 customers.',
      'We provide end-to-end logistics software.',
      'We are interior designer website specialists. We are based in New York City.',
      'So we built a service that handles it for you.',
      'As a freelance journalist with a decade of experience, I offer the experience and passion it takes.',
      'We represent numerous touring disc golf pros.',
      'We pride ourselves on service.',
      'Our clients include Walmart and Target.',
      'A letter outlining all of the benefits of working with ABC Company.',
      'Founded in 2004, Keel Logistics runs 30 trucks.',
      'We are a regional supplier of fasteners for marine builders.',
      'We do payroll for small businesses.',
      'We work with retailers across the country to make cash simpler.',
      'Our team brings decades of experience in claims.',
      'What sets us apart is our people.',
      'We built a smart safe that eliminates the bank run entirely.',
      'The model combines my 15+ years of CFO experience with AI agents.',
      'I spent 10 years doing exactly this.',
      'I’m a strategy consultant who spent 8 years at Capital One leading transformations.',
      'I work with Series A-C companies as an AI-powered fractional CFO.',
      'I run a small agency that builds websites for dentists.',
      'We handle sourcing, screening, and scheduling.',
      'We print catalogues, brochures, signage and more.',
      'We’re taking on 3 new construction clients this quarter.',
      'I’m a highly skilled grant writer who has worked with dozens of charities.',
      'I am an expert in customs rules for food exporters.',
      'I just built something that might help you.',
      'I built something different: AI portfolios that answer recruiters.',
      'I run a small service called PlanRadar.ie.',
      'I built decide.fyi — notaries for subscription policies.',
    ],
    valid: [
      'You mentioned your blast freezer backs up on Thursdays; we have 40 pallet positions open on Thursdays through March.',
      'We benchmarked 60 distributors based in Ohio.',
      'The experts we interviewed disagreed on the timing.',
      'Most brokers founded in 2004 have since merged.',
      'We built a rota tool that helped two clinics your size cut agency spend by 18%.',
      'We are a customer of your bank, and we saw the new fee schedule.',
      'We do audits for shippers your size, and 7 in 10 overpay on fuel.',
      'Planners who have decades of experience still missed the fuel change.',
      'What sets the top shippers apart is quarterly re-bids.',
      'We have 40,000 square feet six miles closer to I-70 at $1.10 less per foot.',
      'Can we have 20-minute call on Tuesday 10:00?',
      'We have 40 tonnes of grade A ready for shipment in June.',
      'As we work with many crowdfunding campaigns, we know how costly a late delivery is.',
      'Planners spent 10 years doing it by hand.',
      'We handle it Thursday, and you keep the benchmark.',
      'I’m a compliance specialist with Arden Freight, and your May filing changed.',
      'Most firms your size have an expert on staff, and a seasoned one costs $140K.',
      'We built something for your Fresno team last spring, and their downtime fell by half.',
      'I run the numbers on 40 clinics every quarter.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.about_us',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      "(?:tell|show|give|share with) you (?:a (?:bit|little) |more |all |some info |an overview )?(?:about|of) (?:us|ourselves|what we do|who we are|my company|the company)|share about (?:us|ourselves|our (?:company|firm|team)(?:'s)?)|(?<=(?:^|[.!?…:\\n]) ?)(?:a (?:bit|little|word|few words) )about (?:us|ourselves)(?= ?[:—–])|what we do|who we are|here's what (?:i|we)(?:'ve| have)? (?:built|made|created|developed)|(?:tell|show|explain to|share with) you what (?:we're|we are|we've been|we have been) (?:up to|doing|working on|building)|(?:tell|show|explain to|share with) you what we (?:can|could) (?:do|offer|build|provide)|(?:start|starting|begin|beginning) (?:by|with) (?:explaining|telling you|describing) what (?:we|[\\p{L}&-]+) (?:do|does)(?![\\p{L}])|(?:reaching out|writing|calling|here) to (?:share|present|introduce|offer) (?:you )?(?:a|an|our|my) (?:[\\p{L}-]+ ){0,3}?(?:solution|product|platform|tool|app|service|software|program|programme|offering)(?![\\p{L}])",
    accept: (match, analysis) => !offeredAsIntroduction(match, analysis),
    message: 'Offers to tell the prospect about you.',
    why: WHY_SELF,
    evidence: EVIDENCE.companyOverview,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Let me start by explaining what Silverline does: we distribute surgical instruments.',
      'I’d like to show you what we do.',
      'Here’s what I’ve built - an AI system that confirms appointments by text.',
      'I’m writing to tell you about Forge Tooling and what we do.',
      'I’d love to get together and tell you what we’re up to.',
      'I’d like to show you what we can do for your team.',
      'I’m reaching out to share an innovative educational technology solution.',
      'I am calling to share about our company’s services in software testing.',
      'Hi Ruth, Malik with Greenway Couriers. A bit about us: 14 routes and same-day runs.',
    ],
    valid: [
      'I’d love to learn about your business and share a bit about what we do.',
      'Ana suggested I call: she said you might be interested in what we’re doing with broker training.',
      'I’m writing to share a benchmark of 40 plants: most overpaid for freight in May.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.reason_is_us',
    category: 'self_focus',
    severity: 'warn',
    // The reason for the call is what we do: "I'm calling because we help shippers cut spend",
    // "…because we've helped 40 hospitals streamline procurement".
    pattern:
      "(?:(?:calling|writing|reaching out|emailing|ringing|getting in touch) (?:to you )?(?:because|since|as)|(?:reason|purpose) (?:why |that )?(?:i'm |i am |i )?(?:calling|writing|reaching out|called|(?:for|of) (?:my|the|this) (?:call|email))(?: you)? is(?: that)?) (?:we|my company|our company|our team|our firm)(?:(?:'ve| have) helped| (?:help|provide|offer|speciali[sz]e|sell|make|build|supply)|(?:'re| are) (?:a|an))(?![\\p{L}])" +
      // The call is about our product itself: "I'm calling about our new billing service", "writing
      // regarding an innovative new alarm system". A new rule or a system of theirs is news.
      '|(?:calling|writing|reaching out|emailing|ringing) (?:you )?(?:about|regarding|to tell you about) (?:(?:our|my) (?:[\\p{L}-]+ ){0,2}?|(?:a|an) (?:[\\p{L}-]+ ){0,1}?(?:new|brand-new|revolutionary|innovative|exciting|amazing|unique|cutting-edge) (?:[\\p{L}-]+ ){0,2}?)(?:system|product|service|platform|app|program|programme|solution|software|tool|device|offer|package)s?(?![\\p{L}])',
    // "…because we've helped three clinics cut no-shows by 40%", "…because we help plants like
    // yours [key benefit]": a measured or slotted outcome is a proof point.
    accept: (match, analysis) =>
      !carriesAResult(match, analysis) &&
      !(
        /help/iu.test(analysis.scan.slice(match.start, match.end)) &&
        outcomeFollows(match, analysis)
      ),
    message: 'Gives what your company does as the reason for the call.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'I’m calling because we help shippers cut freight spend.',
      'I’m calling because we’ve helped 40 hospitals leverage synergies across their supply chains.',
      'I’m calling because we provide payroll for restaurants.',
      'The reason I’m calling is we help dental groups fill their hygiene chairs.',
      'The reason why I’m calling you is that we provide simple and effective backup and recovery of your customer data.',
      'Purpose for my call is that we provide maintenance contracts for rooftop units.',
      'Hello! I’m ringing about an exciting new fleet tracking device.',
      'Hi Sam, I’m writing regarding our payroll package for restaurants.',
    ],
    valid: [
      'I’m calling because we helped three clinics your size cut no-shows by 40%.',
      'I’m calling because we studied 40 Ohio shippers and found a 9% gap.',
      'I’m calling because we’ve helped companies like [similar company] reduce their [metric] by [result].',
      'I’m calling because we work with a lot of plants dealing with the May tariff.',
      'I’m calling because we help clinics like yours [key benefit].',
      'I’m calling because we help dealers like yours capture the 80% of leads that go unanswered.',
      'I’m calling about the new permit system your county switched to in May.',
      'I’m calling about a new rule that changes your fuel surcharge.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.company_frame',
    category: 'self_focus',
    severity: 'warn',
    // "At Pulse Graphix, we understand…": our company as the sentence's frame and "we" as its
    // subject, saying what we believe, are or do.
    pattern:
      "(?<=(?:^|[.!?…:\\n]) ?)at [\\p{L}\\d&.-]+(?: [\\p{L}\\d&.-]+){0,3},? (?:we|we're|we are) (?:[\\p{L}]+ )?(?:understand|believe|know|pride|specialize|specialise|help|offer|provide|focus|make|do|have|work|deliver|build|care|strive|love|bring|combine|empower|serve|supply|partner|solve|fix|handle|eliminate|guarantee|are|'re)(?![\\p{L}])" +
      // "At Quartz, we're passionate about helping law firms…": what we feel about our work.
      "|(?<=(?:^|[.!?…:\\n]) ?)at [\\p{L}\\d&.-]+(?: [\\p{L}\\d&.-]+){0,3},? (?:we're|we are) (?:so |really |truly |deeply )?(?:passionate|committed|dedicated|obsessed|proud)(?![\\p{L}])",
    // "At GTSE, we supply the same specs 30% cheaper": an offer measured against what they pay now
    // is the benefit, as in company_overview.
    accept: (match, analysis) =>
      !frameIsNotACompany(match, analysis) && !offerMeasuredAgainstTheirs(match, analysis),
    message: 'Frames a sentence with your company (“At Acme, we…”).',
    why: WHY_SELF,
    evidence: EVIDENCE.companyOverview,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'At Pulse Graphix, we understand the importance of a strong brand.',
      'Hi Dana. At Arden, we believe every shipper deserves a fair rate.',
      'At DataNexus we empower organizations to use their data.',
      'At Gaodetec, we solve all three: load-tested jacks, fast delivery and support.',
      'At Quartz, we’re passionate about helping law firms work smarter.',
    ],
    valid: [
      'At your size, we see most plants overpay on fuel by 6%.',
      'At the expo, we heard the same from three buyers.',
      'At Acme, churn fell 12% after the switch.',
      'At your size we see most plants overpay on fuel.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.seller_set_piece',
    category: 'self_focus',
    severity: 'warn',
    // The lines a seller turns to the company with, whatever the company sells: the problem told,
    // then "that's where we come in"; "our differentiators are…"; "very good quality and best
    // price"; "best prices in town".
    pattern:
      "(?:that's|this is|which is) (?:exactly )?where (?:we|i|our (?:[\\p{L}-]+ ){0,2}?(?:team|company|firm|product|platform|service|solution)|\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2}) comes? in|(?:our|my) (?:key |main |biggest )?differentiators? (?:is|are)|(?:very |really |the )?(?:good|high|best|top|premium|excellent) quality(?:,| and| at)? (?:the )?(?:best|good|competitive|lowest|great|cheap) prices?|(?:the )?(?:best|lowest|cheapest) prices? in (?:town|the (?:market|industry|area|city|region|country))",
    message:
      'Turns the opener to us with a seller’s set piece (“that’s where we come in”, “best prices in town”).',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Most operators still reconcile payments by hand. That’s where MNNR comes in — we automate it.',
      'That’s exactly where we come in.',
      'My differentiators are my ideas and resources.',
      'We are exporter of fresh grapes from India, very good quality and best price.',
      'We do sound, lights and DJs, best prices in town.',
    ],
    valid: [
      'That’s where most of the overtime comes in: the Monday shift.',
      'Your Monday loads are where the detention fees come in.',
      'Buyers in the survey ranked delivery quality above the lowest price.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.brochure_heading',
    category: 'self_focus',
    severity: 'warn',
    // A heading on a line of its own that opens a section about our offer: "About Agroverse:",
    // "The Solution:", "How it works for you:". The email has turned into a brochure.
    pattern:
      '(?<=(?:^|\\n)(?: |\\t|\\*|#)*)(?:about (?!you|your)[\\p{L}\\d&.-]+(?: [\\p{L}\\d&.-]+){0,2}|(?:the|our) solution|what we (?:do|offer)|who we are|why (?:us|choose us)|how it works(?: for you)?|our (?:services|products|offer|offering)|(?:key )?features)(?=\\s*:(?: |\\t|\\*)*(?:\\n|$))',
    message:
      'Turns the email into a brochure with a section about us (“About …:”, “The Solution:”).',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Hi Lena,\nI found your tea workshops.\n\nAbout Agroverse:\n- 100% ceremonial cacao\n- Direct farmer relationships',
      'Subject: 211 call volumes\n\nThe Challenge:\nWait times are long.\n\nThe Solution:\nAidLink matches residents to resources.',
      'Hi Ruth,\n\nHow it works for you:\n- We feature your winery to visitors',
    ],
    valid: [
      'Hi Lena,\nAbout your June order: the cacao ships on the 4th.',
      'Your options:\n- renew in May\n- switch in June',
      'The solution most plants picked: a second supplier.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.introduces_offering',
    category: 'self_focus',
    severity: 'warn',
    // The call's purpose is to present our company or product by name: "I'm calling you to
    // introduce SSW Upsizing PRO!", "to introduce Cloud Obsidian as a resource for…". Introducing
    // yourself is the weak-value rules' business, and a person introduced by name is not matched.
    pattern: 'introduc(?:e|ing) (?:you to )?[\\p{L}\\d&-]+',
    accept: (match, analysis) => introducesOurName(match, analysis),
    message: 'The call is to present your company or product.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Hi, this is Scott from SSW. I’m calling you to introduce SSW Upsizing PRO!',
      'The reason for the call is to introduce Cloud Obsidian as a resource to build your software.',
    ],
    valid: [
      'I’d like to introduce Maria Lopez, who ran the audit at your Reno plant.',
      'I’d love to introduce myself and my company.',
      'Carriers will introduce May surcharges on every Ohio lane.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.credentials',
    category: 'self_focus',
    severity: 'warn',
    // Our age, our offices and our family tree, told before anything about them: "Quick background
    // on us: we're a twelve-year-old firm with offices in three countries", "Allied has been
    // family-owned since 1962", "We've insured fishing fleets for 40 years".
    pattern:
      "(?:quick |a little |a bit of |some |brief )?background on (?:us|our company|our firm|who we are)|(?:a little|a bit|a little bit) about (?:us|our company|our firm|who we are)(?= ?[:,.—–-])|(?:\\d+-)?year-old (?:[\\p{L}-]+ ){0,3}?(?:firm|company|agency|business|consultancy|provider|contractor|practice)(?![\\p{L}])|(?:has|have) been (?:proudly )?family-owned|with offices in (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple) (?:countries|states|cities|provinces|regions)|(?:we(?:'ve| have)|we've been|we have been) (?!(?:studied|tracked|benchmarked|surveyed|measured|audited|reviewed|analy[sz]ed|watched|seen)(?![\\p{L}]))(?:[\\p{L}-]+ ){1,5}?for (?:over |more than |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) years(?![\\p{L}])",
    message: 'Tells our age, offices or history instead of something about them.',
    why: WHY_SELF,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Quick background on us: we’re a twelve-year-old firm with offices in three countries.',
      'Allied has been family-owned since 1962, with three warehouses and same-day delivery.',
      'We’ve insured commercial fishing fleets for 40 years, with offices in Seattle and Kodiak.',
      'Let me start with a little about us: Crestline has provided guard services for 31 years.',
      'I’m Tom Keller from Garrison Risk Engineering, a 40-year-old firm with 200 engineers.',
    ],
    valid: [
      'We’ve tracked detention on 400 Ohio lanes for ten years, and May is always the worst month.',
      'Your plant is a 40-year-old building with the original switchgear.',
      'Family-owned shops in Ohio pay 9% more for liners.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.track_record',
    category: 'self_focus',
    severity: 'warn',
    // Our count of installs and our rating, told as the reason to listen: "has installed over 9,000
    // systems across Arizona", "holds an A-plus rating". Apart from self_focus.status_claim so
    // that "has" and "have" do not send every sentence through that rule's long list.
    pattern:
      '(?:holds?|has|have|earned|carries|carry) an? (?:a-plus|a\\+|five-star|5-star) rating|(?:has|have) installed (?:over |more than |nearly )?\\d[\\d,]*\\+? (?:systems|homes|units|roofs|panels|projects)',
    message: 'Tells our track record (installs, ratings) instead of something about them.',
    why: WHY_SELF,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'BrightPath has installed over 9,000 systems across Arizona and holds an A-plus rating with the Better Business Bureau.',
      'We have a five-star rating on Google.',
    ],
    valid: [
      'Your roof has a top rating for wind, but the flashing is original.',
      'Your building has installed 40 new units since May.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.status_claim',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      "(?:we|i)(?:'ve| have)? (?:work|worked|partner|partnered) with (?:(?:quite a few|many|hundreds of|dozens of|lots of|a lot of|plenty of) (?:[\\p{L}-]+ )?)?(?:brands|companies|clients|names|businesses|customers|the likes of|household names)(?: (?:like|such as|including))?|(?:was|were|has been|have been) (?:recently )?(?:named|ranked|voted|recognized|recognised) (?:as )?(?:a |an |the |one of the )?(?:top|best|#1|number one|leading)(?![\\p{L}])|(?:our|my) (?:customers|clients|users) (?:love|rave about|swear by|adore)|(?:we|we've|we have) (?:just |recently )?(?:launched|released|rolled out|unveiled) (?:a |an |our )?(?:new |brand-new |exciting )?(?:[\\p{L}-]+ )?(?:product|platform|portal|app|tool|service|feature|solution|range|line|software)|(?:the |a |an )(?:number(?:-| )one|no\\. ?1|#1|top(?:-| )rated|highest(?:-| )rated|best(?:-| )rated|industry(?:-| )leading|market(?:-| )leading)(?: [\\p{L}-]+){0,3}? (?:platform|provider|company|vendor|app|system|software|solution|firm|agency|partner|brand|tool|service|bank|carrier)|(?:the |a )#1(?:-| )(?:rated|ranked|choice|selling|pick|name)|(?:the |a |an )(?:fastest(?:-| )growing|most (?:trusted|advanced|innovative|powerful|complete|affordable)|premier)(?: [\\p{L}-]+){0,3}? (?:platform|provider|company|vendor|app|system|software|solution|firm|agency|partner|brand|tool|service|marketplace|network|supplier|manufacturer|crm)|(?:is|it's|that's|are|we're|we are) (?:simply |just |by far |easily |honestly |truly |really |hands down |arguably |quite simply )?(?:the|our) [\\p{L}]+est (?:[\\p{L}-]+ ){0,2}on the market|(?:we're|we are) (?:the |an? )?(?:industry|market|category) leaders?|(?:trusted|used|chosen|loved) by (?:over |more than |nearly )?(?:\\d[\\d,]*\\+?|thousands|hundreds|millions)(?: of)? (?:[\\p{L}-]+ )?(?:companies|clients|customers|merchants|businesses|teams|brands|users|restaurants|practices|clinics|hospitals|schools|shops|stores|firms|agencies|dealers|families|homes|plants|factories|facilities|sites|fleets|hotels|venues|warehouses|manufacturers|retailers|banks|dealerships|contractors|organi[sz]ations)(?![\\p{L}])|(?:companies|clients|customers|businesses) trust us|(?:we've|we have) been (?:around|in business|doing this) for|(?:(?:we|we've|we have|we've been)|our (?:[\\p{L}-]+ ){1,2}(?:has|have|is|are)) (?:[\\p{L}-]+ ){1,6}?(?:more|better|faster|bigger|larger) (?:[\\p{L}-]+ ){0,6}?than any(?:one| other| of)(?![\\p{L}])|(?:our team|we|our company) (?:has|have|'ve) won" +
      // "We're excited to announce the launch of DCF Fleet Management": our news, as the reason.
      "|(?:we're|we are|i'm|i am) (?:so |very |really )?(?:excited|thrilled|proud|pleased|happy|delighted) to (?:announce|unveil|introduce|share) (?:the (?:launch|release|arrival) of|our (?:new|latest)|the new)(?![\\p{L}])" +
      // "We've invested $4 million in new presses": what we spent on ourselves, as the reason to
      // listen.
      // (What we invested in a study of their market is research: "…in our benchmark of 60 plants".)
      "|(?:we|we've|we have) (?:just |recently )?invested (?:[\\p{L}\\d$€£.,-]+ ){0,4}?in (?:new|our|a new|state-of-the-art|the latest)(?![\\p{L}])(?! (?:[\\p{L}-]+ )?(?:study|studies|benchmark|benchmarks|research|survey|surveys|analysis|data|report)(?![\\p{L}]))" +
      // "the Northwest's top-ranked grant consultancy", "— voted Top Roofing Consultant three
      // years running": rank as the reason to listen.
      '|(?:number(?:-| )one|top|best)(?:-| )ranked|voted (?:the )?(?:top|best|#1|number(?:-| )one)(?![\\p{L}])' +
      // "We just closed our biggest deal ever": our milestones, told to a stranger.
      "|(?:we|i) (?:just |recently |finally )?(?:closed|won|signed|landed|hit|reached|had|booked|celebrated) (?:our|my) (?:biggest|largest|best|record|first|highest|strongest|\\d+(?:st|nd|rd|th))|(?:our|my) (?:biggest|best|record|strongest) (?:year|quarter|month|deal|launch) (?:ever|yet|to date)|(?:we|i|our company|our team) (?:just |recently )?(?:won|received|earned|picked up) (?:the|an|a|our) (?:\\S+ ){0,3}?award|(?:we were|we've been|we have been|we got|i was) (?:recently |just )?(?:featured|named|ranked|listed|recognized|recognised) (?:in|by|as|on|among)|we (?:just |recently )?(?:raised|closed) (?:a|our) (?:series|seed|funding|round)|(?:we|we've|we have|i|i've|i have) (?:just |recently )?(?:launched|released|rolled out|unveiled) (?!(?:a |an |our |the )?(?:[\\p{L}-]+ )?(?:study|survey|report|research|analysis|benchmark|index|pilot)(?![\\p{L}]))(?:a |an |our )?(?:new |brand-new )?\\p{Lu}[\\p{L}-]*",
    // "We've just launched Bamboo Fibre Straws": a launch counts when what was launched is a
    // product (the listed nouns) or a name; "we launched in Ohio" names neither.
    accept: (match, analysis) =>
      !/(?:launched|released|rolled out|unveiled)(?:\s+(?:a|an|our|new|brand-new))*\s+\S+$/iu.test(
        analysis.scan.slice(match.start, match.end),
      ) ||
      /(?:product|platform|portal|app|tool|service|feature|solution|range|line|software)$/iu.test(
        analysis.scan.slice(match.start, match.end),
      ) ||
      /\s\p{Lu}\S*$/u.test(analysis.scan.slice(match.start, match.end)),
    message: 'Makes a status claim about us (number one, top-rated, trusted by thousands).',
    why: 'Every vendor claims to be the best, so the claim is heard as noise and marks the call as a pitch; a One-Up rep shows expertise by what they know about the prospect’s world.',
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Our asset-management platform is trusted by more than 400 plants worldwide.',
      'Thousands of companies trust us.',
      'Apex Scheduling, the #1 rated scheduling app on Capterra.',
      'Apex Payroll, the #1 payroll app for clinics.',
      'We’re trusted by over 2,000 merchants.',
      'Our scheduling suite is trusted by 2,000+ clinics.',
      'We have worked with brands such as Acme and Globex.',
      'Our clients rave about the dashboard.',
      'We recently rolled out a new booking portal.',
      'We just closed our biggest deal ever.',
      'We recently won the Shipper’s Choice award.',
      'We were recently featured in Forbes.',
      'We just raised a Series B.',
      'We’ve just launched Bamboo Fibre Straws that solve this.',
      'I recently released Safeplan, a playbook that redefines workplace safety.',
      'TradeWind is the fastest-growing boat marketplace in the Southeast.',
      'Northpeak was named a top-ten performance agency two years running.',
      'We’ve worked with quite a few restaurant businesses in your area.',
      'It is simply the cleanest CRM on the market.',
      'It’s honestly the cleanest CRM on the market.',
      'Our brokerage has closed more industrial deals in the county than any other firm for five straight years.',
      'As the Northwest’s top-ranked grant consultancy, we know funders.',
      'Hi Tessa, Summit Envelope Group — voted Top Roofing Consultant three years running — has looked at your project.',
      'We’ve invested $4 million in new presses this year and can now run jobs up to 70 inches wide.',
      'We’re excited to announce the launch of DCF Fleet Management, a mobile-first fleet tool.',
    ],
    valid: [
      'We invested six months in our benchmark of 60 distributors.',
      'Carriers rated top by shippers held rates flat.',
      'Most of the teams we studied lead their market.',
      'Shippers we work with saw rates rise 8% in May.',
      'We launched a study of 40 plants last spring.',
      'After a funding round, the #1 problem is hiring reps fast enough.',
      'Your rival just raised a Series B and is hiring 20 reps.',
      'We launched in Ohio last spring and saw rates rise 9%.',
      'We just released our benchmark of 40 Ohio shippers.',
      'The fastest-growing shippers in Ohio re-bid their lanes in May.',
      'The lowest rates on the market moved to two carriers this spring.',
      'Your plant ran more shifts in May than any other site in the group.',
      'Your safety lead has twenty years of experience with silica rules.',
      'Ohio’s largest shippers re-bid their lanes in May.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.our_price',
    category: 'self_focus',
    severity: 'warn',
    // What our product costs: "It costs $97/month", "Plans start at $25 per month", "I'm offering
    // a founding setup at €299", "Our intro offer: 3 posts for 500 AED". A price describes the
    // offering, not the prospect's world; what the prospect loses or saves ("a missed call costs
    // $850") is not matched.
    pattern: [
      `(?:it|and|which) costs (?:only |just |less than |under )?${PRICE}(?:/| per | a )(?:month|mo|year|yr|user|seat|location)(?![\\p{L}])`,
      `(?:plans?|pricing|prices) (?:start|starts|begin|begins) (?:at|from) (?:only |just )?${PRICE}`,
      `(?:(?<=(?:^|[.!?:•*\\n–—-]) ?)starts? at|starting at|priced at) (?:only |just )?${PRICE}`,
      `the investment is (?:only |just )?${PRICE}`,
      `(?:we|i) (?:can |will |'ll )?(?:fix|do|handle|solve|sort|run|manage|set up|build) (?:that|this|it|them|all of (?:that|this|it)) for (?:only |just )?${PRICE}`,
      `(?:i'm|i am|we're|we are) offering (?:[\\p{L}\\d-]+ ){0,12}?(?:for|at) (?:only |just )?${PRICE}`,
      `(?:our|my) (?:intro|introductory|founding|launch|special|trial) (?:offer|price|package|rate):? (?:[\\p{L}\\d-]+ ){0,6}?(?:for|at) (?:only |just )?${PRICE}`,
    ].join('|'),
    message: 'Quotes the price of what you sell.',
    why: 'A price in the opener makes the call about buying our product before the prospect has a reason to care; what it costs belongs in the meeting, after the value.',
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'It takes 5 minutes to add to your website and costs $97/month.',
      'Plans start at $25 per month.',
      'Fast, affordable, and mobile-friendly. Starts at $1,500.',
      'I’m offering a founding setup at €299, menu and QR codes included.',
      'Our intro offer: 3 posts for 500 AED.',
      'We’re offering 3 professionally written blog posts tailored to your specialties for 500 AED total.',
      'The investment is $90K with payback in 4 days.',
      'Most shops lose 20 hours a month to IT issues. We fix that for $149/mo.',
    ],
    valid: [
      'A missed call costs a clinic like yours $850 a month.',
      'Two plants your size saved $38,000 a year by fixing the tariff.',
      'Units on that street rented at $1,650 last month.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.what_we_sell',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      "(?:we|we've|we have|so we) (?:do|make|sell|offer|provide|build|got) (?:great|the best|managed|custom|quality|high-quality|premium|a wide range of|a full range of|all kinds of|a new|some new|new|a range of) [\\p{L}]+|(?:we|so we)(?: have|'ve got|'ve| have got| got) (?:some |a )?(?:great|amazing|excellent|fantastic|innovative|the best|special|exclusive|unbeatable) (?:products?|services?|solutions?|offers?|deals?|packages?|tools?|software|technology|programs?)(?! of)" +
      // Our news as the topic: "We have some new features…", "I've got a few exciting products".
      "|(?:we|i)(?: have|'ve got|'ve| have got| got) (?:some |a few |a couple of |several )?(?:great |amazing )?(?:new |exciting |latest |brand-new )+(?:products|services|solutions|tools|features|updates|capabilities|releases|designs|models|offerings)(?![\\p{L}])" +
      // What we do for a living, said as a service: "I help executives look better on TV."
      // "We have a solution that…", "I have a product that can save you money" (the label rule's
      // own example of a company pitch).
      "|(?:we|i) (?:have|'ve got|have got|got) (?:a|an) (?:[\\p{L}-]+ ){0,2}?(?:solution|product|platform|tool|app|software|service|offering)(?![\\p{L}])" +
      // "…companies like yours" is the companies_like_yours rule's.
      '|(?:i|we) help (?!you\\b|your\\b)(?!(?:[\\p{L}\\d/-]+ ){0,3}?(?:like|such as) )(?:[\\p{L}\\d/-]+ ){1,3}?(?:look|get|sell|grow|find|win|make|keep|run|manage|build|hire|fill|reach|land|book|close|stay|become|feel|fix|cut|save|reduce|lower|increase|improve|automate|scale|recruit|avoid|stop|protect|recover|navigate|launch|streamline|generate|convert|capture|boost|drive|handle|prepare|pass|comply|source|train|deploy|catch|track)\\b',
    // "I help VPs of Marketing cut ad spend by 20%", "we help [industry] companies save 10+
    // hours a week": what we do, named only to carry a measured result, is a proof point (as the
    // clause reader reads "we help…" with a figure). The match ends at the verb, so the figure is
    // looked for in the rest of its sentence.
    accept: (match, analysis) =>
      !resultFollows(match, analysis) && !outcomeFollows(match, analysis),
    message: 'Describes what we sell.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'We make great uniforms.',
      'We’ve got a new cloud backup product.',
      'So we do managed IT for businesses.',
      'We have some great products and would like to discuss them with you.',
      'I help executives look better in board meetings.',
      'We help dental practices fill their empty chairs.',
      'I help B2B companies fix misaligned sales stacks.',
      'We have a solution makes it way easier and faster.',
      'We help clinics cut no-shows by up to 40% with text reminders.',
      'I have a product that can save you money on your travel budgets.',
      'We have some new features to show you.',
      'I’ve got a few exciting products for your store.',
      'Listen, we’ve got some great new products in and I’d love to show you.',
      'I’m with Brightpath Print now and we’ve got a great deal on business cards this month.',
    ],
    valid: [
      'We found a new pattern in renewals.',
      'We helped three clinics cut no-shows by a fifth.',
      'Can we help you get ahead of the deadline?',
      'We benchmarked 60 distributors.',
      'We have some new numbers on your lanes.',
      'Your rivals have new products on every shelf.',
      'We have new findings on Ohio lanes: rates rose 9% in May.',
      'We’ve got a great deal of data on your lanes: three of them overpay by 9%.',
      'We help [industry] companies save 10+ hours a week by automating [tasks].',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.what_we_built_is',
    category: 'self_focus',
    severity: 'warn',
    // "I built something that might help. It's a unified threat intelligence platform that
    // combines…": after the rep says they built something, "it's a … platform" describes it.
    pattern:
      "(?<=(?:^|[.!?…:\\n]) ?)(?:it's|it is|this is) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:platform|tool|app|software|system|dashboard|marketplace|engine|bot|assistant|plugin|extension|service|solution)(?![\\p{L}])",
    accept: (match, analysis) =>
      /(?<![\p{L}])(?:i|we)(?:['’]ve| have)? (?:just |recently )?(?:built|made|created|developed|launched|been building)(?![\p{L}])/iu.test(
        textBefore(analysis, match, 300),
      ),
    message: 'Describes the product you built.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'I noticed you are hiring SOC analysts. I built something that might help. It’s a unified threat intelligence platform that combines three feeds.',
    ],
    valid: [
      'Your analysts switch between three feeds. It’s a platform problem more than a staffing one.',
      'We built a benchmark of 40 SOC teams. It’s a pattern: the fastest ones use one feed.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.we_built',
    category: 'self_focus',
    severity: 'warn',
    // "My friend and I have developed an open-source logging module", "I'm an insurance
    // professional who's built a tool that scans…": the product we made, introduced as the topic.
    pattern:
      "(?:(?:i|we)(?:'ve| have)?|(?<=(?:i'm|i am) [^.!?…]{1,80})who(?:'s| has)) (?:just |recently )?(?:built|developed|created|launched|designed) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:tool|module|platform|app|software|system|dashboard|plugin|extension|product|solution|library|service)(?![\\p{L}])",
    // "We built a tool that cut detention by 30% at three ports": a measured outcome for clients
    // makes it the proof point the label rule allows.
    accept: (match, analysis) => !outcomeFollows(match, analysis),
    message: 'Introduces the product you built.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'As a quick introduction, my friend and I have developed an open-source logging module for Node.js applications.',
      'I’m a licensed insurance professional who’s built a tool that scans businesses for cyber vulnerabilities in 60 seconds.',
    ],
    valid: [
      'We built a benchmark of 40 SOC teams.',
      'We built a model of your lanes: three of them overpay by 9%.',
      'We built a tool that cut detention by 30% at three ports.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.product_subject',
    category: 'self_focus',
    severity: 'warn',
    pattern:
      '(?:makes|provides|offers|sells|delivers|manufactures|builds|supplies|distributes|develops|specializes|specialises|is a (?:[\\p{L}-]+ ){0,3}?(?:service|platform|tool|app|company|provider|solution|product|software|firm|agency|partner|reseller|distributor|manufacturer|supplier|contractor|consultancy|studio)(?![\\p{L}])|has (?:over |more than |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty)\\+? years of (?:experience|expertise))',
    // "Cogent specializes in increasing our clients' bandwidth": a company that specialises is
    // described as a vendor, whoever names it, unless the rep is reporting what they saw.
    accept: (match, analysis) =>
      ownCompanyIsSubject(match, analysis) ||
      (/^speciali[sz]es/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /(?:^|[.!?…:;,—–]\s*|\n\s*)\p{Lu}[\p{L}\d&'’-]*\s+$/u.test(
          textBefore(analysis, match, 30),
        ) &&
        !/(?:saw|see|noticed|notice|read|know|knew|heard|hear|that)\s+\p{Lu}[\p{L}\d&'’-]*\s+$/iu.test(
          textBefore(analysis, match, 40),
        )),
    message: 'Describes what your company or product does.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'This is Jenny Lowe from Clarion IT. Clarion is a Microsoft Gold Partner with 60 engineers.',
      'This is Neil Grant from Veriscan Imaging. Veriscan makes portable ultrasound units used in over 400 clinics.',
      'I wanted to introduce you to DocuLoop. DocuLoop provides a convenient way to share large design files.',
      'Look, I know it is not your first priority. Cogent specializes in increasing bandwidth for firms.',
      'Brian Kowalski from Keystone Site Safety. Keystone has twenty years of experience and certified hygienists on staff.',
    ],
    valid: [
      'This is Neil Grant from Veriscan Imaging. Parkside Clinics cut imaging referrals by a third.',
      'Dana Lee with Arden Freight. Ohio offers the lowest lane rates this quarter.',
      'I saw that Brenner specializes in marine fasteners, and their rates rose 9% in May.',
    ],
  },
  {
    kind: 'phrase',
    id: 'self_focus.our_thing_does',
    category: 'self_focus',
    severity: 'warn',
    // Our product, whatever it is called, as the subject of a sentence saying what it does: "Our
    // smart safes eliminate deposit prep", "Our platform includes: …". The product list is open,
    // so the sentence's shape (ours + a verb of what a product does) decides, not the noun.
    pattern:
      '(?<=(?:^|[.!?…:]) ?)our (?:[\\p{L}-]+ ){1,3}?(?:eliminates?|automates?|handles?|integrates?|includes?|streamlines?|simplif(?:y|ies)|removes?|replaces?|combines?|lets|allows?|enables?|powers?|features?|tags?|manages?|comes with|works with|plugs into|syncs?|connects?)(?![\\p{L}])',
    accept: (match, analysis) =>
      !NOT_OUR_PRODUCT.test(analysis.scan.slice(match.start, match.end)) &&
      !carriesAResult(match, analysis),
    message: 'Describes what your product does.',
    why: WHY_SELF,
    evidence: EVIDENCE.methodOurCompany,
    suggestion: TURN_TO_THEM,
    suggestFor: turnToThem,
    examples: [
      'Our smart safes eliminate deposit prep and make your life easier.',
      'Our scheduling engine handles dispatch, invoicing and inventory in one place.',
    ],
    valid: [
      'Our clients handle twice the volume with the same crews.',
      'Our data includes 140 plants in your state.',
      'I looked at your depots. Our audit removes nothing you rely on.',
    ],
  },
];
