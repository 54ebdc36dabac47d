import { EVIDENCE } from '../evidence';
import type { PhraseRule } from '../rule-types';
import { planInsight } from './suggest';
import { HAS_FIGURE, sentenceAround } from './helpers';

/** Meeting times are numbers too, but they quantify nothing. */
const TIME_FIGURES =
  /\d+(?:[-\s]?(?:minutes?|mins?|hours?))|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{1,2}(?::\d{2})?/giu;

/**
 * Offers whose value to the prospect is nil: a meeting to learn about the seller, a demo, a
 * catch-up. The method's point is that such an offer is rejected because it is inadequate.
 */
const WHY_WEAK =
  'The prospect weighs what the meeting is worth to them; "learn about us" or a catch-up is worth nothing, so the answer is no. A One-Up rep offers a briefing with value of its own.';
const BRIEFING_INSTEAD =
  'Offer something with value of its own: a short briefing on what you found across their peers, theirs to keep whether or not you work together.';
const briefingInstead: PhraseRule['suggestFor'] = (_match, analysis) => {
  const insight = planInsight(analysis);
  return insight
    ? `Offer a briefing on your insight instead: "Could we take 20 minutes for a briefing on what we found — ${insight}?"`
    : null;
};

export const WEAK_VALUE_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'weak_value.touch_base',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      'touch(?:ing)? base|check(?:ing)? in (?:with you|on you|to see|about)|(?:hop|jump|get) on a (?:quick )?(?:call|zoom|chat|phone call)|grab (?:a )?(?:coffee|virtual coffee|quick coffee)|stay (?:in touch|on your radar|top of mind)|(?:put|get) (?:us|me|ourselves|our name) on your radar|(?:connect|chat|sync) (?:briefly|quickly)',
    message: 'Offers to “touch base” or “check in”.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: ['I wanted to touch base about your freight spend.', 'Could we hop on a quick call?'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.pick_brain',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "pick your brain|(?:get|hear|love|like) your (?:thoughts|feedback|opinion|input|take) on (?:our|my|what we)|(?:learn|understand|hear|find out) (?:a (?:bit|little) |more )?about your (?:business|priorities|challenges|goals|needs|pain points|current|company|team|operation|process|setup)|(?:ask|asking) (?:you )?(?:a few|some|a couple of) (?:quick )?questions (?:about your|to see|to understand)|(?:see|learn|understand|find out) (?:what|how) you(?:'re| are) (?:currently )?(?:using|doing|handling)",
    message: 'Asks to pick the prospect’s brain or learn about their business.',
    why: 'Discovery is worth something to you, not to them; asking for their time to learn about them gives them nothing in return.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: ['I’d love to pick your brain.', 'I’d like to learn more about your business.'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.introduce',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      'introduce (?:myself|ourselves|us|our|my company|my firm|you to (?:our|us|my|what we))|get introduced|(?:a |an )?(?:quick |brief )?introduction (?:to|of) (?:our|us|my|what we)|learn (?:a (?:bit|little) |more )?about (?:us|our|what we do|who we are|my company|how we)|get (?:us|ourselves|our name) in front of you|(?:an |a quick |a brief )?overview of (?:our|us|what we)',
    message: 'Offers to introduce yourself or your company.',
    why: WHY_WEAK,
    evidence: EVIDENCE.companyOverview,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'I’m calling to introduce our company.',
      'I’d love to introduce ourselves.',
      'It would be great to get introduced before your budget cycle.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.explore_fit',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "(?:see|explore|discuss|find out|figure out) (?:if|whether) (?:there's|there is|we have|we're|we are|it's|it is|there might be|there may be) (?:a )?(?:fit|synergy|mutual fit|good fit|match|an opportunity)|explore (?:a |any )?(?:potential )?(?:partnership|opportunities|working together|synergies|ways to work together|how we)|(?:see|discuss|explore) (?:if|whether|how) we (?:can|could|might|may) (?:help|work together|partner|be of (?:help|service|value)|add value|support you)",
    message: 'Offers to “see if there is a fit”.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: ['I’d like to see if there’s a fit.', 'Let’s explore how we can work together.'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.demo',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      'demo|demos|product demonstration|demonstration of (?:our|the)|product tour|(?:a )?walkthrough of (?:our|the) (?:platform|product|software|tool|app)',
    message: 'Offers a demo.',
    why: 'A demo is about your product and asks the prospect to do the work of finding value in it; a briefing on an insight gives them something even if they never buy.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: ['Could I show you a quick demo?'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.unquantified',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      '(?:save|saving|saves) (?:you |your [\\p{L}-]+ )?(?:(?:a lot of |lots of |tons of )?(?:time|money|costs?)(?: and (?:time|money|hassle|headaches))?|hassle|headaches)|(?:reduce|cut|lower) (?:your )?(?:costs|expenses|spend|overhead)|(?:increase|boost|improve|grow|drive|maximi[sz]e|accelerate) (?:your )?(?:revenue|sales|efficiency|productivity|roi|profits?|profitability|growth|performance|engagement|results|bottom line|pipeline)|(?:improve|streamline|optimi[sz]e|transform) (?:your )?(?:operations|processes|workflows?|efficiency|business|supply chain)|grow your business|take (?:your|you) (?:business|company|team|sales) to the next level|add (?:real |a lot of |more )?value|value proposition|(?:huge|big|real|significant) (?:value|savings|results|impact)',
    // A number makes the claim checkable: one in the same sentence, or an insight elsewhere in the
    // opener that the claim follows from ("…paid 17% more. Consolidating would save your buyers money").
    accept: (match, analysis) =>
      analysis.cues.insight.length === 0 &&
      !HAS_FIGURE.test(sentenceAround(analysis, match).replace(TIME_FIGURES, '')),
    message: 'Promises to save time and money without a number.',
    why: 'Every vendor promises savings; without a figure the prospect can test, the promise is noise. Quantified, it becomes an insight.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion:
      'Put a number on it the prospect can check: how much, for companies like whom, compared with what.',
    suggestFor: (_match, analysis) => {
      const insight = planInsight(analysis);
      return insight && HAS_FIGURE.test(insight)
        ? `Put the number from your insight on it: "${insight}."`
        : null;
    },
    examples: ['We help you save time and money.', 'Our tool can increase your revenue.'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.quick_chat',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      '(?:a |an )?(?:quick|brief|short|informal|casual|introductory|intro|exploratory|discovery) (?:chat|call|conversation|connect|sync|catch-up)',
    message: 'Offers “a quick chat”.',
    why: 'A chat has no value of its own, so the prospect has no reason to give it time; a briefing on what you found does.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: ['Would you be open to a quick chat on Thursday at 11?'],
  },
  {
    kind: 'phrase',
    id: 'weak_value.product_tour',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      '(?:a |the |quick |full |short |guided |live |\\d+-minute )(?:tour|walkthrough|walk-through|run-through) of (?:our|the|my) (?:new )?(?:[\\p{L}-]+ ){0,2}?(?:product|platform|software|tool|app|system|solution|features|services|offering)|(?:\\d+-minute |quick |short |full |guided |product )tour|see (?:it|the (?:product|platform|software|tool|app)) in action|show you (?:our|the) (?:new )?(?:platform|product|software|tool|app|system|dashboard|solution)s?|all (?:its|of its|the) features',
    message: 'Offers a product tour as the meeting.',
    why: 'A tour of our product asks the prospect to find the value themselves; a briefing on what you learned gives them something even if they never buy.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'Would Thursday at 10 work for a 30-minute tour?',
      'I’d like to give you a full tour of the product.',
      'Can I get you on a call Friday to see it in action?',
    ],
    valid: [
      'I’ll walk you through the data we found.',
      'Could we take 20 minutes to show you the benchmark?',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.about_us',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "get (?:acquainted|to know each other)|what we're all about|earn your business|(?:see|find out) if there's (?:any way|anything|something) (?:we|i) (?:can|could) (?:help|do)|(?:discuss|talk about|explore) how we (?:can|could|might) help|run (?:it|this|that) by you|i wanted to run by you|send (?:you|over) (?:some |a |more |our |my )?(?:info|information|brochure|brochures|materials|literature|deck|catalog|portfolio|price list|pricing|rate card|quote|proposal|package|credentials)|(?:share|send you|send over) (?:our|my) (?:portfolio|brochure|credentials|price list|rate card|capabilities|company profile|client list)|(?:tell|show) you (?:about|more about|all about|a bit about) (?:our|my) (?:[\\p{L}-]+ )?(?:services?|products?|offerings?|platform|solutions?|software|tools?|app|range|programs?|packages?)|show you what (?:our|my|we) (?:[\\p{L}-]+ ){0,3}?(?:can do|does|offers?)|coming up (?:that )?we (?:could|can) help with|see how things are going",
    message: 'Offers only a chance to get to know us.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'I’d like 20 minutes so we can get acquainted.',
      'Can I send you a brochure?',
      'I’m reaching out to see if there’s any way we could help.',
      'Can I send you a quote for your fleet?',
      'I would love to tell you about our printing services.',
      'Let me show you what our scheduling tool can do.',
    ],
    valid: [
      'Could we take 20 minutes so you see where your lanes sit?',
      'I can send you the benchmark for your region.',
      'Let me show you what your peers paid per lane.',
    ],
  },
];
