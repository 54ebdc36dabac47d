import { EVIDENCE } from '../evidence';
import type { Analysis } from '../analysis';
import type { PhraseMatch, PhraseRule } from '../rule-types';
import { HONEST_OPENING, honestOpening, notANamedMeeting, WHY_FAKE_FAMILIARITY } from './deception';
import { textAfter, textBefore } from './helpers';

/**
 * Deception told by its scheme rather than by a fixed phrase: the turn from a pretext to the
 * pitch, a persona before the seller, a prize or a place reserved for the prospect, an encounter
 * the caller is not sure of, a fault on their premises, a notice that threatens an interruption, a
 * name withheld when asked, a meeting confirmed that was never booked, a request from "someone
 * there", the caller as a supplier they already have, a caller who is only a department. Each
 * scheme has a move that an honest opener has no use for, and that move is what the pattern reads.
 * Before it was added, each pattern was searched for across the dev sets; where it occurs there,
 * the opener is tagged deceptive in all but a handful of cases.
 */

/**
 * A persona that is not a seller: a customer, a patient, a student, a researcher or a writer. Said
 * before "I actually help…", it is the pretext the pitch was hidden behind.
 */
const PERSONA =
  /(?<![\p{L}])(?:(?:as|i'm|i’m|i am|been|was) (?:a |an )?(?:long-time |longtime |regular |loyal |happy |former )?(?:customer|patient|client|guest|diner|shopper|student|researcher|writer|journalist|reporter)|(?:a|an) (?:mba |phd |graduate |college |university |freelance |independent )?(?:student|researcher|journalist|reporter)|contributing editor|fan of|reference check|shopping (?:at|with)|tried to (?:book|order|find|buy|reach)|was in for|research (?:project|interview)|writing (?:a|an) (?:feature|piece|story|article)|one of your (?:customers|clients|patients|regulars)|(?:job|role|position|opening) you posted|before applying|wrong number)(?![\p{L}])/iu;

/**
 * "This is Rachel calling from the benefits compliance team", "Nadia speaking from the business
 * accounts team": a caller who gives a department and no company sounds like the prospect's own
 * bank, supplier or IT team. Across the dev sets nearly every opener that introduces the caller
 * this way is tagged deceptive; the one that is not named its company in the sentence before. So a
 * company named anywhere before it, right after it ("…team at Clearwater Bank") or inside it ("the
 * Arden Freight team") is the honest form.
 */
const COMPANY_NAMED_BEFORE = /(?<![\p{L}])(?:with|from|at) (?!The(?![\p{L}]))\p{Lu}[\p{L}&'’-]*/u;
const companyGivenWithDepartment = (match: PhraseMatch, analysis: Analysis): boolean => {
  const said = analysis.scan.slice(match.start, match.end);
  return (
    /(?<![\p{L}]) \p{Lu}\p{Ll}/u.test(said.replace(/^\S+ the /u, ' ')) ||
    /^,? (?:at|of|with|from) \p{Lu}/u.test(textAfter(analysis, match, 20)) ||
    COMPANY_NAMED_BEFORE.test(textBefore(analysis, match, 300))
  );
};

export const DECEPTION_SCHEME_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'deception.department_persona',
    category: 'deception',
    severity: 'block',
    pattern:
      "(?<=(?:this is|it's|it is|i'm|i am|here|speaking|calling|ringing|i work) (?:[\\p{L}-]+ ){0,2}?)(?:from|with|for|on|in) the (?:[\\p{L}-]+ ){0,3}?(?:department|dept|team|division|unit|side)(?![\\p{L}])",
    // "…the underwriting team reviewing your file" is left to deception.impersonation and "the
    // dental supply desk" to deception.official_pose, which say what those moves are.
    accept: (match, analysis) =>
      !companyGivenWithDepartment(match, analysis) &&
      !/^ (?:assigned to|handling|in charge of|responsible for|reviewing|on) your /iu.test(
        textAfter(analysis, match, 30),
      ),
    message: 'Introduces you by a department, with no company.',
    why: 'A caller from “the billing department” or “the accounts team” sounds like the prospect’s own bank, supplier or IT; they find out within a minute that it is a sale, and nothing said after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Tom, this is Rachel calling from the benefits compliance team. Our records show a missing form.',
      'Hi, Nadia speaking from the business accounts team — I’m calling about your company account.',
      'Hi Harriet, it’s Mark from the marketing side. I’ve got something for your summer campaign.',
      'Hi, this is Jenny calling for the copier supplies department. I just need the make and model of your copier.',
    ],
    valid: [
      'Hi Mr. Tanaka, I’m calling from the business banking team at Clearwater Bank.',
      'Hi Mr. Lindqvist, Hanna Ortiz with Valley First Bank. I’m new on the ag team.',
      'Hi Sam, this is Dana from the Arden Freight team. Your Ohio lanes cost 9% over the median.',
      'Hi Sam, Dana Lee, Arden Freight. I lead the pricing team, and your Ohio lanes cost 9% more.',
    ],
  },
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
      "(?:since|while|now that) (?:i(?:'ve| have)|i've got|i got) you(?:r attention)?(?: on the (?:line|phone))?(?![\\p{L}])|(?<=(?:^|[.!?…,:;—–-]|well|okay|ok|so) ?)actually,? (?:i'm|i am|we're|we are) (?:with|from|calling from)(?![\\p{L}])",
    message: 'Turns from the reason you gave to a pitch ("since I have you…").',
    why: 'The reason given first was not the reason for the call; once the prospect hears the turn to the pitch, they know it, and nothing said after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, I’m one of your customers, and I wanted to ask the owner something. … Well, actually I’m with Tillpoint, we do POS systems for delis.',
      'Hi, I’m calling about the warehouse job you posted. … Thanks for taking the call. Actually, I’m with Liftline Staffing.',
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
      "(?:i|we) actually (?:help|work with|work for|build|sell|run|make|install)(?![\\p{L}])|anyway,? that's what i do|(?:i|we) also work (?:part-time |on the side )?(?:with|for)(?![\\p{L}])|as a thank-?you,? (?:we'll|we will|i'll|i will) (?:show|walk|demo)|(?:featured|sponsored) (?:companies|firms|businesses) can (?:add|buy|purchase|upgrade)|sponsored profile|(?:could|can|may) i ask you (?:a few|a couple of|some|two|three) (?:quick |short )?questions",
    accept: (match, analysis) => PERSONA.test(textBefore(analysis, match, 400)),
    message: 'Poses as a customer, a student or a writer before the pitch.',
    why: 'The persona gets the prospect talking under a false reason; when the seller behind it appears, the prospect feels used, and the call is over.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Mr. Lopez, I’m a student at State University doing a project on family businesses. Could I ask you a few questions about how you manage your insurance?',
      'Hi, I was in for a cleaning last month — I’m a patient of Dr. Alvarez. Your Google rating is low. I actually help practices fix that.',
      'Hi, I’m calling as a customer, actually — I tried to book a table on your website last night. Anyway, that’s what I do: I build booking sites for restaurants.',
      'I’m an MBA student doing a research project on hospital supply costs. … And actually, I also work part-time with Orthovance.',
      'I’m Lauren Pike, a researcher studying pharmacy inventory. I’d love 15 minutes for a research interview — and as a thank-you, we’ll show you our reorder tool.',
    ],
    valid: [
      'Hi Dana, Sam Lee with Arden Freight. Could I ask you a few questions about your Reno lanes on Thursday at 10?',
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
      "(?:has|have) been (?:hand-?)?(?:selected|chosen|picked|pre-?qualified|shortlisted|accepted|recogni[sz]ed) (?:[\\p{L}\\d-]+ ){0,3}?(?:for|as|to) (?:our|inclusion|membership|(?:an? |the )?(?:[\\p{L}\\d&-]+ ){0,4}?(?:winner|recipient|nominee|honou?ree|awardee)s?(?![\\p{L}]))|you (?:may )?(?:qualify|are eligible|have qualified) for (?:\\d+ )?(?:membership|inclusion)|pre-?qualified for (?:the |our |a |an )?(?:[\\p{L}\\d&-]+ ){0,6}?awards?(?![\\p{L}])|as an? (?:potential |possible )nominee|invitation to be included in|with your name on it|(?:reserved|set aside|held|put aside) (?:[\\p{L}-]+ ){0,2}?(?:under|in|for) your name|set (?:something |it )?aside for you|(?:was|were) (?:picked|selected|chosen) for (?:our|a) (?:[\\p{L}-]+ ){0,3}?(?:promo|promotion|pilot|giveaway|offer|programme|program)(?![\\p{L}])|(?:received|earned) a nomination|(?:has|have) been (?:shortlisted|nominated)(?= ?[.!])|feature package|(?:reserved|saved|held) one for you|set aside (?:a|an) (?:\\$[\\d,]+ )?(?:gift card|credit|voucher|discount|bonus|reward)|(?:you've|you have) been (?:selected|chosen|hand-?picked)(?![\\p{L}])|(?:has|have) been shortlisted in|(?:we're|we are|i'm|i am) holding (?:your|a) (?:complimentary |free |reserved )?(?:[\\p{L}-]+ )?(?:seat|pass|spot|ticket|place)(?![\\p{L}])",
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
      'Hi Omar, it’s Jenna at Growth Desk. Congratulations, you’ve been selected! I’m calling to book your marketing assessment.',
      'Hi Mr. Osei, Fiona Clarke from the Retail Tech Summit. We’re holding your complimentary delegate pass until noon tomorrow. Shall I confirm you now?',
      'Dear Ms. Frey, we are delighted to let you know that Brightwell Plastics has been shortlisted in the Innovation category of this year’s awards.',
      'Congratulations! I am pleased to advise that you have received a nomination in the Design Agency Awards.',
      'Dear Mr. Farouk, Harborline Freight has been shortlisted. To confirm your place, please book a call.',
      'We’re only onboarding 2 more agencies in Austin this quarter and I’ve reserved one for you until Friday.',
      'We’ve set aside a $100 gift card for you. To claim it, just join a 20-minute call with our team.',
      'We’d love to feature your company in our next issue. We’ll need to go over the feature package options.',
      'Congratulations — Lakeside Family Medicine has been selected for our complimentary Remote Monitoring Pilot.',
      'I am pleased to announce that Lanikai Palms B & B has been selected as a winner of the 2012 Best of Kailua Awards.',
      'It is my pleasure to inform you that you qualify for 2014 membership to the Who’s Who Network.',
      'I’m glad to share that you have been pre-qualified for the Top 100 Marketing Leaders Awards.',
      'We have been pointed in your direction as a potential nominee.',
      'Jake Ortiz from CleanPro Supply — I’ve got a box of samples set aside with your name on it; your building was picked for our spring promo.',
      'I have something set aside for you: a $500 credit, reserved under your name until Friday.',
    ],
    valid: [
      'Hi Ana, Dana Lee with Arden Labs. Labs holding a four-week buffer of reagents lost no run days this year. Could we take 20 minutes Thursday?',
      'Could we set aside a few minutes Thursday at 10 to go over the renewal?',
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
      "(?:i think|i believe|pretty sure|(?:we've|we have|we) (?:probably|possibly|likely)|(?:we )?(?:may|might|must) have) (?:we )?(?:crossed paths|met(?! (?:the|a|an|your|our|their|its|this|that|these|those|all|every|each)(?![\\p{L}]))|bumped into)(?![\\p{L}])|either way,? i (?:wanted|thought|figured) (?:i'd |to )?(?:follow up|reach out|connect|call|get in touch)|met (?:briefly )?(?:[\\p{L}-]+ ){0,5}?(?:a while back|a while ago|some time ago|at some point)(?![\\p{L}])|(?:great|good|nice) to catch you again",
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
      'Plants that may have met the new deadline still paid 9% more for liners.',
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
      "(?:to avoid|avoid) (?:any |an )?(?:interruption|suspension|disconnection|deactivation|a lapse)(?= ?(?:[.!]|$| (?:of|in|to) (?:your )?(?:service|listing|account|supply|coverage|policy|line|registration)))|please remit|reference (?:number|no\\.?|#) ?\\d+|to avoid (?:your|the) (?:[\\p{L}-]+ )?(?:listing|account|domain|service|website|registration) (?:being|getting) (?:removed|suspended|cancell?ed|deactivated|deleted|shut off|taken down)|(?:this is|it's|it is) an? (?:automated )?(?:security |account )?(?:notice|alert)(?![\\p{L}])|(?:detected|noticed|found) (?:some )?unusual (?:sign-in|sign in|login|log-in) (?:attempts |activity )?on your",
    message: 'Reads like a bill or a service notice from a provider they already have.',
    why: 'A warning of an interruption, a reference number or a request to remit makes a sales call look like a notice from the prospect’s own provider; the prospect acts out of worry, finds the truth, and never trusts the caller again.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'This is the Business Registration Office regarding your annual listing. Please call 555-0161 to avoid your listing being removed.',
      'This is an automated security notice for your company domain.',
      'We detected unusual sign-in attempts on your company’s email domain. Book a call with our security team.',
      'Please call us back at 800-555-0190 to avoid any interruption. Reference number 4471.',
      'To avoid interruption of your listing, please remit $489 by the due date.',
    ],
    valid: [
      'Three banks in Ohio saw unusual sign-in attempts last month after the same phishing wave.',
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
      "(?<=(?:^|[.!?…,:;—–-]) ?)i(?:'ll| will) get to that(?![\\p{L}])|not at liberty to (?:disclose|say|share|tell)|(?:i'd|i would) rather not say (?:who|which|my|the|where)|(?:i'd|i would) rather not (?:get into|share|give) (?:the |my |our |any )?(?:who|which|where|names?|company)(?![\\p{L}])",
    message: 'Withholds who you are when the prospect asks.',
    why: 'A caller who will not say who they are or whom they represent is hiding the sale; the prospect assumes the worst and hangs up.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hello, I’m calling from a company that works with dental practices. I’d rather not get into names yet.',
      'Rep: Chris, with the business development team. … Prospect: Which company? … Rep: I’ll get to that. First, how are you handling IT support?',
      'I am not at liberty to disclose who I am or my firm’s name.',
      'Hi Mr. Novak, I’d rather not say my name until I know you’re the right person.',
    ],
    valid: ['Your Reno rates are up 9%, and I’ll get to that Thursday at 10.'],
  },
  {
    kind: 'phrase',
    id: 'deception.phantom_appointment',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "…confirming our 2:30 call today", "Looking forward to our call on Thursday at 2pm! Here's
    // the dial-in", "We had you down for a consultation Saturday and we missed you": a meeting the
    // prospect never booked, confirmed or rescheduled as if it were in their calendar.
    pattern:
      "confirming our (?:[\\p{L}\\d:.]+ ){0,3}?(?:call|meeting|appointment|consultation|demo|visit)(?![\\p{L}])|(?:calling|writing|here|i'm|i am) to confirm our (?:[\\p{L}\\d:.]+ ){0,3}?(?:call|meeting|appointment|consultation|demo|visit)(?![\\p{L}])|(?:calling|writing) to confirm our (?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\\p{L}])|(?:we|i) had you (?:down|booked|scheduled|pencil(?:l)?ed in) for|looking forward to our (?:call|meeting|chat|demo)(?= (?:on|this|tomorrow|today|at|next|(?:mon|tues|wednes|thurs|fri)day))",
    accept: (match, analysis) => notANamedMeeting(match, analysis),
    message: 'Confirms or reschedules a meeting the prospect never booked.',
    why: 'A confirmation for a meeting that was never set makes the prospect search their calendar, then feel tricked; the call that follows starts with a lie.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Derek, this is Amanda from Keystone Capital confirming our 2:30 call today about your equipment financing.',
      'Hi Stephanie, it’s Cole Warner from Horizon Benefits. I’m calling to confirm our Thursday at 2 o’clock to go over your renewal.',
      'Hi Mr. Nakamura, it’s Lisa at Metro Fleet Leasing. We had you down for a consultation Saturday and we missed you.',
      'Subject: Confirmed: our call Thursday 2pm\n\nHi Mateo,\n\nLooking forward to our call on Thursday at 2pm! Here’s the dial-in.\n\nAbby\nLeadNest',
    ],
    valid: [
      'Hi Derek, Amanda Cole from Keystone Capital. Could we take 20 minutes Thursday at 10? I’ll send an invite to confirm.',
      'Hi Derek, Amanda Cole from Keystone Capital; we met at the Denver Equipment Expo in March. I’m calling to confirm our demo on Thursday.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.phantom_request',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "I think someone there requested information about our backup service? I'm not sure who
    // it was", "Someone from your team downloaded our guide": a request from nobody named, which
    // the prospect cannot check and the caller uses as the reason to call.
    pattern:
      'someone (?:there|at your (?:office|company|firm|practice|clinic|store|site)|from your (?:office|team|company|firm)|on your team|in your (?:office|team)) (?:requested|asked (?:for|about)|filled (?:out|in)|downloaded|called|reached out|enquired|inquired|signed up)(?![\\p{L}])',
    message: 'Claims a request from someone at their company that you cannot name.',
    why: 'A request from "someone there" is the caller’s own invention as far as the prospect can tell; asking who it was ends the call.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, this is Nora at DataVault. I think someone there requested information about our backup service?',
      'Hi Olivia, someone from your team downloaded our guide to warehouse labor planning last week.',
    ],
    valid: [
      'Hi Olivia, Ben Fowler at Shiftline. Someone there will ask about the new overtime rule; three peers were fined in May.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.posing_as_provider',
    category: 'deception',
    severity: 'block',
    // "Hi, this is Ray from your janitorial supply distributor", "I'm calling on behalf of your
    // bank's business services team": the caller as a supplier the prospect already has, with no
    // company named, so the call is taken as routine business with a vendor of theirs.
    pattern:
      "(?:calling |writing |reaching out )?on behalf of your (?:bank|provider|supplier|carrier|processor|utility|insurer|landlord)(?![\\p{L}])|(?:this is|it's|i'm|i am) (?!calling )[\\p{L}-]+ (?:from|with|at) your (?:[\\p{L}-]+ ){0,2}?(?:distributor|supplier|provider|vendor|carrier|bank|processor)(?![\\p{L}])(?!'s)",
    message: 'Poses as a supplier they already have, without naming your company.',
    why: 'A caller who borrows the prospect’s own supplier or bank as cover hides who they are; the prospect finds out on the first invoice question and the trust is gone.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, this is Ray from your janitorial supply distributor. Prices on paper towels go up on the 1st.',
      'Hello, I’m calling on behalf of your bank’s business services team about your card processing rates.',
    ],
    valid: [
      'Hi Frank, Ray Ortiz from Allied Supply; your distributor raised liner prices 9% in May.',
      'Your bank’s fee schedule changes in June.',
    ],
  },
];
