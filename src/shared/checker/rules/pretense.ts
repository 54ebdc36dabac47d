import type { Analysis } from '../analysis';
import { EVIDENCE } from '../evidence';
import type { Pretenses } from '../language/pretense';
import type { StructuralRule } from '../rule-types';
import type { Span } from '../types';
import { NAMED_MEETING, WHY_FAKE_FAMILIARITY, HONEST_OPENING } from './deception';
import { WEEKDAY } from '../patterns';
import { ownedOffer, repIntro, reasonFromInsight } from './suggest';

/**
 * Deception read by the claim a clause makes (language/pretense.ts), not by a listed phrase: a
 * past exchange with the prospect, a prize they have supposedly won, a denial of selling, thanks
 * for a call they never made. Each yields to a deception phrase rule on the same words, so the rep
 * sees one finding for one problem.
 */
function claim(name: keyof Pretenses): (a: Analysis) => Span | null {
  return (a) => a.reading?.language.pretenses[name] ?? null;
}

/**
 * A phantom is vague ("we spoke a while back", "I enjoyed our chat"); a real follow-up says when,
 * where or at which event ("we spoke today", "at the conference", "last week", "at [event]" in a
 * template, "at your store opening", "two weeks ago"), which the prospect can check. The label
 * rule reads a named earlier meeting as honest, and the quoted sets read any such specific one so.
 * "May" is the month only where it is placed as one ("in May", "May 4"): "we may know each other"
 * names no time.
 */
const SAYS_WHEN_OR_WHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|month|quarter|year|spring|summer|fall|autumn|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:on |last )?${WEEKDAY}|(?:in |back in |early |late |mid-)?(?:january|february|march|april|june|july|august|september|october|november|december)|(?:in |back in |early |late |mid-|since |last |this )may|may \d|(?:at|during|after) (?:the |your |our |a )?(?:[\p{L}-]+ )?(?:conference|expo|event|show|trade show|summit|convention|meetup|dinner|lunch|booth|fair|webinar|workshop|panel|meeting|opening|launch|open house|tour|site visit)|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) ago|X[x]{2,})(?![\p{L}])|\d`,
  'iu',
);

function unnamedHistory(a: Analysis): Span[] {
  const span = claim('sharedHistory')(a);
  if (!span) return [];
  const sentence = sentenceOf(a, span);
  return NAMED_MEETING.test(sentence) || SAYS_WHEN_OR_WHERE.test(sentence) ? [] : [span];
}

function sentenceOf(a: Analysis, span: Span): string {
  for (const s of a.sentences)
    if (s.start <= span.start && span.start < Math.max(s.end, s.start + 1))
      return a.scan.slice(s.start, s.end);
  return a.scan.slice(span.start, span.end);
}

/** A subject line that says the email is not a sale: "Not another sales email", "(no pitch)". */
const DENYING_SUBJECT =
  /(?<![\p{L}])(?:not (?:another |a |your (?:typical |usual )?)?(?:sales|cold) (?:email|pitch|message)|no (?:sales )?pitch|no agenda|not (?:a )?(?:pitch|sales))(?![\p{L}])/iu;

function denial(a: Analysis): Span[] {
  const found: Span[] = [];
  const body = claim('denial')(a);
  if (body) found.push(body);
  if (a.subject) {
    const subject = a.subject.scan.slice(a.subject.start, a.subject.end);
    const at = DENYING_SUBJECT.exec(subject);
    if (at)
      found.push({
        field: a.subject.field,
        start: a.subject.start + at.index,
        end: a.subject.start + at.index + at[0].length,
      });
  }
  return found;
}

const honestOpening: StructuralRule['suggestFor'] = (a) => {
  const intro = repIntro(a);
  if (!intro) return null;
  const reason = reasonFromInsight(a) ?? 'I’m calling because …';
  return `Open with who you are and the real reason: "${intro}; we haven’t spoken before. ${reason}"`;
};

/**
 * A subject that poses as the prospect's own business with us (an invoice, an order, a parcel,
 * their account) or as a notice that needs action: it is opened for a transaction that does not
 * exist. "Your freight invoices: three lanes above median" names their world in the plural and
 * says what was found; these name one document or a demand.
 */
const TRANSACTION_SUBJECT = new RegExp(
  [
    String.raw`^(?:re|fwd?)\s*:\s*(?:your |our )?(?:invoice|order|payment|receipt|delivery|shipment|parcel|package|account|statement|booking)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:invoice|order|receipt|shipment|parcel|package|ticket|case|account|policy)\s*(?:#|no\.?|number)\s*\d`,
    String.raw`^(?:about |regarding |re |on |quick question about )?(?:your|our) (?:order|invoice|payment|parcel|package|delivery|shipment|account|subscription|booking|meeting|appointment|statement)[.!?]*$`,
    String.raw`(?<![\p{L}])(?:action required|past due|overdue|final notice|could not be delivered|delivery (?:failed|failure|attempt)|payment (?:failed|declined|due)|account (?:suspended|locked|on hold|closed)|requires? (?:your )?(?:immediate )?(?:attention|action)|security alert)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

function transactionSubject(a: Analysis): Span[] {
  if (!a.subject) return [];
  const { field, start, end } = a.subject;
  // "[Action Required]" is bracketed like a template slot, so it is masked in the scan; its own
  // words are kept with the placeholder.
  const subject = [
    a.subject.scan.slice(start, end),
    ...a.placeholders
      .filter((p) => p.field === field && p.start >= start && p.end <= end)
      .map((p) => p.slot.replace(/^\W+|\W+$/gu, '')),
  ].join(' | ');
  return TRANSACTION_SUBJECT.test(subject)
    ? [{ field: a.subject.field, start: a.subject.start, end: a.subject.end }]
    : [];
}

export const PRETENSE_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'deception.transaction_subject',
    category: 'deception',
    severity: 'block',
    modes: ['email'],
    relaxedBy: 'priorContact',
    yieldsToPhrases: true,
    detect: transactionSubject,
    message: 'The subject poses as an invoice, an order or a notice the prospect must act on.',
    why: 'A subject that fakes a transaction gets the email opened once and the sender blocked after; it is the kind of misleading subject line the law forbids.',
    evidence: EVIDENCE.canSpam,
    suggestion:
      'Write a plain subject about their business: the topic of your insight in a few words.',
    examples: [
      'Subject: RE: Invoice #4471\n\nHi Tom, I wanted to follow up on this. Our rates beat most carriers.\n\nAlicia, DriveSafe Insurance',
      'Subject: Your parcel could not be delivered\n\nHi Omar, I’m Jenny from ShipRight. Can I send you a comparison?',
      'Subject: [Action Required] Update your vendor profile\n\nPlease confirm the primary buyer for office supplies.\n\nVendor Services, OfficeHub',
      'Subject: Your account\n\nHello, we need to update the information on your listing.\n\nListing Services Team',
    ],
    valid: [
      'Subject: Your freight invoices\n\nSam, three of your lanes sit above the median. Could we take 20 minutes Thursday at 10?\n\nDana Lee, Arden Freight',
      'Subject: Order errors at 40 distributors\n\nSam, reorder errors fell 26% where calls were logged. Could we take 20 minutes Thursday?\n\nDana Lee, Arden Freight',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.official_pose',
    category: 'deception',
    severity: 'block',
    yieldsToPhrases: true,
    detect: (a) => {
      const span = claim('authority')(a);
      return span ? [span] : [];
    },
    message:
      'Presents the caller as an official-sounding board, office or desk instead of the company.',
    why: 'A caller who sounds like a regulator or an official desk borrows authority the prospect never gave; they find out it is a sale within a minute, and nothing said after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, I’m calling from the benefits office regarding your company’s employee plan.',
      'Good morning. This is Helen with the Telecom Review Board. We’re reviewing business line charges in your area.',
      'Hi Ms. Kim, I’m calling from the office of building compliance about your elevator certificate.',
      'Hi, this is Brian from the dental supply desk. Can you tell me who does your ordering?',
      'Hi, Ms. Grant? This is Officer Dan Lewis with the Fire Safety Compliance division.',
      'Good morning, I represent the Home Repair Assistance Program and I see you own your home.',
      'Hi, my name is Carl and I am working on the regional water efficiency initiative.',
    ],
    valid: [
      'Hi Ms. Kim, Dana Lee from the Denver office of Arden Freight.',
      'Hi Ms. Kim, Dana Lee with Arden Freight. Our billing department found three duplicate charges on your lanes.',
      'Hi Ms. Kim, Dana Lee with Arden Freight. The state licensing board changed the permit rule in May.',
      'Hi Ms. Kim, Dana Lee with Arden Freight. I’m working on the same rebate program your two neighbours used.',
      'Hi Mr. Cole, Aaron Diaz, Shipping Wish LLC. Your two reefers sat empty out of Yuma four days last week; that’s on the load board history.',
      'Councillor Brennan, Sheila Ward from Civic Broadband Advisory. Could I present it to you on the 24th at 6pm before council?',
      'Morning Pieter, it’s Zanele from Highveld Irrigation. I’m phoning because your farms are on the Crocodile River scheme.',
      'Hi! It’s Claire Dunmore from the Ashgrove Literary Agency.',
      'I’m Lena Marsh and I am on the board of the Effective Membership Agency.',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.claimed_history',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    yieldsToPhrases: true,
    detect: unnamedHistory,
    message: 'Claims an earlier conversation with the prospect that is not on record.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Sam, Dana Lee with Arden Freight. We spoke a few months back about your reefer lanes.',
      'Hi Sam, Dana Lee with Arden Freight. I really enjoyed our chat the other week.',
      'Hi Sam, Dana Lee with Arden Freight. You told me the fleet contract was up for renewal.',
      'Hi Sam, Dana Lee with Arden Freight. I spoke with you briefly in the spring about fuel cards.',
      'Hi Sam, Dana Lee with Arden Freight. You mentioned to me that the fleet was growing.',
      'Sam, lovely meeting you online. Dana Lee with Arden Freight here, about your reefer lanes.',
      'Sam, the directory says we probably know each other. Dana Lee, Arden Freight.',
      'Sam, the directory says we may know each other. Dana Lee, Arden Freight.',
    ],
    valid: [
      'Hi Claire, Sam Ortiz from Northfield Signs. We talked at your store opening on Main Street two weeks ago about the window graphics.',
      'Hi Sam, Dana Lee with Arden Freight. We spoke with 40 shippers, and most paid the old fuel table.',
      'Hi Sam, Dana Lee with Arden Freight. The shippers we talked to all missed the May change.',
      'Hi Sam, Dana Lee with Arden Freight. We haven’t spoken before; here is why I’m calling.',
      'Hi Sam, Dana Lee with Arden Freight. When we met at the Reno Freight Expo in May, you asked about fuel.',
      'Hi Sam, Dana Lee with Arden Freight. You mentioned in your podcast interview that the fleet is growing.',
      'Hi Sam, Dana Lee with Arden Freight. We met the deadline for every client last quarter.',
      'Hi Sam, Dana Lee with Arden Freight. If we talked for 20 minutes on Thursday, you’d see the three lanes.',
      'Hi Sam, Dana Lee with Arden Freight. Our call center handled 3,000 claims last month.',
      'Hi Sam, we have not met, but you mentioned on a forum that you were open to new suppliers.',
      'Hi Sam, Dana Lee with Arden Freight. We spoke today about your reefer lanes, and here are the rates.',
      'Hi Sam, Dana Lee with Arden Freight. We spoke in May about your reefer lanes; the rates are in.',
      'Hi Sam, nice to meet you. Dana Lee with Arden Freight; we haven’t spoken before.',
      'Hi Sam, Dana Lee with Arden Freight. We don’t know each other, but your lanes came up in our audit.',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.claimed_attempts',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    yieldsToPhrases: true,
    detect: (a) => {
      const span = claim('attempts')(a);
      return span ? [span] : [];
    },
    message: 'Claims a run of earlier attempts to reach the prospect that is not on record.',
    why: 'Saying you have been chasing someone for weeks casts a first contact as a reply they owe you; the prospect knows they never heard from you, and the call starts on a claim they can see is false.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Sam, I’ve honestly been trying to get hold of you about your fleet cards.',
      'Sam, we have really been trying to get in touch with you since spring.',
      'Mr. Dunmore, I’ve called you several times to confirm your address.',
    ],
    valid: [
      'Hi Sam, Dana Lee with Arden Freight. Shippers have been trying to reach carriers earlier each year.',
      'Hi Sam, Dana Lee with Arden Freight. I have not been trying to sell you anything; here is the May table.',
      'Hi Sam, Dana Lee with Arden Freight. I tried you once on Monday about the May fuel table.',
      'Hi Sam, Dana Lee with Arden Freight. We called 40 shippers three times each about the table.',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.bait',
    category: 'deception',
    severity: 'block',
    yieldsToPhrases: true,
    detect: (a) => {
      const span = claim('bait')(a);
      return span ? [span] : [];
    },
    message: 'Tells the prospect they have qualified, been selected or won something.',
    why: 'A prize announced to a stranger is the mark of a scam; the prospect stops listening the moment they hear it, and the rep is filed with the robocalls.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Say who you are and what you found about their situation; let the finding, not a prize, earn the next step.',
    suggestFor: honestOpening,
    examples: [
      'Hello, my name is Joe. Did you know you have qualified to have solar installed for free?',
      'Hi there! You qualify for special offers on new windows!',
      'Congratulations, your home has been selected for a complimentary roof inspection.',
      'Congratulations on being named one of the region’s top businesses! We’d like to offer you a complimentary feature in our magazine.',
    ],
    valid: [
      'Hi Martin, Selena Ortiz with Apex Shoring. I’m calling about the Pier 9 renovation you were awarded last month.',
      'Your plant qualifies for the new 30% energy credit, and most plants your size have not claimed it.',
      'If you qualify for the rebate, the payback drops to three years.',
      'We can check whether you qualify for the grant on Thursday at 10.',
      'Half of the homes we surveyed were eligible for the state credit.',
      'Congratulations on being named CFO! Plants your size cut freight 9% in their first year.',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.denies_selling',
    category: 'deception',
    severity: 'block',
    yieldsToPhrases: true,
    detect: denial,
    message: 'Says this is not a sale when it is one.',
    why: 'The prospect knows a sales message when they get one; denying it starts the relationship with a lie. A One-Up rep is proud of the trade on offer and says so.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Own it and make the trade worth it: say that you sell, then offer something useful to them whether or not they buy, such as a short briefing on what you have seen across companies like theirs.',
    suggestFor: ownedOffer,
    examples: [
      'I will not try to sell you anything.',
      'Sam, zero pitch from me: we just published the freight benchmark.',
      'Subject: Not another sales email\n\nSam, the fuel table changed in May. Could we take 20 minutes Thursday at 10?\n\nDana Lee, Arden Freight',
      'I’m not going to pitch you today.',
      'I saw your post, and I promise I won’t sell you anything.',
    ],
    valid: [
      'Most brokers we studied are not selling the new cover yet.',
      'Shippers with no agenda for the carrier review paid 6% more.',
      'This is a sales call, and I’ll be quick about why.',
      'Half the stores had no sales on Mondays.',
      'I saw your warehouse lease did not sell at auction, and two tenants near you are looking.',
    ],
  },
  {
    kind: 'structural',
    id: 'deception.thanks_for_calling',
    category: 'deception',
    severity: 'block',
    modes: ['call', 'voicemail'],
    yieldsToPhrases: true,
    detect: (a) => {
      const span = claim('thanksForContact')(a);
      return span ? [span] : [];
    },
    message: 'Thanks the prospect for a call they did not make.',
    why: 'On a call you placed, "thank you for calling" pretends the prospect reached out; they know they did not, and the pretence is what they remember.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: ['Thank you for calling Auto Insurance Services, how can I help you today?'],
    valid: [
      'Thanks for taking my call, Sam. Dana Lee with Arden Freight.',
      'Shippers who thank carriers for calling ahead get fewer missed pickups.',
    ],
  },
];
