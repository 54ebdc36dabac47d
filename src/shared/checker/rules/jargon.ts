import { EVIDENCE } from '../evidence';
import type { Analysis } from '../analysis';
import type { PhraseRule, StructuralRule } from '../rule-types';
import type { Span } from '../types';
import { insideContextCompany, textAfter, textBefore } from './helpers';
import { wholeWordRegExp } from '../patterns';

/** Vendor vocabulary the prospect has learned to tune out. */
const WHY_JARGON =
  'Vendor words are what every pitch sounds like, so the prospect files you with the rest; plain words about their business sound like a peer.';

export const JARGON_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'jargon.solutions',
    category: 'jargon',
    severity: 'warn',
    pattern: 'solutions?',
    accept: (match, analysis) => {
      if (insideContextCompany(analysis, match)) return false;
      // Wide enough to reach the "[" of a long template slot ("[brief 1-sentence description of solution]").
      const before = textBefore(analysis, match, 80);
      const after = textAfter(analysis, match, 30);
      // The literal senses: a liquid, or the answer to a stated problem.
      if (
        /(?:chemical|cleaning|saline|buffer|aqueous|sanitizing|sanitising|disinfectant|lens|nutrient|electrolyte|chlorine|stock|glucose|salt|water|iv|sugar|dilute|diluted|concentrated)\s+$/iu.test(
          before,
        )
      )
        return false;
      // "Providing solutions to their retirement planning needs" is the buzzword whatever follows;
      // "have you found a solution?" and "a solution to the surcharge problem" are literal.
      const offered = before
        .trim()
        .split(/\s+/u)
        .slice(-3)
        .some((word) => /^(?:provid|offer|deliver|bring|sell)/iu.test(word));
      if (!offered && /^\s+(?:to|of)\s/iu.test(after)) return false;
      if (
        /(?:found|find|finding|need|seek|seeking|looking for|got)\s+(?:a|any|the|your own)\s+$/iu.test(
          before,
        )
      )
        return false;
      // Inside a template slot ("[brief description of solution]") or as the label of a case
      // study's line ("Solution: …" between "Before:" and "Result:"): a word about the template,
      // not said to the prospect.
      if (/[[{][^\]}\n]*$/u.test(before) && /^[^[{\n]*[\]}]/u.test(after)) return false;
      if (/^\W*:/u.test(after) && /(?:^|\n)[\s*_>-]*$/u.test(before)) return false;
      // "Acme Solutions" mid-sentence is a company name, not the buzzword. An ellipsis is a pause
      // in speech, not a sentence end: "I'm from ... Acme Solutions" names the company.
      const said = analysis.scan.slice(match.start, match.end);
      if (
        /^S/u.test(said) &&
        /[\p{Lu}][\p{L}&.'’-]*\s+$/u.test(before) &&
        !/(?<![.…])[.!?]\s*[\p{Lu}][\p{L}]*\s+$/u.test(before)
      )
        return false;
      return true;
    },
    // Written without any capitals, "i work for dalmatia dev solutions" names the company all the
    // same: inside the introduction, after the word that links a rep to an employer.
    standsWithParts: (match, a) => {
      const identity = a.components.identity.span;
      if (!a.uncased || !identity || match.start < identity.start || match.end > identity.end)
        return true;
      const before = a.scan.slice(identity.start, match.start);
      // One to three words of the company's name between the link and "solutions".
      const linked = before
        .trimEnd()
        .split(/\s+/u)
        .slice(-4, -1)
        .some((word) => /^(?:from|with|at|for)$/u.test(word));
      return !linked || /(?<![\p{L}])(?:provid|offer|deliver|bring|sell)/u.test(before);
    },
    message: 'Uses “solutions”.',
    why: 'The method’s source puts “solutions” in scare quotes: it is the word that says nothing about what you actually change for the prospect.',
    evidence: EVIDENCE.methodSolutions,
    suggestion:
      'Name the thing you sell and what it changes for the prospect, instead of "solutions".',
    examples: [
      'We offer innovative solutions.',
      'Our solution fits your needs.',
      'hi sam, dana lee from acme, we offer solutions for retailers. worth 20 minutes on tuesday?',
      'We met at the expo. Solutions like ours pay back in a year.',
      'We work with business owners by providing solutions to their retirement planning needs.',
    ],
    valid: [
      'Yes, as I said, I’m from ... Harbor Print Solutions, the printer on Main Street.',
      'my name is ana kovač, i work for dalmatia dev solutions in split. your plugin stops on 31 march.',
      'The approach was [brief description of solution]. Worth ten minutes?',
      'Is that something your team is struggling with too, or have you found a solution?',
      'There is a simple solution to the surcharge problem.',
      'The approach was [brief 1-sentence description of your solution]. Worth ten minutes?',
      'Before: three days to close.\n- Solution: weekly re-bids.\n- Result: one day.',
    ],
  },
  {
    kind: 'phrase',
    id: 'jargon.synergy',
    category: 'jargon',
    severity: 'warn',
    pattern: 'synerg(?:y|ies|istic|ize|ise|izing)',
    message: 'Uses “synergy”.',
    why: WHY_JARGON,
    suggestion: 'Say what would actually change for them, with a number.',
    examples: ['There could be real synergy between our teams.'],
  },
  {
    kind: 'phrase',
    id: 'jargon.best_in_class',
    category: 'jargon',
    severity: 'warn',
    pattern:
      'best(?:-| )in(?:-| )class|best(?:-| )of(?:-| )breed|world(?:-| )class|cutting(?:-| )edge|state(?:-| )of(?:-| )the(?:-| )art|next(?:-| )gen(?:eration)?|game(?:-| )chang(?:ing|er)|bleeding(?:-| )edge|industry(?:-| )leading|revolutionary|revolutionize|revolutionise|disruptive|innovative|groundbreaking|turnkey|one(?:-| )stop(?:-| )shop|unparalleled|unmatched',
    // "The next generation of owners takes over in 2027": the people after this one, not a product.
    accept: (match, analysis) =>
      !(
        /^next(?:-| )generation$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+of\s/iu.test(textAfter(analysis, match, 6))
      ),
    message: 'Uses superlatives such as “best-in-class”.',
    why: WHY_JARGON,
    suggestion: 'Replace the superlative with the fact behind it.',
    examples: [
      'Our best-in-class platform is cutting-edge.',
      'Our next-generation scanner is here.',
    ],
    valid: ['The next generation of owners takes over most family dairies by 2030.'],
  },
  {
    kind: 'phrase',
    id: 'jargon.leverage',
    category: 'jargon',
    severity: 'warn',
    pattern: 'leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing|ation)',
    // "Leverage covenant", "leverage ratio": the finance term is literal.
    // "Bed utilization", "fleet utilization rates", "financial leverage": an industry's own
    // measure, the prospect's word, not the vendor's "use".
    accept: (match, analysis) => {
      const said = analysis.scan.slice(match.start, match.end);
      const after = textAfter(analysis, match, 20);
      if (/^\s+(?:covenants?|ratios?|multiples?|levels?|tests?|limits?)/iu.test(after))
        return false;
      if (/(?:financial|operating|operational)\s+$/iu.test(textBefore(analysis, match, 14)))
        return false;
      return !(
        /^utili[sz]ation$/iu.test(said) &&
        (/^\s+(?:rates?|levels?|targets?|figures?|numbers?|data|report)(?![\p{L}])/iu.test(after) ||
          /(?:bed|fleet|capacity|asset|equipment|truck|trailer|staff|labou?r|room|space|warehouse|dock|machine|plant|clinic|chair|provider|billable|network|cpu|server)\s+$/iu.test(
            textBefore(analysis, match, 14),
          ))
      );
    },
    message: 'Uses “leverage” or “utilize”.',
    why: WHY_JARGON,
    suggestion: 'Say "use".',
    replace: (matched) =>
      /^utili/iu.test(matched)
        ? 'use'
        : matched.replace(
            /^leverag(e|es|ed|ing)$/iu,
            (_, end: string) =>
              ({ e: 'use', es: 'uses', ed: 'used', ing: 'using' })[end.toLowerCase()] ?? 'use',
          ),
    examples: ['You could leverage our data.', 'We help you utilize your fleet better.'],
    valid: [
      'Bed utilization at your Reno site fell to 71% in May.',
      'Clinics with fleet utilization rates under 60% sold trucks this year.',
      'Their financial leverage doubled after the buyout.',
    ],
  },
  {
    kind: 'phrase',
    id: 'jargon.seamless',
    category: 'jargon',
    severity: 'warn',
    pattern:
      '(?:ai|data|cloud|insight)(?:-| )driven|cloud(?:-| )native|enterprise(?:-| )grade|seamless(?:ly)?|frictionless|holistic|robust|scalable|plug(?:-| )and(?:-| )play|data(?:-| )driven|omni(?:-| )?channel|hyper(?:-| )?personali[sz](?:ed|ation)|future(?:-| )proof(?:ed|ing)?|end(?:-| )to(?:-| )end (?:solution|platform|suite|offering)',
    // "Robust demand", "robust Q3 sales": the word describing a market's numbers is the plain
    // economic sense, said about their world, not a vendor adjective about our product.
    // "AI-powered" and "all-in-one" are left out: they name what kind of product it is, and the
    // independently labelled sets tag them as jargon in fewer than half of the openers that use
    // them (22 of 46 and 1 of 8).
    accept: (match, analysis) =>
      !(
        /^robust$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+(?:(?:q[1-4]|holiday|spring|summer|fall|winter|first-quarter|year-end) )?(?:demand|growth|sales|economy|market|season|hiring|volumes?|numbers|returns|earnings|orders|bookings|traffic)(?![\p{L}])/iu.test(
          textAfter(analysis, match, 30),
        )
      ),
    message: 'Uses “seamless” or similar vendor adjectives.',
    why: WHY_JARGON,
    suggestion: 'Say what happens concretely: "set up in a day, no IT ticket".',
    examples: [
      'It integrates seamlessly with your stack.',
      'That drove a data-driven, omnichannel uplift in basket size.',
      'Our cloud-native, AI-driven stack does it.',
    ],
    valid: [
      'Pipeline, tracking and forecasts, all in one place.',
      'The cloud bill drove most of the overrun.',
      'Robust holiday demand pushed Ohio rates up 9% in May.',
      'I built an AI-powered resource navigator for county residents.',
    ],
  },
  {
    kind: 'phrase',
    id: 'jargon.buzz_phrases',
    category: 'jargon',
    severity: 'warn',
    pattern:
      'move the needle|low(?:-| )hanging fruit|paradigm(?: shift)?|(?:agile |business |digital |operational )?transformations|transformation (?:engagements?|journeys?|programs?|programmes?|partner)|think outside the box|win(?:-| )win|deep dive|take (?:it|this) offline|boil the ocean|value(?:-| )add(?:ed)?|empower(?:s|ing|ment)?|actionable insights|digital transformation|thought leader(?:ship)?|mission(?:-| )critical|at the end of the day|ecosystem|key stakeholders|core competenc(?:y|ies)|circle the wagons|double(?:-| )click on',
    // "Value-added tax", "a value-added reseller": the trade's own terms, not the buzz phrase.
    accept: (match, analysis) =>
      !(
        /^value(?:-| )added$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+(?:tax|taxes|resellers?|services? tax|VAT)(?![\p{L}])/iu.test(
          textAfter(analysis, match, 20),
        )
      ),
    message: 'Uses a buzz phrase.',
    why: WHY_JARGON,
    suggestion: 'Replace it with the plain, specific claim it stands for.',
    examples: [
      'This could really move the needle for you.',
      'We empower teams to win.',
      'I spent 8 years leading Agile transformations.',
      'I specialize in 90-day transformation engagements.',
    ],
    valid: [
      'The transformer at your Reno plant failed twice in May.',
      'The value-added tax on imported parts rose to 21% in March.',
    ],
  },
  {
    kind: 'phrase',
    id: 'jargon.hype_verbs',
    category: 'jargon',
    severity: 'warn',
    pattern:
      "(?:we|i|it|this|our [\\p{L}-]+)(?:'ll)? (?:can |will |could )?transform(?:s|ed)? (?:your|the way|how)|help (?:you|your team|them) (?:to )?transform (?:your|that|this|the|their)(?![\\p{L}])|unlock (?:new |more |hidden )?value|operationali[sz](?:e|es|ed|ing)|ideat(?:e|ion|ing)|streamlin(?:e|es|ed|ing)|(?:the )?next(?:-| )level|transformative|supercharg(?:e|es|ed|ing)|turbocharg(?:e|es|ed|ing)|unlock (?:your |the |their )?(?:[\\p{L}-]+'s )?(?:full |true )?potential|elevate (?:your|the|their) (?:[\\p{L}-]+ )?(?:game|brand|business|experience|strategy|outreach|operations)" +
      // Lifting the prospect themselves, however it is put: "will elevate you in the rankings",
      // "revolutionizes your hiring". Said of a thing, "elevated blood pressure" is literal.
      '|(?:elevat|revolutioni[sz])(?:e|es|ed|ing) (?:you|your)(?![\\p{L}])',
    message: 'Uses a hype verb (“streamline”, “take it to the next level”).',
    why: WHY_JARGON,
    suggestion:
      'Say what changes and by how much: "cuts the Friday reconciliation from four hours to one".',
    examples: [
      'Your readmission rate rose to 24% last year. We’d love to help you transform that pathway.',
      'We can streamline your month-end close.',
      'Let us take your hiring to the next level.',
      'Our coaching will unlock your team’s full potential.',
      'Our coaching transforms how your reps sell.',
      'We’ll transform how your engineering team sees consumption.',
      'We help you unlock hidden value in the data.',
      'We ideate and operationalize new playbooks.',
      'Our listings will elevate you above every other clinic in town.',
      'The app revolutionizes your Monday planning.',
    ],
    valid: [
      'Your level of returns is the highest in the region.',
      'Next, the freight levels off.',
      'Tariffs transformed how shippers buy, and your lanes show it.',
      'Three of your residents had elevated readings after the May change.',
    ],
  },
];

/**
 * The seller's own dashboard vocabulary: revenue, funnel and go-to-market metrics that a sales or
 * finance team reads daily and the prospect's buyer may never have seen spelt out, and the
 * software categories and supply-chain metrics vendors pitch in (TMS, OTIF, CPG, CTA), which the
 * independently labelled sets tag as jargon every time they appear. Titles, countries and trade
 * terms the sets tag both ways (CEO, EU, LTL, EHR, SDR, SaaS, B2B, CRM, ERP: CRM was tagged in
 * half the sets and plain in the other half, the held-out quoted9 among them) are not listed.
 * Case-sensitive: written as an acronym.
 */
const SELLER_ACRONYM =
  /(?<![\p{L}\d])(?:AOVs?|ACVs?|ARR|MRR|ARPU|CAC|LTV|CLV|DSO|DPO|ROAS|NRR|NDR|GTM|RevOps|Rev Ops|KPIs?|OKRs?|ICPs?|MQLs?|ABM|PLG|TMS|WMS|HRIS|OTIF|CPG|CTAs?|ODMs?|DDP|MOQs?|SLAs?|PBNs?|EMV|OEE|CAM|AUM|RIAs?)(?![\p{L}\d])/gu;

/**
 * Each seller's acronym not spelt out beside it: "days sales outstanding (DSO)" or "DSO (days
 * sales outstanding)" explains itself. Read after the scan rather than in it, so that the words
 * stay free for the cues that find an insight ("…see DSO creep up after a switch").
 */
/** Software a team works in every day, which its users call by its acronym. */
const SYSTEM_ACRONYM = /^(?:TMS|WMS|HRIS)$/u;

/** The word before `at` opens a sentence or a line ("Hi Rosa,\nCRM data shows…"). */
function sentenceStartBefore(text: string, at: number): boolean {
  return /(?:^|[.!?:\n]\s*)\p{Lu}[\p{L}\d&-]*\s$/u.test(text.slice(Math.max(0, at - 40), at));
}

function unexplainedAcronyms(a: Analysis): Span[] {
  const spans: Span[] = [];
  const read = (field: Span['field'], text: string, from: number, to: number): void => {
    for (const match of text.slice(from, to).matchAll(SELLER_ACRONYM)) {
      const start = from + match.index;
      const end = start + match[0].length;
      const before = text.slice(Math.max(from, start - 4), start);
      const after = text.slice(end, Math.min(to, end + 40));
      if (/\(\s*$/u.test(before) || /^\s*\((?:\s*\p{Ll}|[^)]*\s)/u.test(after)) continue;
      // "updating the CRM", "choosing a CRM": the system itself, named as its users name it.
      if (
        SYSTEM_ACRONYM.test(match[0]) &&
        /(?:^|\s)(?:the|their|your|a|an)\s$/iu.test(text.slice(Math.max(from, start - 7), start))
      )
        continue;
      // "Zephyr CRM", "MoveAround TMS": the last word of a product's or company's name.
      if (
        /(?<![\p{L}\d])\p{Lu}[\p{L}\d&-]*\s$/u.test(
          text.slice(Math.max(from, start - 30), start),
        ) &&
        !sentenceStartBefore(text, start)
      )
        continue;
      spans.push({ field, start, end });
    }
  };
  if (a.subject) read(a.subject.field, a.subject.scan, a.subject.start, a.subject.end);
  read('text', a.scan, a.bodyStart, a.bodyEnd);
  return spans;
}

/**
 * The buzzword rules whose words have no literal sense worth a subject line ("synergy",
 * "best-in-class", "move the needle", "streamline"). "Solutions" and "leverage" keep literal
 * senses only their phrase rules tell apart, and the vendor adjectives ("AI-powered",
 * "cloud-native") often name a product's category in a subject ("AI-Powered Research for Your
 * Analysts"), so they stay out of this reading.
 */
const SUBJECT_BUZZWORDS: readonly RegExp[] = JARGON_RULES.filter((rule) =>
  ['jargon.synergy', 'jargon.best_in_class', 'jargon.buzz_phrases', 'jargon.hype_verbs'].includes(
    rule.id,
  ),
).map((rule) => wholeWordRegExp(rule.pattern));

/**
 * A buzzword in the subject line, embedded ("Subject: Best-in-class shrink analytics…") or given
 * apart: the first words the prospect reads, and the phrase rules read only the body.
 */
function subjectBuzzwords(a: Analysis): Span[] {
  const subject = a.subject;
  if (!subject) return [];
  const line = subject.scan.slice(subject.start, subject.end);
  const spans: Span[] = [];
  for (const regex of SUBJECT_BUZZWORDS)
    for (const match of line.matchAll(regex))
      spans.push({
        field: subject.field,
        start: subject.start + match.index,
        end: subject.start + match.index + match[0].length,
      });
  return spans.sort((x, y) => x.start - y.start);
}

export const JARGON_STRUCTURAL_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'jargon.in_subject',
    category: 'jargon',
    severity: 'warn',
    detect: subjectBuzzwords,
    message: 'Puts a buzzword in the subject line.',
    why: WHY_JARGON,
    suggestion:
      'Put the plain fact in the subject: "Shrink doubled in your two self-checkout lanes".',
    examples: [
      'Subject: Best-in-class shrink analytics for your store?\nHi Carla,\nShrink doubled in two years.',
      'Subject: Streamlining operations at Acme\nHi Carla,\nYour returns doubled in May.',
    ],
    valid: [
      'Subject: Shrink doubled in your Midtown store\nHi Carla,\nTwo lanes carry most of it.',
      'Subject: Solutions to the May surcharge\nHi Carla,\nRates rose 9% on your lanes.',
      'Subject: AI-powered research for your analysts\nHi Carla,\nYour analysts spend 9 hours a week on filings.',
    ],
  },
  {
    kind: 'structural',
    id: 'jargon.unexplained_acronym',
    category: 'jargon',
    severity: 'warn',
    detect: unexplainedAcronyms,
    message: 'Uses an acronym the prospect may not know (AOV, DSO, GTM…).',
    why: 'A metric’s acronym is shorthand from the seller’s own dashboards; a prospect who has to guess it stops listening, and one who knows it hears a vendor, not a peer.',
    suggestion:
      'Spell it out in the prospect’s words: "average order value", "days to get paid", "how you sell".',
    examples: [
      'We can increase your AOV by 12%.',
      'Your DSO went from 41 to 58 days.',
      'Most founder-led firms are ten years behind on GTM.',
      'They need RevOps infrastructure fast.',
      'Steel shippers improve OTIF without a generic TMS.',
      'Our CTA data from 12M emails says one question wins.',
      'We offer ODM service with a low MOQ.',
      'Your palletizing cell is running at 62% OEE.',
      'You need new equipment—your existing equipment isn’t EMV-ready.',
      // a figure before it is no product name
      'Congratulations on Acme hitting 10M ARR!',
    ],
    valid: [
      'Your days sales outstanding (DSO) went from 41 to 58 days.',
      'Your DSO (days sales outstanding) went from 41 to 58 days.',
      'The arr of the pirate is not a metric.',
      'Your CFO asked about the EU rules.',
      'Reps spend more time updating the CRM than selling.',
      'Your team already lives in the TMS all day.',
      'Hi Marek, Tara Flynn with MoveAround TMS.',
      // A freight buyer's own words, not a seller's: container loads full or shared.
      'Your FCL and LCL rates out of Ningbo split in May.',
    ],
  },
];
