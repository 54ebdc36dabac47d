import { EVIDENCE } from '../evidence';
import type { PhraseRule } from '../rule-types';
import { HONEST_OPENING, honestOpening, WHY_FAKE_FAMILIARITY } from './deception';
import { textBefore } from './helpers';

/**
 * Deception told by its scheme rather than by a fixed phrase: the turn from a pretext to the pitch,
 * a prize or a place reserved for the prospect, an encounter the caller is not sure of, a fault on
 * their premises, a notice that threatens an interruption, a name withheld when asked. Each scheme
 * has a move that an honest opener has no use for, and that move is what the pattern reads.
 */

/**
 * A persona that is not a seller: a customer, a patient, a student, a researcher or a writer. Said
 * before "I actually help…", it is the pretext the pitch was hidden behind.
 */
const PERSONA =
  /(?<![\p{L}])(?:(?:as|i'm|i’m|i am|been|was) (?:a |an )?(?:long-?time |regular |loyal |happy |former )?(?:customer|patient|client|guest|diner|shopper|student|researcher|writer|journalist|reporter)|(?:a|an) (?:[\p{L}]+ )?(?:student|researcher|journalist|reporter)|contributing editor|fan of|reference check|shopping (?:at|with)|tried to (?:book|order|find|buy|reach)|was in for|research (?:project|interview)|writing (?:a|an) (?:feature|piece|story|article))(?![\p{L}])/iu;

export const DECEPTION_SCHEME_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'deception.pretext_pivot',
    category: 'deception',
    severity: 'block',
    // "…or maybe that was someone else? … Well, since I have you, we do commercial cleaning": the
    // turn from the stated reason to the pitch. Said only where the stated reason was not the real
    // one, so the words themselves are the evidence; on every dev set they open a pitch after a
    // wrong number, a meter reading or a reference check.
    pattern:
      "(?:since|while|now that) (?:i(?:'ve| have)|i've got|i got) you(?:r attention)?(?: on the (?:line|phone))?(?![\\p{L}])",
    message: 'Turns from the reason you gave to a pitch ("since I have you…").',
    why: 'The reason given first was not the reason for the call; once the prospect hears the turn to the pitch, they know it, and nothing said after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, is this Andrew? … Oh, sorry, I think I was told you were the one handling the copier lease… or maybe that was someone else? … Okay, well, since I have you, I’m Paula with Clearprint.',
      'Hi, I’m doing a reference check on Daniel Ruiz. … Great. And while I have you, are you hiring for his old role?',
      'Sorry for the dramatic subject line! Now that I have your attention: I’m Jenny from ShipRight.',
    ],
    valid: [
      'Hi Dana, Sam Lee with Arden Freight. I have you down for Thursday at 10 with your plant manager.',
      'While I have your lanes open, the Reno rate is 9% over market.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.persona_pivot',
    category: 'deception',
    severity: 'block',
    // "I'm a patient of Dr. Alvarez… I actually help practices fix that", "I'm calling as a
    // customer… Anyway, that's what I do: I build booking sites": a customer's, a student's or a
    // writer's persona first, then the seller behind it.
    pattern:
      "(?:i|we) actually (?:help|work with|work for|build|sell|run|make|install)(?![\\p{L}])|anyway,? that's what i do|(?:i|we) also work (?:part-time |on the side )?(?:with|for)(?![\\p{L}])|as a thank-?you,? (?:we'll|we will|i'll|i will) (?:show|walk|demo)|(?:featured|sponsored) (?:companies|firms|businesses) can (?:add|buy|purchase|upgrade)|sponsored profile",
    accept: (match, analysis) => PERSONA.test(textBefore(analysis, match, 400)),
    message: 'Poses as a customer, a student or a writer before the pitch.',
    why: 'The persona gets the prospect talking under a false reason; when the seller behind it appears, the prospect feels used, and the call is over.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, I was in for a cleaning last month — I’m a patient of Dr. Alvarez. Your Google rating is low. I actually help practices fix that.',
      'Hi, I’m calling as a customer, actually — I tried to book a table on your website last night. Anyway, that’s what I do: I build booking sites for restaurants.',
      'I’m an MBA student doing a research project on hospital supply costs. … And actually, I also work part-time with Orthovance.',
      'I’m Lauren Pike, a researcher studying pharmacy inventory. I’d love 15 minutes for a research interview — and as a thank-you, we’ll show you our reorder tool.',
    ],
    valid: [
      'Hi Dana, Sam Lee with Arden Freight. Our customers in Reno cut detention 12%; I actually help them re-bid lanes.',
      'Hi Dana, Sam Lee with Arden Freight. We actually help plants like yours re-bid lanes.',
      'Hi Dana, Sam Lee with Arden Freight. A customer of ours in Reno lost a lane in May; I actually help plants re-bid in a week.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.selection_bait',
    category: 'deception',
    severity: 'block',
    // "Lakeside Family Medicine has been selected for our complimentary pilot", "you qualify for
    // 2014 membership", "a box of samples set aside with your name on it": a prize, a listing or a
    // gift the sender's own programme chose the prospect for, to open a sale.
    pattern:
      '(?:has|have) been (?:hand-?)?(?:selected|chosen|picked|pre-?qualified|shortlisted|accepted|recogni[sz]ed) (?:[\\p{L}\\d-]+ ){0,3}?(?:for|as|to) (?:our|inclusion|membership|(?:an? |the )?(?:[\\p{L}\\d&-]+ ){0,4}?(?:winner|recipient|nominee|honou?ree|awardee)s?(?![\\p{L}]))|you (?:may )?(?:qualify|are eligible|have qualified) for (?:\\d+ )?(?:membership|inclusion)|pre-?qualified for (?:the |our |a |an )?(?:[\\p{L}\\d&-]+ ){0,6}?awards?(?![\\p{L}])|as an? (?:potential |possible )nominee|invitation to be included in|with your name on it|(?:reserved|set aside|held|put aside) (?:[\\p{L}-]+ ){0,2}?(?:under|in|for) your name|set (?:something |it )?aside for you|(?:was|were) (?:picked|selected|chosen) for (?:our|a) (?:[\\p{L}-]+ ){0,3}?(?:promo|promotion|pilot|giveaway|offer|programme|program)(?![\\p{L}])',
    // "I saw Acme has been recognized as a Top Workplace recipient": a public honour, read by the
    // rep, is a reason to call, not a prize of the sender's.
    accept: (match, analysis) =>
      !/(?<![\p{L}])(?:saw|read|noticed|spotted|congrat\w* on)(?![\p{L}])[^.!?…]*$/iu.test(
        textBefore(analysis, match, 120),
      ),
    message:
      'Tells the prospect they were chosen for a prize, a listing or a gift, to open a sale.',
    why: 'An award, a pilot or a reserved gift that the sender’s own programme picked the prospect for is bait; the prospect sees the sale behind it, and the trust it borrowed is gone.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Congratulations — Lakeside Family Medicine has been selected for our complimentary Remote Monitoring Pilot.',
      'I am pleased to announce that Lanikai Palms B & B has been selected as a winner of the 2012 Best of Kailua Awards.',
      'It is my pleasure to inform you that you qualify for 2014 membership to the Who’s Who Network.',
      'I’m glad to share that you have been pre-qualified for the Top 100 Marketing Leaders Awards.',
      'We have been pointed in your direction as a potential nominee.',
      'Jake Ortiz from CleanPro Supply — I’ve got a box of samples set aside with your name on it; your building was picked for our spring promo.',
      'I have something set aside for you: a $500 credit, reserved under your name until Friday.',
    ],
    valid: [
      'I saw Acme has been recognized as a 2025 Top Workplace recipient; congratulations.',
      'Your plant was selected as a finalist in the state safety awards, per the April list.',
      'Three of the plants that have been chosen for the state pilot cut energy 9%.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.vague_encounter',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "I think we crossed paths at the NAFEM show — either way…", "we met briefly at the Rotary
    // breakfast a while back", "great to catch you again": a meeting the caller is not sure of, or
    // will not say when it was, claimed for the warmth of it. A real one is told plainly.
    pattern:
      "(?:i think|i believe|pretty sure|(?:we've|we have|we) (?:probably|possibly|likely)|(?:we )?(?:may|might|must) have) (?:we )?(?:crossed paths|met|bumped into)(?![\\p{L}])|either way,? i (?:wanted|thought|figured) (?:i'd |to )?(?:follow up|reach out|connect|call|get in touch)|met (?:briefly )?(?:[\\p{L}-]+ ){0,5}?(?:a while back|a while ago|some time ago|at some point)(?![\\p{L}])|(?:great|good|nice) to catch you again",
    message: 'Claims an encounter you are not sure of.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'I think we crossed paths at the NAFEM show in Atlanta — either way, I wanted to follow up.',
      'Hi Gloria, it’s Ted Fairbanks — we met briefly at the Rotary breakfast a while back.',
      'We have 23 mutual connections, so I feel like we’ve probably crossed paths at some point.',
      'Hi Lisa! Great to catch you again — it was such a busy few days at the expo.',
    ],
    valid: [
      'Hi Lisa, Ken Tate with Brightwell; we met at the PACK EXPO booth on Tuesday.',
      'I think we can cut your detention by a third.',
      'Peers who met the new rule early saved 9%.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.premises_alarm',
    category: 'deception',
    severity: 'block',
    // "…and yours may be affected. Our technicians are checking valves this week", "our
    // technician is already at the plaza next door": a fault or a visit at the prospect's own
    // site that the caller cannot know of, made urgent to book a service call.
    pattern:
      '(?<![\\p{L}])yours (?:may|might|could) (?:be|have been) (?:affected|impacted|included|at risk)(?![\\p{L}])|(?:technicians?|engineers?|crew|inspectors?) (?:is|are|will be) (?:already )?(?:at|in|on) the (?:[\\p{L}-]+ ){1,2}?next door|(?:technicians?|engineers?|crew|inspectors?) (?:is|are) already (?:in|at|on) your (?:area|block|street|building|road)',
    message: 'Claims a fault or a visit at their site that you cannot know of.',
    why: 'A problem at the prospect’s own building, said by a stranger to book a visit, is a service-call pretext; it is checked with one question, and then the caller is not believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'We’ve had reports of low water pressure in buildings on your block, and yours may be affected.',
      'Dave from Allied Pest. Our technician is already at the plaza next door this afternoon.',
    ],
    valid: [
      'Rodent complaints on your block of Elm Street are up since the water-main work started.',
      'Three plants near yours were affected by the May outage.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.interruption_notice',
    category: 'deception',
    severity: 'block',
    // "Please call us back today to avoid any interruption", "please remit $489", "Reference
    // number 4471": the language of a bill or a notice from a provider the prospect already has.
    pattern:
      '(?:to avoid|avoid) (?:any |an )?(?:interruption|suspension|disconnection|deactivation|a lapse)(?= ?(?:[.!]|$| (?:of|in|to) (?:your )?(?:service|listing|account|supply|coverage|policy|line|registration)))|please remit|reference (?:number|no\\.?|#) ?\\d+',
    message: 'Reads like a bill or a service notice from a provider they already have.',
    why: 'A warning of an interruption, a reference number or a request to remit makes a sales call look like a notice from the prospect’s own provider; the prospect acts out of worry, finds the truth, and never trusts the caller again.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Please call us back at 800-555-0190 to avoid any interruption. Reference number 4471.',
      'To avoid interruption of your listing, please remit $489 by the due date.',
    ],
    valid: [
      'Checks sent to the old remit-to address go through a manual queue.',
      'Plants that swap presses in August do it to avoid interruption to the peak run.',
      'Plants that re-bid before May avoid a 9% increase.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.withheld_identity',
    category: 'deception',
    severity: 'block',
    // "… Which company? … I'll get to that", "I am not at liberty to disclose who I am": the
    // caller's company withheld when the prospect asks for it.
    pattern:
      "(?<=(?:^|[.!?…,:;—–-]) ?)i(?:'ll| will) get to that(?![\\p{L}])|not at liberty to (?:disclose|say|share|tell)|(?:i'd|i would) rather not say (?:who|which|my|the|where)",
    message: 'Withholds who you are when the prospect asks.',
    why: 'A caller who will not say who they are or whom they represent is hiding the sale; the prospect assumes the worst and hangs up.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Rep: Chris, with the business development team. … Prospect: Which company? … Rep: I’ll get to that. First, how are you handling IT support?',
      'I am not at liberty to disclose who I am or my firm’s name.',
      'Hi Mr. Novak, I’d rather not say my name until I know you’re the right person.',
    ],
    valid: ['Your Reno rates are up 9%, and I’ll get to that Thursday at 10.'],
  },
];
