import type { Analysis } from '../analysis';
import { EVIDENCE } from '../evidence';
import type { LanguageRoles } from '../language/roles';
import type { StructuralRule } from '../rule-types';
import type { Span } from '../types';

/**
 * Bad habits found by what a clause does rather than by a listed phrase (language/roles.ts): a
 * request for time right now in any wording, a minimiser, a sentence that pitches us. Each yields
 * to a phrase rule of its category that already flags the same words, so a rep sees one finding.
 */
function role(name: 'timeNow' | 'minimiser'): (a: Analysis) => Span[] {
  return (a) => {
    const found: LanguageRoles[typeof name] | undefined = a.reading?.language[name];
    return found ? [found] : [];
  };
}

/**
 * "We're doing a short survey…", "we've been asked to contact every customer…": a clause about
 * what we are doing on this call (progressive or passive) says nothing about what the company is
 * or has, so it is not a company description. Pretexts in it are the deception rules' business.
 */
const ABOUT_THIS_CALL =
  /^(?:we|i)(?:['’]re|\s+are|['’]m|\s+am|['’]ve\s+been|\s+have\s+been|\s+were|\s+was)\s+(?:(?:simply|just|only)\s)?(?!(?:offer|provid|sell|build|serv|deliver|launch|help|work|manufactur|mak|develop|creat|bring|introduc|runn?|operat|automat|grow|expand|partner|speciali[sz]|lead|support|power|hir|rank)(?:ing|ed)(?![\p{L}]))(?:\p{L}+ing|\p{L}+ed|mandated|asked|told|charged|tasked)(?![\p{L}])/iu;

/**
 * "As soon as you get a minute, please give me a call at 850-…": the minute is the prospect's own,
 * spent calling back when it suits them; the clause asks for a call-back, not for time right now.
 */
const CALL_BACK =
  /(?<![\p{L}])(?:give (?:me|us) a (?:call|ring|buzz)|call (?:me|us)(?: back)?(?: at| on)?|ring (?:me|us)(?: back)?|reach (?:me|us) (?:at|on))(?![\p{L}])/iu;

/**
 * In an email, "if you have a minute to reply" or "take a minute to look at the report" times
 * what the reader does with the email, whenever they read it; there is no call to be granted
 * time in.
 */
const REPLY_TIME =
  /(?<![\p{L}])(?:reply|respond|answer|read|write back|look|review|check|glance|skim|open|watch|fill)(?![\p{L}])/iu;

function timeNowNotCallBack(a: Analysis): Span[] {
  return role('timeNow')(a).filter((span) => {
    const clause = a.scan.slice(span.start, span.end);
    return !CALL_BACK.test(clause) && !(a.mode === 'email' && REPLY_TIME.test(clause));
  });
}

/**
 * An email is not a call: "It's free and takes 30 seconds" there times the product the email
 * offers, not the rep's own message. In an email the minimiser counts only when the clause is
 * about the message or a call ("this will only take a minute to read", "the call takes 5 minutes").
 */
const ABOUT_OUR_MESSAGE =
  /(?<![\p{L}])(?:read|reading|reply|replying|respond|email|note|message|call|chat|conversation|this)(?![\p{L}])/iu;

function shrinksOwnCall(a: Analysis): Span[] {
  return role('minimiser')(a).filter(
    (span) => a.mode !== 'email' || ABOUT_OUR_MESSAGE.test(a.scan.slice(span.start, span.end)),
  );
}

/** "We're running a short survey of plant managers": a survey is this call's pretext, not our trade. */
const SURVEY = /(?<![\p{L}])(?:survey|poll|questionnaire)(?![\p{L}])/iu;

const LEADING_LINK = /^\s*(?:and|so|but|now)\s+/iu;

function selfPitch(a: Analysis): Span[] {
  const found = a.reading?.language.selfPitch;
  if (!found) return [];
  const clause = a.scan.slice(found.start, found.end).replace(LEADING_LINK, '');
  return ABOUT_THIS_CALL.test(clause) || SURVEY.test(clause) ? [] : [found];
}

export const ROLE_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'permission.time_now',
    category: 'permission',
    severity: 'block',
    yieldsToPhrases: true,
    detect: timeNowNotCallBack,
    message: 'Asks for time right now (a few seconds or minutes, or whether they are free now).',
    why: 'Asking for time now hands the prospect the exit; a peer says why the call is worth it and then proposes a meeting at a set time.',
    evidence: EVIDENCE.badTimeOpener,
    suggestion:
      'Drop the request for time now; say why you are calling, then ask for a meeting on a named day.',
    examples: [
      'Hi Jo, Sam Lee with Arden Freight. Want to roll the dice and give me 30 seconds?',
      'Hi Jo, Sam Lee with Arden Freight. Are you in the middle of anything?',
      'Hi Jo, it’s Sam Lee with Arden Freight. I was wondering if you could possibly help me out for a moment?',
      'Hi Jo, Sam Lee with Arden Freight. I’m calling to see if you’re available to chat for a few minutes.',
      'Hi Jo, Sam Lee with Arden Freight. Is this a decent time for a quick question?',
      'Hi Jo, Sam Lee with Arden Freight. I’ll pitch you in about 25 seconds. Do you have that long?',
      'Hi Jo, Sam Lee with Arden Freight. I can tell you what we do in 20 seconds. OK?',
      'Hi Jo, Sam Lee with Arden Freight. Why don’t you talk to me about your lanes now?',
      'Hi Jo, Sam Lee with Arden Freight. Am I catching you mid-something?',
      'Hi Jo, Sam Lee with Arden Freight. Caught you between things?',
      'Hi Jo, Sam Lee with Arden Freight. Did I reach you while you’re out on the dock?',
      // Seconds asked of them now, however put.
      'Hi Jo, Sam Lee with Arden Freight. I need just 15 seconds of your time.',
      'Hi Jo, Sam Lee with Arden Freight. I was hoping to grab a quick half minute.',
      'Hi Jo, Sam Lee with Arden Freight. I’ll be ninety seconds — is that fair?',
      'Hi Jo, Sam Lee with Arden Freight. Are you somewhere you can talk for half a minute?',
      'Hi Jo, Sam Lee with Arden Freight. Can I ask you a quick question?',
      'Hi Jo, Sam Lee with Arden Freight. Do you have time to answer a few questions?',
      'Hi Jo, Sam Lee with Arden Freight. Could I borrow the length of a coffee refill from you right now?',
    ],
    valid: [
      'Hi Jo, Sam Lee with Arden Freight. Could we take 20 minutes on Thursday at 10?',
      'Hi Jo, Sam Lee with Arden Freight. Your Reno lanes run 11% over peers. Catch you Thursday at 10 for 20 minutes?',
      'Hi Jo, Sam Lee with Arden Freight. Your Reno lanes run 11% over peers. Do you have 20 minutes Thu at 10?',
      // "forty-five" is read "forty - five": no five minutes now.
      'Hi Jo, Sam Lee with Arden Freight. Your Reno lanes run 11% over peers. I’d like to take your team through them: forty-five minutes at your office on the 22nd?',
      'Hi Jo, Sam Lee with Arden Freight. Are you free for a briefing next Tuesday at 2?',
      'Jo, Sam Lee with Arden Freight. When you get a minute, please call me back at 555-0142.',
      'Hi Jo, Sam Lee with Arden Freight. Is this a good time for your team to lock in contract rates?',
      'Hi Jo, Sam Lee with Arden Freight. Do you have a long list of carriers on that lane?',
      'Hi Jo, Sam Lee with Arden Freight. Why don’t we talk about your lanes on Thursday at 10?',
      'Hi Jo, Sam Lee with Arden Freight. Did I reach you at the right number for the Reno dock?',
      // A speed or a length is no time asked of them.
      'Hi Jo, Sam Lee with Arden Freight. Our portal quotes a lane in under 90 seconds; could we take 20 minutes on Thursday at 10?',
      'Hi Jo, Sam Lee with Arden Freight. If I record a 60-sec walkthrough of your lanes, could we go through it Thursday at 10?',
      'Hi Jo, Sam Lee with Arden Freight. I ask because three shippers on your lane lost a day at Reno. Could we take 20 minutes Thursday at 10?',
    ],
  },
  {
    kind: 'structural',
    id: 'hedging.shrinks_call',
    category: 'hedging',
    severity: 'warn',
    yieldsToPhrases: true,
    detect: shrinksOwnCall,
    message: 'Shrinks your own call ("I’ll only take a minute").',
    why: 'Promising to be quick says the call is not worth their time; a peer spends the seconds on the reason instead.',
    evidence: EVIDENCE.methodHedging,
    suggestion: 'Cut it, and go straight to why you are calling.',
    examples: ['Hi Laura, Tom Fischer with Westmark Fleet Fuel, this takes one minute.'],
    valid: [
      'Hi Laura, Tom Fischer with Westmark Fleet Fuel. Could we meet for 20 minutes Tuesday at 3?',
      'Subject: fuel receipts\n\nHi Laura, the fuel audit is free and takes two minutes. Could we go through it Tuesday at 3?\n\nTom Fischer, Westmark Fleet Fuel',
    ],
  },
  {
    kind: 'structural',
    id: 'self_focus.company_pitch',
    category: 'self_focus',
    severity: 'warn',
    yieldsToPhrases: true,
    detect: selfPitch,
    message: 'A sentence describes your company rather than the prospect’s world.',
    why: 'What your company is and has is on your website; the airtime is better spent on what the prospect does not know yet.',
    evidence: EVIDENCE.companyOverview,
    suggestion:
      'Replace the company description with one thing you have seen across clients like them.',
    examples: [
      'Hi Ken, Lisa Grant from Anvil Safety. We’re the region’s largest provider of fall-protection training, with 30 years in the business.',
      'Hi Ken, Lisa Grant from Anvil Safety. We are offering harness inspections at a low rate.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’ve got an inspection app built for roofers and I’d like to show you around it.',
      'Hi Ken, Lisa Grant from Anvil Safety. We help contractors sail through audits without the paperwork.',
      'Hi Ken, Lisa Grant from Anvil Safety. We help roofers answer missed calls with a text-back service.',
      // Our price and our hours are no result a client got.
      'Hi Ken, Lisa Grant from Anvil Safety. I help roofing crews get certified from £90, with logs that stay current.',
      'Hi Ken, Lisa Grant from Anvil Safety. I help roofers set up text replies that answer leads 24/7.',
      'Hi Ken, Lisa Grant here. I run Anvil Safety, and we provide harness inspections for roofing crews.',
      'Hi Ken, Lisa Grant from Anvil Safety. We deploy inspection agents that sit on top of your job software.',
      'Hi Ken, Lisa Grant, Anvil Safety. I build harness-tracking apps for roofing crews.',
      'Hi Ken, Lisa Grant, Anvil Safety. I create affordable harness logs for roofing crews (from £90).',
      'Hey, we have harness-tracking apps for roofing crews. Want a demo?',
      'Hi Ken, Lisa Grant, Anvil Safety. I have experience training roofing crews like yours.',
      'Hi Ken, Lisa Grant from Anvil Safety. We work with roofers to automate their inspection logs.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our AI answers your phone while you are on the roof.',
      'hi ken, lisa grant from anvil safety. our ai answers your phone while you are on the roof.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our harnesses outlast the big brands by two years.',
      'Hi Ken, Lisa Grant from Anvil Safety. We install anchor points on commercial roofs.',
      'Hi Ken, Lisa Grant from Anvil Safety. We use our partnerships with harness makers to cut lead times.',
      'Subject: Anchor checks\nHi Ken,\nWe make harness-tracking apps for roofing crews.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our AI learns from your crew’s inspection notes and flags missed anchors.',
      'Hi Ken, Lisa Grant from Anvil Safety. We use drones to inspect roof anchors in an hour.',
      'Hi Ken, Lisa Grant from Anvil Safety. I built Anchorly, an inspection app for roofing crews.',
      'Hi Ken, Lisa Grant here. I handle anchor testing and harness repair for roofing crews across the county.',
      'Hi Ken, Lisa Grant from Anvil Safety. I have an AI system that answers your phone after hours.',
      'Hi Ken, Lisa Grant from Anvil Safety. I’m building a harness tracker that sits on your crew’s phones.',
      // An offer of ours, said as what we are doing this month.
      'Hi Ken, Lisa Grant from Anvil Safety! We’re running a promo on harness checks this month, five crews for $290.',
      'Hi Ken, Lisa Grant with Anvil Safety. We’re offering harness inspections with no upfront cost to roofers in your area.',
      'My name is Lisa, I’m with Anvil Safety, and we’ve got some really exciting training programs for roofers right now.',
      'Hi Ken, Lisa Grant. At Anvil Safety, we design, make and install anchor points for commercial roofs.',
      'I’m calling because your crew doubled this year, and we’re in the business of making roofers safer on the job.',
      'My name is Lisa Grant, I’m with Anvil Safety, and we’re a family-owned harness company serving the county since 1978.',
      'Hi Ken, it’s Lisa at Anvil Safety. Listen, we just rolled out new harness inspection plans.',
      'Hello guys, we are a roof anchor testing firm.',
      'Hi Ken,\nFounded in 1987, Anvil Safety is the county’s leading supplier of roof anchors, with five depots.\nLisa Grant, Anvil Safety',
      'Hi Ken, we shipped a harness tracker with automatic inspection reminders.',
      'Hi Ken, Lisa Grant. At Anvil Safety we design, make and install anchor points for commercial roofs.',
      'Hey Ken, Lisa here. I run a small studio focused on safety training videos for roofing crews.',
      'Dear Mr. Ortiz, we are a licensed harness distributor serving 200 roofing crews.',
      'Hey Ken. We’re automating most of the harness paperwork straight from the crew app.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our AI answers in 3 seconds.',
      'Hi Ken,\n\nAnchorly gives you one log of every anchor your crews tested.\n\nLisa',
      'Hi Ken,\n\nAnchorly closes that gap by syncing each crew’s checks into your job files.\n\nLisa',
      'Hi Ken,\n\nAnchor-IQ Bot turns your crew’s voice notes into a weekly inspection log.\n\nLisa',
      'Hi Ken,\n\nAnchorly is an AI-powered inspection platform for roofing crews.\n\nLisa',
      'Hi Ken,\n\nBuilt an inspection app that logs every anchor check. 15 min this week?\n\nLisa',
      // The company named only in the signature is still ours in the body.
      'Hi Ken,\n\nHarlow Safety is the region’s most experienced harness inspector. Could we take 20 minutes Thursday at 10?\n\nLisa Grant\nHarlow Safety',
      'Hi Ken,\n\nHarlow Safety is the region’s most experienced harness inspector. Could we take 20 minutes Thursday at 10?\n\nLisa Grant | Harlow Safety',
    ],
    valid: [
      'Hey Luis, it’s Dana Kowalski with Ironline Rebar. Rebar lead times out of Midwest mills are running nine weeks right now.',
      'Hi Ray, Colleen Burke with Valley Grain Storage. The Milford elevator stops taking wet corn above 18 percent this harvest. Our dryer has room for 40,000 bushels a week.',
      // "Steve’s IT Pro" in the signature does not make "It’s a 30-minute fix" about us.
      'Hi Ken,\n\nYour site has no harness log online. It’s a 30-minute fix that most crews skip until an audit. Could we go through it Thursday at 10?\n\nSteve Moynihan\nSteve’s IT Pro — Safety Consulting',
      'Hi Ken, Lisa Grant from Anvil Safety. Google gives your site a lower rank when pages load slowly.',
      'Hi Ken, Lisa Grant from Anvil Safety. We looked at 40 roofing crews, and we have the numbers by crew size.',
      'Hi Ken,\n\nBuilt a model of your three yards from the permit data. Could we go through it Friday at 9?\n\nLisa',
      'Hi Ken, Lisa Grant from Anvil Safety. Brenner Roofing is a 40-person crew that cut its anchor failures by half.',
      'Hi Ken, Lisa Grant from Anvil Safety. Brenner Roofing cut its anchor failures by half last year.',
      'Hi Ken, Lisa Grant from Anvil Safety. Brenner Roofing turns its inspection logs into bids twice as fast as its peers.',
      'Hi Ken, Lisa Grant from Anvil Safety. We benchmarked 40 contractors and most missed one anchor check.',
      'Hi Ken, Lisa Grant from Anvil Safety. We looked at 40 contractors and found most missed one anchor check.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’re working with two roofers on this, and I’m seeing the same gap at both.',
      'Hi Ken, Lisa Grant from Anvil Safety. We used drones to inspect 40 roofs last spring, and most missed one anchor.',
      'Hi Ken, Lisa Grant from Anvil Safety. We have been asked by several roofers about the new anchor rule.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’ve never spoken, so here is why I called: the anchor rule changed in May.',
      'Hi Ken, Lisa Grant from Anvil Safety. We helped 12 roofers pass the spring audit first time.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’ve helped roofers get audit-ready in under 3 weeks.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’ve been helping roofers cut audit time by 30–40%.',
      'Hi Ken, Lisa Grant from Anvil Safety. We currently have two crew openings that might suit you.',
      'Hi Ken, Lisa Grant from Anvil Safety. I built a model of your three depots last week.',
      'Hi Ken, Lisa Grant from Anvil Safety. I’ve built a benchmark of 40 roofers’ audit results.',
      'Hi Ken, Lisa Grant here, I handle the roofing accounts at Anvil Safety.',
      'Hi Ken, Lisa Grant from Anvil Safety. I have a question about your May anchor checks and a report on them.',
      'Hi Ken, Lisa Grant from Anvil Safety. I’ve made the same mistake on my own crews.',
      'Hi Ken, Lisa Grant from Anvil Safety. I have a question about your May anchor checks.',
      'Hi Ken, Lisa Grant from Anvil Safety. We work with 40 roofers in your county, and most missed the May anchor check.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our inspector is on Maple St Friday 9-11am; shall she stop by?',
      'Hi Ken, Lisa Grant from Anvil Safety. We have 40 harnesses ready for shipment in June at last year’s price.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’ve been working closely with three roofers on exactly this, and the pattern is clear: the May rule hit flat roofs first.',
      'Hi Ken, Lisa Grant from Anvil Safety. We help roofers like you [specific outcome] before the audit.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our clients see audits close in a week.',
      // A survey is the call's pretext (the deception rules' business), and a person in their area
      // is where we will be.
      'Hi Ken, Lisa Grant from Anvil Safety. We’re running a short survey of roofing crews about anchor checks.',
      'Hi Ken, Lisa Grant from Anvil Safety. Our inspector is in your area and could stop by your yard.',
      'Hi Ken, Lisa Grant from Anvil Safety. We’re just updating our records for roofers in your area.',
      'Hi Ken, Lisa Grant from Anvil Safety. So, we’re auditing 40 roofing crews this spring.',
      'Hi Ken, Lisa Grant here. I run the safety desk at Anvil for the county’s roofers.',
      'Hi Ken, Lisa Grant from Anvil Safety. We haven’t been introduced, but anchor rules changed in May.',
    ],
  },
];
