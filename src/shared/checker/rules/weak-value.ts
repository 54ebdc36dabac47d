import { EVIDENCE } from '../evidence';
import type { Analysis } from '../analysis';
import type { PhraseRule, StructuralRule } from '../rule-types';
import type { Span } from '../types';
import type { WeakOffers } from '../language/offer';
import { planInsight } from './suggest';
import { clauseAround, HAS_FIGURE, textAfter, textBefore } from './helpers';

/**
 * Meeting times are numbers too, but they quantify nothing. A rate or a saving ("15 hours/week",
 * "20 hours a month", "10 hours back") is a result, not a meeting's length.
 */
/**
 * A phone number is how to reach us, not a figure of value: "Bob DeGroot, 281-367-5599. …I'm
 * calling to demonstrate how this works" has shown the prospect nothing before the offer.
 */
const PHONE_NUMBERS = /(?:\+?\d{1,2}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)/gu;

const TIME_FIGURES =
  /\d+(?:[-\s]?(?:minutes?|mins?|hours?))(?![\p{L}])(?!\s?(?:\/|per |a (?:week|month|day|year)|each |every |back|saved|of (?:work|manual)))|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{1,2}(?::\d{2})?/giu;

/**
 * Offers whose value to the prospect is nil: a meeting to learn about the seller, a demo, a
 * catch-up. The method's point is that such an offer is rejected because it is inadequate.
 */
const WHY_WEAK =
  'The prospect weighs what the meeting is worth to them; "learn about us" or a catch-up is worth nothing, so the answer is no. A One-Up rep offers a briefing with value of its own.';
const BRIEFING_INSTEAD =
  'Offer something with value of its own: a short briefing on what you found across their peers, theirs to keep whether or not you work together.';
/** A briefing on the plan's insight offered in place of the weak meeting, led in by `lead`. */
const briefingOn =
  (lead: string) =>
  (analysis: Analysis): string | null => {
    const insight = planInsight(analysis);
    return insight
      ? `${lead}: "Could we take 20 minutes for a briefing on what we found — ${insight}?"`
      : null;
  };
const briefingOnInsight = briefingOn('Offer a briefing on your insight instead');
const briefingInstead: PhraseRule['suggestFor'] = (_match, analysis) => briefingOnInsight(analysis);

/**
 * "A quick call Thursday to go through your lanes", "a demo of the audit on your own invoices":
 * the meeting's format word is not the value when the opener has an insight and the same sentence
 * says what the meeting shows about the prospect's world. The label rule's weak value is a meeting
 * whose only content is us; a short call that carries a briefing is a One-Up ask.
 */
const ABOUT_THEIR_WORLD =
  /(?<![\p{L}])(?:your|which|where|(?:the|those|these) (?:numbers|data|report|benchmark|findings|results|analysis|breakdown|figures))(?![\p{L}])/iu;
const carriesABriefing = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  // Phrase rules are judged before the parts are read, so the insight is the wording reader's cue
  // or a figure said before this sentence (meeting times are not figures). Only the last
  // LOOK_BACK characters are read: reading all the text before every match made a long paste cost
  // the square of its length (the bench's 10k → 20k words step went from 2.0× to 2.8×).
  if (analysis.cues.insight.length === 0 && !figureSaidBefore(match, analysis)) return false;
  const rest = textAfter(analysis, match, 120).split(/[.!?…]/u)[0] ?? '';
  return ABOUT_THEIR_WORLD.test(rest) && !OUR_THING_CAN.test(rest) && !FIT_CHECK.test(rest);
};

/**
 * "…a demo to show you how SalesBot AI can transform your sales process", "show you how our
 * platform could help your team": what is shown is what our thing can do, a promise about us, even
 * where the prospect's process is its object. A briefing shows what happened in their world ("how
 * your peers cut…", "how two exporters cleared faster"): a past or present fact, not our modal.
 */
const OUR_THING_CAN = new RegExp(
  String.raw`(?<![\p{L}])(?:how|what) (?:we|it|this|(?:our|my) [\p{L}-]+(?: [\p{L}-]+)?|\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,2}) (?:can|could|will|would|might)(?: (?:really|also|actually))? (?:help|transform|streamline|boost|improve|save|automate|simplify|revoluti[sz]e|change|do|support|benefit|work|make|take|fit|solve|fix|increase|grow|cut|reduce)(?![\p{L}])`,
  'u',
);

/**
 * "…a demo to see if it makes sense for your practice": whether our thing suits them is what the
 * meeting finds out, so it shows our thing, whatever was said before.
 */
const FIT_CHECK =
  /(?<![\p{L}])(?:see|find out|figure out|decide|check) (?:if|whether) (?:it|this|we|our [\p{L}-]+)(?:['’]s| is| would be| could be| makes| might be| will be)? ?(?:makes sense|a (?:good |right )?fit|(?:a )?good fit|right for|fits|suits|works for|would work)(?![\p{L}])/iu;

/** Far enough back for any opener's earlier sentences (about 300 words). */
const LOOK_BACK = 2_000;

const figureSaidBefore = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => {
  const from = Math.max(analysis.bodyStart, match.start - LOOK_BACK);
  const before = analysis.scan
    .slice(from, match.start)
    .replace(PHONE_NUMBERS, '')
    .replace(TIME_FIGURES, '');
  const said = before.slice(0, Math.max(0, before.search(/[^.!?…]*$/u)));
  return HAS_FIGURE.test(said);
};

/**
 * "Booked 30% more demos", "lose leads between demo and close", "the demo→signed ratio": demos
 * counted as a stage or a result of the prospect's own sales funnel (an arrow joins two stages). Nothing is offered; the finding is about their world.
 */
const DEMO_COUNTED_BEFORE =
  /(?:(?<![\p{L}])(?:more|fewer|less|many|few|between|from|per|number of)|%)(?: [\p{L}-]+){0,2} $/iu;
const DEMO_COUNTED_AFTER =
  /^(?:s)?(?:\s?(?:→|->|⇒)\s?\p{L}|(?:[ -](?:and|to) (?:close|closed|contract|deal|signed|signature|win)|[ -](?:rate|rates|stage|requests?|forms?|bookings|volume|pipeline|conversion|show rates?|no-shows?|attendance))(?![\p{L}]))/iu;
/** "A free demo site I built for [Business Name]", "'Acme demo site'": their own thing, mocked up. */
const DEMO_OF_THEIR_OWN =
  /^[ -]?(?:site|website|page|store|shop|app|version|mock-?up)(?![\p{L}])(?:['’]?\s*)?(?:(?: that| which)? (?:i|we)(?:['’]ve| have)? (?:built|made|created|put together|mocked up|designed) (?:for|of) (?:you|your|\p{Lu}))?/u;

const demoIsCounted = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  DEMO_COUNTED_BEFORE.test(textBefore(analysis, match, 30)) ||
  DEMO_COUNTED_AFTER.test(textAfter(analysis, match, 30));

/**
 * "Introduce you to a candidate", "an intro call between you and the candidate": the person met is
 * someone the prospect may want (a candidate, a peer, a customer), not the seller. A recruiter's
 * or a connector's introduction is the value itself.
 */
const THIRD_PERSON =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|the|some|several|a few|a couple of)(?: [\\p{L}-]+){0,2}? (?:candidates?|applicants?|engineers?|developers?|nurses?|hires?|peers?|counterparts?|customers? of ours|clients? of ours|buyers?|investors?|partners? who|cfos?|ctos?|ceos?|vps?|heads? of|people who|someone who|person who|[\\p{L}-]+s who)(?![\\p{L}])';
const INTRODUCES_A_THIRD_PERSON = new RegExp(`^ ?${THIRD_PERSON}`, 'iu');
const MEETS_A_THIRD_PERSON = new RegExp(
  `^[^.?!…]{0,20}?(?:between you and|with) ${THIRD_PERSON}`,
  'iu',
);

/**
 * "Show you how your team could…", "how two distributors will…", "how they could…": the thing
 * shown is the prospect's or their peers', not our product's capability.
 */
const PEER_OR_THEIRS_SHOWN =
  /^(?:show|tell) you how (?:your|you|they|their|the|these|those|\d|two|three|four|five|several|many|most|other|peers|companies|teams|firms)(?![\p{L}])/iu;
const showsAPeerOrTheirs = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean => PEER_OR_THEIRS_SHOWN.test(analysis.scan.slice(match.start, match.end));

/** "I figured a quick call was easier than ten emails": the call being made, not one offered. */
const DESCRIBES_THIS_CALL =
  /^ (?:was|is|seemed|felt|would be) (?:easier|quicker|faster|better|simpler)/iu;

const INTRODUCTORY = /^(?:an? )?(?:introductory|intro)(?![\p{L}])/iu;

/**
 * A value claimed but not shown: "we help companies like yours…", "our platform helps teams save
 * time", "I'm helping owners…", "our clients typically see…". The opener then offers something,
 * however vague; what it lacks is the benefit for this contact, not an offer beyond meeting us.
 */
const VALUE_CLAIM =
  /(?<![\p{L}])(?:(?:we|i|it|(?:our|my) [\p{L}-]+)(?:['’]re| are|['’]m| am|['’]ve| have)? (?:help|helps|helping|helped|save|saves|saving)|(?:clients|customers) (?:typically |usually |often )?(?:see|get|save))(?![\p{L}])/iu;
const claimsValue = (analysis: Parameters<NonNullable<PhraseRule['accept']>>[1]): boolean =>
  VALUE_CLAIM.test(analysis.scan.slice(analysis.bodyStart, analysis.bodyEnd));

/** An insight, a benefit or a figure said before the match: the opener has offered something. */
const offeredBefore = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  analysis.cues.insight.some((cue) => cue.start < match.start) ||
  analysis.cues.benefit.some((cue) => cue.start < match.start) ||
  figureSaidBefore(match, analysis) ||
  slotBefore(match, analysis);

/**
 * A template slot that stands for a result ("[X hours/week]", "[result]", "{{result we got
 * them}}", "[outcome]"): the label rule reads a slot as filled, so the template offers a figure
 * even though the scan sees only a masked word.
 */
const RESULT_SLOT =
  /(?<![\p{L}])(?:results?|outcomes?|benefits?|savings?|saved|roi|impact|metrics?|numbers?|figures?|stats?|x|y|hours|days|percent)(?![\p{L}])|[%$]/iu;
const slotBefore = (
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean =>
  analysis.placeholders.some(
    (slot) => slot.field === 'text' && slot.end <= match.start && RESULT_SLOT.test(slot.slot),
  );

/**
 * A fit check or a "collaboration" is the offer itself unless something checkable came before it:
 * a finding, a figure, or a template's result slot ("…$5K a month instead of $300K. Worth 15
 * minutes to see if there's a fit?" closes an offer; "we can really help you" is no finding).
 */
const nothingCheckableBefore: NonNullable<PhraseRule['accept']> = (match, analysis) =>
  !analysis.cues.insight.some((cue) => cue.start < match.start) &&
  !figureSaidBefore(match, analysis) &&
  !slotBefore(match, analysis);

/** Us as the topic: what we do, who we are, our products or services, how our company works. */
const ABOUT_OURSELVES =
  "(?:what we(?:'re| are)? (?:do|offer|sell|make|doing|up to)|who we are|how we work|us(?![\\p{L}])|ourselves|what (?:my|our) (?:[\\p{L}-]+ )?(?:company|firm|startup|team|business|agency) (?:is doing|does|offers|sells)|how (?:our|my) (?:[\\p{L}-]+ )?(?:company|firm|business|team|startup|agency) [\\p{L}]+|(?:our|my) (?:[\\p{L}-]+ ){0,2}?(?:services?|products?|offerings?|solutions?|capabilities|range|company|firm|business|startup|agency))";

const WEAK_OFFER_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'weak_value.touch_base',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "(?:say|to say) (?:hello|hi)(?= ?(?:[.!?,;]|$|in person|and|to you))|put a (?:face|voice) to (?:the|a|my|your) name|get (?:on|onto) (?:your|each other's) radar|(?:hear|see|find out|catch up on) what's new(?= ?(?:[.!?,;]|$|with you|on your end|over there|at your))|(?:get|have) you (?:in|over|down) for a (?:look|walk-?through|browse)|(?:swing|stop|drop|pop|come) (?:by|in|over) (?:and|to) (?:say (?:hi|hello)|meet you|introduce)|touch(?:ing)? base|check(?:ing)? in (?:with you|on you|on your|to see|about|and see)|(?:check|see|find out|hear) how (?:everything|things|it)(?:'s| is| are) going(?![\\p{L}])|(?<=(?<![\\p{L}])(?:calling|writing|ringing|reaching out|here|just|wanted|want) )to check in(?![\\p{L}-])|talk(?:ing)? shop|swap(?:ping)? (?:war )?stories|(?:open to|up for|time for) (?:a |some )?(?:virtual |quick )?(?:coffee|lunch|drink|beer|bite)(?= ?(?:[.!?,;]|$|sometime|soon|to |and ))|grab (?:a )?(?:coffee|virtual coffee|quick coffee)|(?:love|like|want|wanted|hoping|hope) to (?:connect(?: up)?|network)(?= ?(?:[.!?,;]|$|sometime|soon|with you|briefly|and (?!(?:share|send|show|walk|give)(?![\\p{L}]))))|(?:find|set up|grab|schedule|make) (?:some |a )?time to connect(?= ?(?:[.!?,;]|$|soon|sometime))|(?:\\d+|a few|five|ten|fifteen|twenty|thirty) (?:minutes|mins) to connect(?= ?(?:[.!?,;]|$|soon|sometime|this|next))|(?:great|good|nice|love|like|chance) to catch up|(?:a |for a )(?:quick )?catch-?up|(?:free|available|around) for (?:lunch|coffee|a coffee|drinks|a drink|a bite)|(?:get|grab|have) (?:a |some )?(?:lunch|sandwich|bite|drink|drinks|beer) together|(?:we could|let's|shall we) (?:get|grab) (?:a |some )?(?:lunch|sandwich|bite|drink|drinks|beer|coffee)|stay (?:in touch|on your radar|top of mind)|(?:put|get) (?:us|me|ourselves|our name) on your radar|(?:connect|chat|sync) (?:briefly|quickly)" +
      // "I wanted to circle back with you about your payroll setup"; an invitation to a mailing
      // list, a community or a webinar as the reason to write.
      '|circle back (?:with you )?(?:about|on|regarding) your|circling back (?:with you )?(?:about|on|regarding)(?! (?:my|our) (?:last|previous|earlier) )|(?:inviting|invite) you to (?:join )?our (?:[\\p{L}-]+ ){0,2}?(?:mailing list|newsletter|community|user group|users list|list|webinar|slack|discord|forum)',
    message: 'Offers to “touch base” or “check in”.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'Hi Helen, it’s Trevor, just checking in on your office setup.',
      'I was thinking about you and wanted to check how everything’s going with your coverage.',
      'I wanted to see if you’d be up for a virtual coffee sometime.',
      'Hey, I wanted to circle back with you about your payroll setup for next year.',
      'Hi Ben, circling back on concrete pumping for your parking deck.',
      'Although we are inviting you to our users mailing list, you can always unsubscribe.',
      'We’re the fastest-growing fintech in Europe. Let’s find 30 minutes to connect!',
      'I wanted to touch base about your freight spend.',
      'Hi, it would be great to catch up! Are you free for lunch next week?',
      'I’m passing your office tomorrow. We could get a sandwich!',
      'Hi Sam, Dana Lee with Arden Freight. I’d love to connect.',
      'I hope you enjoy this and that we can find some time to connect.',
      'I like your marketing, wanted to connect up and talk with you sometime.',
      'I’m in the area Tuesday and would love to pop in and say hi.',
      'It would be nice to put a face to the name.',
      'I’m your new point of contact for the region and wanted to put a voice to the name.',
      'I’m new to the territory and wanted to get on each other’s radar.',
      'Wanted to reconnect and hear what’s new.',
      'We’ve got new stock in and I’d love to get you in for a look.',
      'I’d like to get on your radar before budgets are set.',
      'I’m just calling to check in and see how the season went for you.',
      'Wanted to see if you’d be open to a coffee sometime to talk shop and swap war stories.',
    ],
    valid: [
      // Circling back on one's own unanswered email is a chase, for the deception rules to judge.
      'Hi Sam, circling back on my last email about the Reno lanes.',
      'Three plants saw how things are going wrong with their dock schedule: 9% of loads late.',
      'Smaller carriers are trying to catch up on rates.',
      'I’d like to connect your planner with the two shippers who fixed it.',
      'Say hello to faster closes: your peers cut the close by three days.',
      'I’ll walk you through where to check in your own setup. Tuesday 1pm, 20 minutes?',
      'Hi Sam, Dana Lee with Arden Freight. Would love to connect and share the benchmark of your lanes.',
      'Let’s find time to connect your planner with the two shippers who fixed it.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.pick_brain',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "learn (?:a (?:bit|little) (?:more )?about )?how you (?:handle|manage|do|run|approach|deal with|currently)|(?:learn|understand|hear|know) what keeps you up at night|(?:understand|learn) (?:more about )?(?:how )?your (?:current )?(?:process|processes|setup|set-up|workflow|priorities|challenges|pain points|needs)(?= ?(?:[.!?,;]|$|and|so|for|a bit|better|first))|pick your brain|(?:learn|hear|find out|(?<=to )know) (?:a (?:bit|little) )?(?:more )?about what you (?:do|need|use|want|are looking for|'re looking for)(?![\\p{L}])|(?:understand|learn) (?:more about )?your (?:[\\p{L}-]+ ){1,3}?(?:workflow|process)(?= ?(?:[.!?,;]|$|and|so|for|a bit|better|first))|(?:get|hear|love|like) your (?:thoughts|feedback|opinion|input|take) on (?:our|my|what we)|(?:learn|understand|hear|find out|(?<=to )know) (?:a (?:bit|little) )?(?:more )?about your (?:[\\p{L}-]+ )?(?:business|priorities|challenges|goals|needs|pain points|current|company|team|operation|process|setup|work|role)(?![\\p{L}])|(?:learn|understand) (?:a (?:bit|little) )?(?:more )?(?:about )?how your (?:[\\p{L}-]+ ){0,2}?(?:team|company|business|firm|office|practice|staff|people|department) (?:currently )?(?:handles?|manages?|does|runs?|approaches|deals? with|buys?|orders?)(?![\\p{L}])|(?:ask|asking) (?:you )?(?:a few|some|a couple of) (?:quick )?questions|(?:willing|happy|able|open) to share your (?:insights|thoughts|advice|experience|expertise|perspective|knowledge)|(?:see|learn|understand|find out)(?: a (?:bit|little))?(?: more)?(?: about)? (?:what|how) you(?:'re| are) (?:currently )?(?:using|doing|handling)",
    message: 'Asks to pick the prospect’s brain or learn about their business.',
    why: 'Discovery is worth something to you, not to them; asking for their time to learn about them gives them nothing in return.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'I’d love to pick your brain.',
      'I’d like to learn more about your business.',
      'I would like to know about your business and your IT requirements.',
      'I wanted to see if I could stop by and learn more about what you need.',
      'Sally thought you might be willing to share your insights about copywriting with me.',
      'I’d love to learn more about your freelance needs.',
      'I’d love to hear what keeps you up at night.',
      'I’d like to understand your current workflow. Thursday at 10?',
      'I’d love to learn how you handle freight today.',
      'I’m calling to learn a bit more about your business and how you currently buy supplies.',
      'I would like to find out more about your work at Lakeview Partners.',
      'I’d be grateful for half an hour so I can understand how your team currently manages payroll.',
      'I’ve heard great things about you, and I’d like to learn a bit about what you’re doing.',
      'I would love to learn about what you do.',
      'I’d love 15 minutes of your time to understand your chest X-ray workflow.',
    ],
    valid: [
      'Your peers answered three questions about their freight spend.',
      'Do you know about your company’s charitable matching program? Most people never use it.',
      'I’d like to show you how your peers cut the setup time in half.',
      'You will learn how your peers cut detention by half.',
      'Most clinics don’t understand their own imaging workflow until it stalls.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.introduce',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      'introduce (?:myself|ourselves|us|our|my company|my firm|you to)|(?:calling|writing|reaching out|ringing|emailing|here|glad|pleased|excited|happy|proud|is|was) (?:you )?to introduce(?= (?:the |a |an )?\\p{Lu})|(?<=(?:^|[\\n.!?…:]) ?(?:\\d+[.)] )?)to introduce(?= (?:the |a |an )?\\p{Lu})|get introduced|(?:note|letter|email|message) of introduction|introductory (?:note|letter|email|message|video)|(?:intro|explainer|overview) video|(?:a |an )?(?:quick |brief )?introduction (?:to|of) (?:our|us|my|what we)|learn (?:a (?:bit|little) |more )?about (?:us|our|what we do|who we are|my company|how we)|get (?:us|ourselves|our name) in front of you|(?:an |a quick |a brief )?overview of (?:our|us|what we)',
    // "Calling to introduce SSW Upsizing PRO", "to introduce Cloud Obsidian as a resource": what is
    // introduced is named, so it is ours (a third person is "you to" someone, below). The name is
    // told by its capital, which the case-blind scan cannot see, so it is read here.
    accept: (match, analysis) =>
      !(
        /you to$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        INTRODUCES_A_THIRD_PERSON.test(textAfter(analysis, match, 60))
      ) &&
      !(
        /introduce$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        !/^ (?:(?:the|a|an) )?\p{Lu}/u.test(textAfter(analysis, match, 12))
      ),
    message: 'Offers to introduce yourself or your company.',
    why: WHY_WEAK,
    evidence: EVIDENCE.companyOverview,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'I’m calling to introduce our company.',
      'I’d love to introduce ourselves.',
      'It would be great to get introduced before your budget cycle.',
      'I wanted to introduce you to DocuLoop, a service for sharing large files.',
      'I wanted to send a note of introduction.',
      'I’d like to introduce you to our new billing platform.',
      'Hi, this is Scott from SSW. I’m calling you to introduce SSW Upsizing PRO!',
      'The reason for the call today is to introduce Cloud Obsidian as a resource.',
      'The reason for the call today:\n1. To introduce Cloud Obsidian as a resource.',
    ],
    valid: [
      'I can introduce you to four pre-screened engineers who fit your stack.',
      'I’d like to introduce you to a night-shift nurse who has run two ICUs your size.',
      'Happy to introduce you to two CFOs who made the same switch last year.',
      'I’d like to introduce you to two fleet managers who cut idling by a third.',
      'Plants that were quick to introduce shift logs cut scrap by a third.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.feedback_favour',
    category: 'weak_value',
    severity: 'warn',
    // Their feedback on our product, asked for as the favour: "your thoughts and feedback would
    // be incredibly valuable in shaping its development", "who can give some good feedback on
    // our project". Apart from pick_brain, whose long list would otherwise be tried after every
    // "your".
    pattern:
      'your (?:thoughts|feedback|input|opinion)(?: and (?:thoughts|feedback|input|opinion))? (?:would be|will be|is|are) (?:incredibly |really |very |extremely |so |hugely |truly )?(?:valuable|helpful|appreciated|welcome|invaluable)|(?:give|share|provide|offer) (?:us |me )?(?:some )?(?:good |honest |quick |early )?(?:feedback|input|thoughts) on (?:our|my)(?![\\p{L}])',
    message: 'Asks for the prospect’s feedback on your product as the favour.',
    why: 'Feedback on your product is worth something to you, not to them; asking for it gives them nothing in return.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'Your thoughts and feedback would be incredibly valuable in shaping its development.',
      'I was looking for active developers who can give some good feedback on our project.',
    ],
    valid: [
      'Your feedback on the lane list is what the briefing is built on: Thursday at 10?',
      'Plants that give carriers feedback on their scorecards cut detention by a third.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.collaboration',
    category: 'weak_value',
    severity: 'warn',
    // "…if you are open to collaboration opportunities", "I'd love to collaborate 🤝": a
    // partnership offered with nothing for the contact, read as explore_fit reads a fit check.
    pattern:
      'open to (?:a |any |possible |potential )?(?:collaborations?|partnerships?|cooperation)(?: opportunit(?:y|ies))?|(?:love|like|happy|keen|glad|eager) to (?:collaborate|partner up|team up)(?= ?(?:[.!?,;]|$|\\p{Extended_Pictographic}))',
    message: 'Offers a “collaboration” with nothing in it for the prospect.',
    accept: nothingCheckableBefore,
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'I would like to ask if you are open to collaboration opportunities.',
      'If you’re looking to grow your website authority, I’d love to collaborate 🤝',
    ],
    valid: [
      'I’d like to collaborate with you on this project.',
      'Distributors that re-bid quarterly paid 11% less. Open to collaboration on your lanes Thursday at 10?',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.explore_fit',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "(?:see|find out|figure out|explore) (?:if|whether) (?:we'd|we would|we'll|we might|we could|you'd|you would) (?:be )?(?:a )?(?:good |great |right |strong )?(?:fit|match)|(?:see|explore|discuss|find out|figure out) (?:if|whether) (?:there's|there is|we have|we're|we are|it's|it is|there might be|there may be) (?:a )?(?:fit|synergy|mutual fit|good fit|match|an opportunity)|explore (?:a |any )?(?:potential |possible |long-term |mutual )*(?:partnership|opportunities|working together|synergies|ways to work together|how we|association|collaboration|business relationship|alignment)|(?:see|find out) if there's any way (?:we|i) (?:can|could) (?:support|help) each other|(?:see|discuss|explore|talk about) (?:if|whether) we (?:can|could|might|may) (?:help|work together|partner|be of (?:help|service|value)|add value|support you)",
    message: 'Offers to “see if there is a fit”.',
    accept: nothingCheckableBefore,
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'We leverage cloud-native frameworks across the enterprise. Keen to explore alignment.',
      'I’d like to see if there’s a fit.',
      'Let’s explore how we can work together.',
      'Let’s see if we’d be a good fit.',
      'We should talk about whether we can partner.',
      'We would value the opportunity to explore a long-term association with you.',
      'I’d love to see if there’s any way we can support each other.',
    ],
    valid: [
      'Clinics your size lost 18% of their slots to no-shows. Worth 15 minutes to see if there’s a fit?',
      'We recently helped a clinic like yours save 15 hours/week on scheduling. Worth a 15-min call to see if there’s a fit?',
    ],
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
    // "I built you a quick demo of what your site could look like": made of their own thing, the
    // demo is the value, not a tour of ours.
    accept: (match, analysis) =>
      !carriesABriefing(match, analysis) &&
      !demoIsCounted(match, analysis) &&
      !/(?:built|made|created|put together|mocked up|recorded)(?: (?:you|for you))?(?: a| an)?(?: (?:quick|free|short|custom|little|working))* $/iu.test(
        textBefore(analysis, match, 40),
      ) &&
      !DEMO_OF_THEIR_OWN.test(textAfter(analysis, match, 40)),
    examples: [
      'Could I show you a quick demo?',
      'Happy to set up a demo of the scheduler next week.',
      'We’ve helped 500 companies grow. I’d love to schedule a 30-minute demo to show you how SalesBot AI can transform your sales process.',
    ],
    valid: [
      'Your crews lost 12% of their site days to paper permits last year. I’ll demo the fix on your own permits Friday at 9, 20 minutes?',
      'Teams your size lose a third of their deals between demo and signature.',
      'Agencies that added an evening shift booked 40% more demos from Pacific leads.',
      'Your demo→close rate fell to 11% in Q2, and two peers fixed it the same way.',
      'Your demo form at Tallyfin sends a confirmation, then nothing for two days.',
      'I went ahead and built you a quick demo showing your site with the issues fixed.',
      'Just left you a voicemail about a free demo site I built for Harbor Dental.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.quick_chat',
    category: 'weak_value',
    severity: 'warn',
    // "A quick chat" names a format, not what the meeting holds: the label rule reads "Worth a
    // quick chat?" as a meeting request. It is the weak offer only where it is all the opener has
    // offered by then (no insight, no benefit, no figure before it) and the opener claims no value
    // at all: then the meeting is with us and about nothing. Where a value is claimed but not
    // shown ("we help companies like yours grow"), the sets tag the missing benefit instead, and
    // missing_benefit.meeting_only reports it. A meeting named for getting introduced is us
    // whatever came before.
    pattern:
      '(?:a |an )?(?:quick|brief|short|informal|casual|introductory|intro|exploratory|discovery) (?:chat|call|conversation|connect|sync|catch-up|meeting|session)|(?:hop|jump|get) on a (?:quick )?(?:call|zoom|chat|phone call)',
    message: 'Offers “a quick chat” and nothing else.',
    why: 'A chat has no value of its own, so the prospect has no reason to give it time; a briefing on what you found does.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    // "Give me a quick call on 555-0193" asks for a call back; what it offers is another rule's business.
    accept: (match, analysis) =>
      !/(?:give|gimme)\s+(?:me|us)\s+(?:a\s+)?$/iu.test(textBefore(analysis, match, 16)) &&
      !MEETS_A_THIRD_PERSON.test(textAfter(analysis, match, 80)) &&
      !DESCRIBES_THIS_CALL.test(textAfter(analysis, match, 12)) &&
      !carriesABriefing(match, analysis) &&
      (INTRODUCTORY.test(analysis.scan.slice(match.start, match.end)) ||
        (!offeredBefore(match, analysis) && !claimsValue(analysis))),
    // After a finding about their world and what it means for them, "a quick chat" is the form of
    // the meeting asked for, which the label rule reads as a meeting request: the value is there.
    // A meeting named for getting introduced stays ours whatever came before.
    standsWithParts: (match, a) =>
      INTRODUCTORY.test(a.scan.slice(match.start, match.end)) ||
      !(a.components.insight.present && a.components.benefit.present),
    examples: [
      'I’m calling about battery storage for your depots. Would you be open to a quick chat on Thursday at 11?',
      'We cut demand charges 30% at 25 sites. I’d like to schedule an introductory meeting.',
      'Could we hop on a quick call?',
    ],
    valid: [
      'We help companies like yours grow. Would you be open to a quick chat?',
      'We booked 23 meetings in 30 days for a team your size. Worth a quick chat?',
      'Can you give me a quick call on 021 555 0193?',
      'Shall I set up a short call between you and the applicant on Monday?',
      '[Similar Company] was spending [X hours/week] on invoices; now they spend [Y hours]. Would a brief conversation make sense?',
      'Sam, Dana from Arden. I figured a quick call was easier than ten emails about your lanes.',
      'Clinics your size lost 18% of their slots to no-shows. Could we set a short call Tuesday at 2 to see which of your slots go empty?',
      'Hi Sam, Dana Lee with Arden Power. Would you be open to a quick chat on Thursday at 11? Depots your size cut demand charges 30% with batteries, which would pay for your new chargers.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.product_tour',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      '(?:a |the |quick |full |short |guided |live |\\d+-minute )(?:tour|walkthrough|walk-through|run-through) of (?:our|the|my) (?:new )?(?:[\\p{L}-]+ ){0,2}?(?:product|platform|software|tool|app|system|solution|features|services|offering|facility|facilities|plant|warehouse|showroom|factory|office|offices|dashboard|portal|suite|website|technology)|walk you through (?:our|my) (?:new )?(?:[\\p{L}-]+ ){0,2}?(?:product|platform|software|tool|app|system|solution|features|services?|offerings?|dashboard|portal|suite|technology|capabilities|capability)s?|(?:\\d+-minute |quick |short |full |guided |product )tour|see (?:it|the (?:product|platform|software|tool|app)) in action|show you (?:our|the) (?:new )?(?:platform|product|software|tool|app|system|dashboard|solution)s?|show you (?:around )?our (?:new )?(?:facility|facilities|plant|warehouse|showroom|factory|offices?)|(?:a|the) (?:quick |short |brief |full |guided |live )?(?:walkthrough|walk-through|run-through)(?= ?\\?)|all (?:its|of its|the) features' +
      // The tour in other words: how our thing works is the value offered.
      // Our news held up to be shown: "some new features to show you", "products I'd love to show you".
      "|(?:features|products|updates|capabilities|releases|offerings|designs|models) (?:to|i'd love to|we'd love to|i want to|we want to|i'd like to|we'd like to) show you(?! (?:how|which|where|what|why|when|whether|if)(?![\\p{L}]))" +
      '|(?:(?:show|let) you (?:see )?|demonstrate )how (?:it|this|our (?:[\\p{L}-]+ ){0,2}?(?:product|platform|software|tool|app|system|service|program|solution)s?) works' +
      // What our thing can do, shown ("show you how Airbyte can help you with data pipelines").
      '|(?:show|tell) you how (?:we|it|our (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+|[\\p{L}][\\p{L}\\d-]*(?: [\\p{L}][\\p{L}\\d-]*){0,2}) (?:can|could|will) (?:really |also )?(?:help|transform|streamline|boost|improve|automate|simplify|revolutioni[sz]e|support|benefit)' +
      // The product itself handed over as the next step: "try it yourself" instead of a meeting.
      // Only said to the prospect, at the start of a sentence: "your peers try it out first" is news.
      // A free trial offered is left out: the independently labelled sets tag it as a weak offer
      // in 1 of 12 openers that make one.
      '|(?<=(?:^|[.!?…:]) ?)(?:try (?:it|us|our (?:[\\p{L}-]+ ){0,2}?(?:product|platform|software|tool|app|service)) (?:yourself|for yourself|for free|free|out|today|now)(?![\\p{L}])|try it(?= ?(?:[:(!]|$|here|at|on|—|–|-)))',
    accept: (match, analysis) =>
      !showsAPeerOrTheirs(match, analysis) &&
      // "…cut response times from 48 hours to 12. I'd love to show you how it works": after a
      // result the opener has shown, how it was done is the follow-on, not the only offer.
      !(
        /how (?:it|this) works$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        (analysis.cues.insight.some((cue) => cue.start < match.start) ||
          figureSaidBefore(match, analysis))
      ) &&
      (OUR_THING_CAN.test(analysis.scan.slice(match.start, match.end)) ||
        !carriesABriefing(match, analysis)),
    message: 'Offers a product tour as the meeting.',
    why: 'A tour of our product asks the prospect to find the value themselves; a briefing on what you learned gives them something even if they never buy.',
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'Would Thursday at 10 work for a 30-minute tour?',
      'Let’s set 30 minutes next week so I can walk you through our capabilities.',
      'I’d like to give you a full tour of the product.',
      'Can I get you on a call Friday to see it in action?',
      'We help salespeople answer objections. The reason I’m calling is to quickly demonstrate how this works.',
      'Would you like to see a quick walkthrough?',
      'I’d love to give you a tour of our facility.',
      'We’re a family-owned heat treater, and we’d love to show you our new facility.',
      'I’d love to come by and show you how it works.',
      'Hi, Ray Ortiz with Keel Training, my number is 312-555-0188. I’m calling to demonstrate how this works.',
      'Let me show you how our scheduling tool works.',
      'I wanted to show you how Airbyte can help you with data pipelines.',
      'Sounds impossible? Try it yourself (it’s free): recruitercopilot.ai',
      'The best part? It’s free and takes 30 seconds. Try it: recruitercopilot.ai',
      'Let me walk you through our product on Thursday.',
      'I’d love to give you a quick walkthrough of our dashboard.',
      'We have some new features to show you, so I’ll call you on Thursday at 2.',
    ],
    valid: [
      'I’ll walk you through the data we found.',
      'I’d like to show you how the new surcharge rule works on your lanes.',
      'Could we take 20 minutes to show you the benchmark?',
      'I can show you how two exporters could clear customs a day faster.',
      'I’d like to show you how your team could cut the close by three days.',
      'Most of your peers try it out on one line before they switch.',
      'Shippers whose free trial ended kept paying the old fuel table.',
      'Start your 14-day free trial and see which lanes you overpay on.',
      'Our scheduler cut response times from 48 hours to 12 at 30 properties. I’d love to show you how it works.',
      'Here are two updates to show you where the fuel table moved.',
    ],
  },
  {
    kind: 'phrase',
    id: 'weak_value.about_us',
    category: 'weak_value',
    severity: 'warn',
    pattern:
      "(?:showcase|run (?:you )?through|demo) (?:our|my) (?:[\\p{L}-]+ )?(?:platform|product|offering|services?|solutions?|software|tool|app|capabilities)|get to know (?:your|you and your) (?:team|business|company|operation)|(?:meet|get to know) (?:our|my) (?:[\\p{L}-]+ )?(?:team|founders?|ceo|people|staff|partners)(?![\\p{L}])|(?:share|send|show you|walk you through|go over) (?:a few of |some of |one of |a couple of )?our (?:[\\p{L}-]+ )?(?:case studies|case study|testimonials|success stories|references|reviews)|(?:stop|swing|drop|come) by with (?:some |a few |a couple of )?(?:samples|brochures|catalog(?:ue)?s?|swatches)|walk you through what we (?:do|offer|sell|make)|get (?:acquainted|to know each other)|what we're all about|earn your business|(?:see|find out) if there's (?:ever )?(?:any way|anything|something) (?:we|i) (?:can|could) (?:help|do)|run (?:it|this|that) by you|i wanted to run by you|send(?:ing)? (?:you|over) (?:some |a |an |more |our |my )?(?:[\\p{L}-]+ ){0,3}?(?:info|information|brochure|brochures|materials|literature|deck|catalog|portfolio|price list|pricing|rate card|rate sheet|sell sheet|one-pager|spec sheet|line card|quote|proposal|package|credentials)|provide you with (?:some |more |further |additional )?(?:info|information|details)|(?:provide|pass along|pass on|leave|bring|get you|give you) (?:you )?(?:some |more |further |additional |a bit of )?(?:info|information|literature|materials)(?= ?(?:[.!?…,;]|$|and |along with ))|(?:see|check) (?:if|whether) you need(?:ed)? (?:any )?(?:more|additional|further|extra) (?:info|information|details|literature)|with all (?:our|my) (?:stuff|info|information|materials|details)|(?:get to know|getting to know) (?:you|each other)|drop off (?:some |a |our |my )?(?:samples?|catalog(?:ue)?s?|brochures?|info|information|literature|price lists?|menus?)|connect further|(?:the |a )chance to connect|(?:start|starting|build|building) a relationship|(?:see|check|make sure|ensure|find out) (?:(?:if|whether|that) )?you (?:got|received|saw|had a chance to (?:read|look at|review)) (?:my|our) (?:last |previous |recent )?(?:product |company )?(?:letter|email|note|message|package|brochure|mailer|voicemail|catalog(?:ue)?|information|info)|did you (?:get|receive|see) (?:my|our) (?:last |previous |recent )?(?:letter|email|note|message|package|brochure|mailer)|(?:calling|writing|ringing) to (?:make sure|check|confirm|see) (?:(?:if|whether|that) )?you (?:got|received|saw) (?:them|it|those|these)(?= ?(?:[.!?,;]|$))|(?:sent|mailed) you a (?:letter|brochure|package|mailer) (?:outlining|about|describing|explaining)|opportunit(?:y|ies) (?:that )?(?:we|i) (?:would like|'d like|want|wanted|would love|'d love) to (?:discuss|share|present|talk about|tell you about|run by you)|(?:tell|show) you (?:a (?:bit|little) |more |all )?about what we do|(?:share|send you|send over) (?:our|my) (?:portfolio|brochure|credentials|price list|rate card|capabilities|company profile|client list)|(?:tell|show) you (?:about|more about|all about|a bit about|a (?:little )?bit more about|a little more about) (?:our|my) (?:[\\p{L}-]+ )?(?:services?|products?|offerings?|platform|solutions?|software|tools?|app|range|programs?|packages?)|(?:tell|show) you (?:about|more about|a (?:little )?bit more about|a little more about) the (?:[\\p{L}-]+ ){0,3}?(?:services?|products?|solutions?|tools?|programs?|packages?) (?:that )?(?:we|i|our company|my company) (?:have|has|offer|offers|provide|provides)|share what (?:we|i) (?:have|offer|do)(?= ?(?:[.!?,;]|$|and|with))|show you what (?:we've|we have|i've|i have|we|i) (?:built|made|created|developed|been working on)|(?:discuss|talk about|go over|understand) your (?:[\\p{L}-]+ )?(?:needs|requirements)|(?:invite|invited|inviting) you to (?:our|an|a|the) (?:[\\p{L}-]+ ){0,2}?(?:webinar|event|seminar|open house|lunch-and-learn|showcase|launch|demo day|info session)|show you what (?:our|my|we|i) (?:[\\p{L}-]+ ){0,3}?(?:can do|does|offers?)|coming up (?:that )?we (?:could|can) help with|see how things are going" +
      // Our things named by what we have or do rather than by "our": "some exciting programs we
      // have", "what we're doing with AI training"; a visit to meet us.
      "|(?:tell|show) you (?:about|more about|all about) (?:some |a few |the |a couple of )?(?:[\\p{L}-]+ ){0,2}?(?:programs?|services?|products?|offers?|offerings?|solutions?|packages?|plans?|things) (?:that )?(?:we|i) (?:have|offer|provide|sell|run|carry)(?![\\p{L}])|interested in (?:hearing )?what (?:we're|we are|i'm|i am) (?:doing|up to|working on)|here(?:'s| is| are) (?:the |some |more |a bit of )?(?:info|information|details|literature|brochure|overview) (?:on|about|regarding|for) (?:our|my)(?![\\p{L}])(?! (?:benchmark|study|studies|research|findings|survey|analysis|data|report)(?![\\p{L}]))|(?:for me to |to |and )visit with you" +
      // The offer is us, whatever the telling verb: "inform you about our services", "explain
      // what we do", "some information on how our company solves…". What we found is not us.
      `|(?:(?:tell|inform|educate|update|brief|teach) you (?:a (?:bit|little) |a few things |more |all )?(?:about|on)|(?:explain|describe|present|outline|discuss|go over|talk about|share|share with you|introduce you to)(?: a (?:bit|little)(?: about| of)?)?|information (?:on|about|regarding)|(?:learn|learning|hear|hearing) (?:more |a (?:bit|little) (?:more )?)?about) ${ABOUT_OURSELVES}` +
      // The offer to send information, asked as a favour: "Would it be okay if I sent you some
      // information?"
      '|if (?:i|we) (?:sent|send|emailed|email) (?:you|over) (?:some |a bit of |a little |more |further |our |my )?(?:info|information|details|literature|materials|brochures?)(?= ?(?:[.!?…,;]|$|about|on ))',
    // A quote or proposal sent after a finding about their world and what it means for them is the
    // next step on that finding ("send you a quote on the Fairview project by Friday"), not
    // material about us.
    standsWithParts: (match, a) =>
      !(
        /(?:quote|proposal|estimate)$/iu.test(a.scan.slice(match.start, match.end)) &&
        a.components.insight.present &&
        a.components.benefit.present
      ),
    message: 'Offers only a chance to get to know us.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingInstead,
    examples: [
      'To celebrate, we’d love to invite you to a personalised product showcase with our team.',
      'I’d like to send you a copy of our catalog along with a complimentary clock.',
      'I sent you some materials last week and I was calling to make sure that you received them.',
      'I’d be grateful for half an hour of your time to share a little about our services.',
      'I’d like 20 minutes so we can get acquainted.',
      'Do you have a few minutes for me to tell you a little bit more about the data tools our company has to offer?',
      'I just want to take 2 minutes and share what we have.',
      'I wanted to ensure you received our product catalog.',
      'Can I send you a brochure?',
      'I’m reaching out to see if there’s any way we could help.',
      'Can I send you a quote for your fleet?',
      'I would love to tell you about our printing services.',
      'Let me show you what our scheduling tool can do.',
      'I’m sending over info about our payroll software.',
      'May I send you a SEO quote & Price?',
      'Hi, I’m just calling to see if you got my letter?',
      'We have a number of exciting opportunities that we would like to discuss with you.',
      'I would love the opportunity to get to know you better and connect further.',
      'I’d love to set 20 minutes next week to tell you more about what we do.',
      'I’d like to stop by and drop off some samples and a catalog.',
      'I’d love to show you what we’ve built.',
      'Would love to show you what we built. Do you have 20 mins this week?',
      'I wanted to see if you needed any additional information.',
      'I’d like to set up a meeting to discuss your needs.',
      'Let me send you our rate sheet.',
      'I’d like to invite you to our webinar.',
      'If I could have ten minutes I’d explain who we are and how we work.',
      'I’ll call Friday to brief you on our new cleaning services.',
      'I’d like to get you some information on how our agency handles payroll.',
      'I was calling to see if you’d be interested in learning more about what we do for offices like yours.',
      'We supply kiln sensors to sawmills. Would it be okay if I sent you some information?',
      'I can send a couple of our customer case studies.',
      'I’ll swing by with some samples next week.',
      'Could I walk you through what we offer on Thursday?',
      'I’d love 15 minutes to showcase our platform.',
      'Let me run through our offering on Thursday.',
      'I’d love to get to know your team.',
      'Can we set up a time for you to meet our team?',
      'I’m calling to tell you about some great plans we offer for families.',
      'Dana thought you might be interested in what we’re doing with fleet cards.',
      'Call me back so we can find a time for me to visit with you.',
      'I’d like to sit down with you to show you what I can do for you.',
      'I’ll be near your office Tuesday. Could I drop in and leave some literature?',
      'Can I come by next week and provide more information?',
      'As promised, here’s the information on our fleet fuel cards.',
    ],
    valid: [
      'Builders in your region pay 18% more for glulam since the Swedish mill closed, and Norwegian beams are still at last year’s price. I’d like to send you a quote on the Fairview project by Friday.',
      'Could we take 20 minutes so you see where your lanes sit?',
      'I can send you the benchmark for your region.',
      'Let me show you what your peers paid per lane.',
      'I’ll send you the three lanes where your rates sit above the median.',
      'Did you get the chance to see how your peers cut returns?',
      'I’d like to go over our findings on your three busiest lanes.',
      'I can tell you about the two plants that cut scrap by a third.',
      'I’ll walk you through what your peers paid per lane.',
      'Let me run through your three busiest lanes on Thursday.',
      'I can tell you about the three plans your peers switched to this year.',
      'Your team may be interested in what your peers are doing with fuel cards.',
      'I’d like you to meet our two clients who cut the gap, on Thursday at 10.',
      'I can provide more information on the three lanes your peers re-bid in May.',
      'Your auditors will get you the information by Friday, and we can compare it then.',
      'Here’s the information on our benchmark: 40 plants, and yours pays 9% more per lane.',
      'If I sent you the three lane rates on Friday, could we compare them Monday at 10?',
      'You’ll learn more about what your peers paid per lane.',
    ],
  },
];

/**
 * Boilerplate value with no insight and no number ("we help you save time and money"). The label
 * rule reads it as no benefit for this contact (no_benefit), not as a weak offer: the offer may be
 * a real meeting, but nothing in it is for this prospect. Kept apart from the weak-value rules so
 * it is reported, and blocks, as the missing benefit it is.
 */
const BOILERPLATE_VALUE_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'missing_benefit.boilerplate',
    category: 'missing_benefit',
    severity: 'block',
    pattern:
      "(?:save|saving|saves) (?:you |your [\\p{L}-]+ )?(?:(?:a lot of |lots of |tons of )?(?:time|money|costs?)(?: and (?:time|money|hassle|headaches))?|hassle|headaches)|(?:reduce|cut|lower) (?:your )?(?:costs|expenses|spend|overhead|taxes|tax bill)|(?:make sure|ensure|ensuring) (?:that )?you(?:'re| are) getting (?:the )?(?:very )?(?:best|most|right|maximum)(?: possible)? (?:value|price|rate|deal|coverage|return)|(?:increase|boost|improve|grow|drive|maximi[sz]e|accelerate) (?:your )?(?:revenue|sales|efficiency|productivity|roi|profits?|profitability|growth|performance|engagement|results|bottom line|pipeline)|(?:improve|streamline|optimi[sz]e|transform) (?:your )?(?:operations|processes|workflows?|efficiency|business|supply chain)|grow your business|take (?:your|you) (?:business|company|team|sales) to the next level|add (?:real |a lot of |more )?value|value proposition|(?:huge|big|real|significant) (?:value|savings|results|impact)",
    // A number makes the claim checkable: one in the same clause (not "you have about 40
    // employees, and we help companies like yours save time and money"), or an insight elsewhere in the
    // opener that the claim follows from ("…paid 17% more. Consolidating would save your buyers money").
    // A transactional call is not asked for an insight (see missing_benefit.benefit).
    accept: (match, analysis) =>
      !analysis.context.transactional &&
      !analysis.components.insight.present &&
      analysis.cues.insight.length === 0 &&
      !HAS_FIGURE.test(clauseAround(analysis, match).replace(TIME_FIGURES, '')),
    message: 'The only value offered is a promise every vendor makes (save time and money).',
    why: 'Every vendor promises savings; without a figure the prospect can test, the promise is noise. Quantified, it becomes an insight.',
    evidence: EVIDENCE.methodBenefit,
    suggestion:
      'Put a number on it the prospect can check: how much, for companies like whom, compared with what.',
    suggestFor: (_match, analysis) => {
      const insight = planInsight(analysis);
      return insight && HAS_FIGURE.test(insight)
        ? `Put the number from your insight on it: "${insight}."`
        : null;
    },
    examples: [
      'We help you save time and money.',
      'Our tool can increase your revenue.',
      'I see you have about 40 employees, and we help companies like yours save time and money on payroll.',
      'I’d like to make sure you’re getting the best possible value for your team.',
      'You may be interested in some of the ways we have helped our clients to reduce taxes.',
    ],
    valid: [
      'We help plants your size save about $40,000 a year on payroll.',
      // a fraction in words is a figure too
      'Ringing because councils like yours that moved their print to one contract cut spend by about a fifth.',
    ],
  },
];

/**
 * "I'm calling about battery storage for your depots. Open to a quick chat Thursday?": the meeting
 * is asked for with nothing in it for the contact. The label rule reads the chat as a meeting
 * request and tags what is missing, the benefit (the quoted sets, five of five), so it is reported
 * as the missing benefit it is, and blocks: not a word of the opener is for the contact.
 */
const MEETING_FORMAT =
  /(?<![\p{L}])(?:(?:a |an )?(?:quick|brief|short|informal|casual) (?:chat|call|conversation|connect|sync|catch-up|meeting|session)|(?:hop|jump|get) on a (?:quick )?(?:call|zoom|chat|phone call))(?![\p{L}])/giu;

/**
 * Read after the parts: only where the opener has neither an insight nor a benefit for the
 * contact by any reading (cue or clause role), no figure (meeting times are not figures), and
 * claims a value it never shows (claimsValue; with no claim at all the chat is the weak offer,
 * weak_value.quick_chat). "Give me a quick call on 555-0193" asks for a call back, a short call
 * with a candidate is the introduction a recruiter sells, and "a quick call was easier than ten
 * emails" is the call being made.
 */
function meetingOnly(a: Analysis): Span[] {
  const { insight, benefit } = a.components;
  if (a.context.transactional || insight.present || benefit.present || !claimsValue(a)) return [];
  const body = a.scan.slice(a.bodyStart, a.bodyEnd);
  if (HAS_FIGURE.test(body.replace(TIME_FIGURES, ''))) return [];
  for (const found of body.matchAll(MEETING_FORMAT)) {
    const match = {
      start: a.bodyStart + found.index,
      end: a.bodyStart + found.index + found[0].length,
    };
    if (/(?:give|gimme)\s+(?:me|us)\s+(?:a\s+)?$/iu.test(textBefore(a, match, 16))) continue;
    if (MEETS_A_THIRD_PERSON.test(textAfter(a, match, 80))) continue;
    if (DESCRIBES_THIS_CALL.test(textAfter(a, match, 12))) continue;
    return [{ field: 'text', ...match }];
  }
  return [];
}

/** A weak offer read by role (language/offer.ts). */
function offer(name: keyof WeakOffers): (a: Analysis) => Span[] {
  return (a) => {
    const span = a.reading?.language.weakOffers[name];
    return span ? [span] : [];
  };
}

/**
 * Offers read from what a clause does (language/offer.ts): a check-in on what we sent, telling
 * the prospect about our thing. Each yields to a weak-value phrase rule on
 * the same words.
 */
const WEAK_OFFER_ROLE_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'weak_value.check_in',
    category: 'weak_value',
    severity: 'warn',
    yieldsToPhrases: true,
    detect: offer('checkIn'),
    message: 'Checks whether the prospect saw what you sent.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingOn('Bring something new instead of checking in'),
    examples: [
      'Just checking to see if you had a chance to have a look at those numbers I sent over.',
      'Hi Sam, have you had a chance to think about our proposal?',
      'I was just wondering if you looked at the samples I sent.',
    ],
    valid: [
      'Have you had a chance to look at the new tariff? It moves your fuel cost 6%.',
      'Did you see how your peers cut returns by a third?',
      'Hey Mike, I’m with Apex Roofing. Did you get the quote I sent over?',
      'I’ll check whether the lanes I mentioned match your invoices before Thursday.',
    ],
  },
  {
    kind: 'structural',
    id: 'weak_value.tell_about_us',
    category: 'weak_value',
    severity: 'warn',
    yieldsToPhrases: true,
    detect: offer('aboutUs'),
    message: 'Offers to tell the prospect about your program or product.',
    why: WHY_WEAK,
    evidence: EVIDENCE.methodWeakOffer,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingOn('Offer what you found instead'),
    examples: [
      'So, my job is just to inform you about the program and see if you meet the qualification.',
      'Hi Don, this is Bob. Do you have any interest in learning about . . . .?',
      'Would you be interested in hearing about the plans we offer?',
    ],
    valid: [
      'I’d like to brief you on how your peers cut claims.',
      'Would you be interested in learning about the new reporting rule before May?',
      'I can update you on your three busiest lanes on Thursday.',
    ],
  },
];

export const WEAK_VALUE_STRUCTURAL_RULES: readonly StructuralRule[] = [
  ...WEAK_OFFER_ROLE_RULES,
  {
    kind: 'structural',
    id: 'missing_benefit.meeting_only',
    category: 'missing_benefit',
    severity: 'block',
    detect: meetingOnly,
    message: 'Asks for a quick chat with nothing in it for the contact.',
    why: 'A chat has no value of its own, so the prospect has no reason to give it time; a briefing on what you found does.',
    evidence: EVIDENCE.methodBenefit,
    suggestion: BRIEFING_INSTEAD,
    suggestFor: briefingOnInsight,
    examples: [
      'Hi Sam, we help companies like yours grow. Would you be open to a quick chat?',
      'I’m helping owners plan their exits. Worth a quick conversation?',
      'Our platform helps teams close faster. Could we hop on a call next week?',
    ],
    valid: [
      'We booked 23 meetings in 30 days for a team your size. Worth a quick chat?',
      'Can you give me a quick call on 021 555 0193?',
      'Shall I set up a short call between you and the applicant on Monday?',
      'Companies at your stage usually run into churn around this time. We’ve helped two of them solve exactly that. Worth a quick chat?',
    ],
  },
];

/** The weak offers, then boilerplate value (reported as a missing benefit). */
export const WEAK_VALUE_RULES: readonly PhraseRule[] = [
  ...WEAK_OFFER_RULES,
  ...BOILERPLATE_VALUE_RULES,
];
