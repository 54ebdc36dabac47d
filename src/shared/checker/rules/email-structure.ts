import type { Analysis } from '../analysis';
import { bodySpan } from '../analysis';
import { EVIDENCE } from '../evidence';
import type { StructuralRule } from '../rule-types';
import type { Span } from '../types';
import { MONTH } from '../patterns';
import { planInsight } from './suggest';

/** "Good to meet you at Hannover Messe", "nice meeting you during the Reno Expo": a named place. */
const MET_YOU_AT =
  /(?<![\p{L}])(?:[Gg]ood|[Gg]reat|[Nn]ice|[Ll]ovely|[Gg]lad|[Aa] pleasure) (?:to )?meet(?:ing)? you (?:at|during|on) (?:the )?\p{Lu}/u;

/**
 * The prospect's own request, thanked for with where or when they made it: "thanks for the quote
 * request you sent through our site on Monday", "thank you for your enquiry on our website
 * yesterday", "you asked on Tuesday's call whether your racking needs an inspection". Something they
 * can look up, as a named meeting is.
 */
const THEIR_REQUEST =
  /(?<![\p{L}])(?:thanks|thank you) for (?:your|the) (?:[\p{L}-]+ )??(?:[\p{L}-]+ )??(?:request|inquiry|enquiry|question|message|booking|order)(?![\p{L}])[^.!?\n]{0,60}?(?:(?:through|via|on|from) (?:our|the) (?:site|website|web form|form|portal|chat|app)|(?:on|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this morning)(?![\p{L}])|(?<![\p{L}])you asked (?:me |us )?(?:on|during|at|in|after) (?:(?:last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?![\p{L}]))|yesterday|this morning)(?![\p{L}])/iu;

/**
 * A past meeting told with its date ("notes from our call on 4 March", "thanks for the 30 minutes
 * on March 4"): the prospect can look it up in their calendar. A weekday alone is what a phantom
 * says too ("Re: our call on Tuesday"), so it does not count here, and neither does a meeting
 * asked for on a date ("a 30-minute call on 12 November").
 */
const DATED_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:from|after|since|following|for|of) (?:our|the|your) (?:[\p{L}\d'’-]+ ){0,2}?(?:call|meeting|chat|conversation|visit|demo|tour|minutes|session) on (?:\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})|(?:${MONTH}) \d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\d])`,
  'iu',
);
/**
 * "Fwd: carbide regrind numbers – from Paul Hart" over a body that tells what Paul Hart asked
 * for: a forward whose sender is named in the subject and in the body is the referral told
 * plainly, not a thread made up.
 */
const FORWARD_FROM = /(?<![\p{L}])from ((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+)\s*$/u;
/** FORWARD_FROM for a writer who uses no capitals: the name has none either. */
const FORWARD_FROM_UNCASED = /(?<![\p{L}])from ((?:[\p{L}'’-]+ ){1,2}[\p{L}'’-]+)\s*$/u;
function forwardsFromItsNamedSource(a: Analysis, subject: string, body: string): boolean {
  if (!/^fwd?\s*:/iu.test(subject)) return false;
  const source = (a.uncased ? FORWARD_FROM_UNCASED : FORWARD_FROM).exec(subject)?.[1] ?? '';
  return (
    source !== '' &&
    !/(?<![\p{L}])(?:our|the|your|my|a|an|us|me|team|desk|office)(?![\p{L}])/iu.test(source) &&
    body.includes(source)
  );
}

/**
 * A subject that claims what the prospect never gave: a referral from someone named by role only
 * ("your CFO suggested I reach out", "someone on your team suggested…"), a request ("as requested
 * by your team"), results they never ordered ("your energy audit results are ready"), a gift held
 * back ("I have something for you"), a crowd of mutual connections, an alarm ("URGENT: errors
 * detected on your website"). A referral with its source's name ("Maya Chen suggested I write")
 * claims nothing false on its face.
 */
const SUBJECT_CLAIM =
  /(?<![\p{L}])(?:(?:your|a|an|our) (?:[\p{L}-]+ )??(?:[\p{L}-]+ )??(?:cfo|ceo|coo|cto|cmo|vp|boss|manager|director|team|colleague|assistant|office|friend|connection|contact) (?:suggested|recommended|asked|referred)|someone (?:on|in|at|from) your (?:[\p{L}-]+ )?(?:team|office|company|department) (?:suggested|recommended|asked|referred)|as requested|per your request|your (?:[\p{L}'’-]+ )??(?:[\p{L}'’-]+ )??(?:[\p{L}'’-]+ )??(?:results|report|quote) (?:is|are) ready|i have something for you|(?:\d+|several|many|a few) mutual connections)(?![\p{L}])|^(?:urgent|action required|final notice|time-sensitive)\s*[:!—–-]/iu;

/** MET_YOU_AT for a writer who uses no capitals: the place has none either. */
const MET_YOU_AT_UNCASED = new RegExp(MET_YOU_AT.source, 'iu');

/** A subject that names something the prospect took part in: a call, a meeting, a request. */
const CLAIMED_HISTORY =
  /(?<![\p{L}])(?:our|your|the|my) (?:[\p{L}-]+ )?(?:conversation|call|chat|meeting|discussion|talk|request|inquiry|enquiry|order|quote|appointment|demo)(?![\p{L}])|(?<![\p{L}])your (?:[\p{L}-]+ )?questions?(?![\p{L}])|(?<![\p{L}])(?:as discussed|as promised|follow(?:ing)?[- ]?up|catching up|great (?:chatting|talking|meeting))(?![\p{L}])/iu;

/**
 * Words by which an email carries on from an earlier message of the rep's own: a bump, a follow-up,
 * "my last note", "one more thought", "tried reaching you". A "Re:" on such a body may be the next
 * step of a real sequence (only a plan can say); a "Re:" or "Fwd:" on a body that opens as a first
 * touch, pointing back at nothing, is a reply to a thread that never was.
 */
const CONTINUES_A_THREAD =
  /(?<![\p{L}])(?:follow(?:ing|ed)?[- ]?up|circl(?:e|ing) back|bump(?:ing|ed)?|(?:my|our) (?:last|previous|earlier|recent|first|original) (?:email|note|message|mail|voicemail|letter|reply)|(?:my|our|the) (?:email|note|message|voicemail|letter)s? (?:i|we) (?:sent|left|wrote)|(?:i|we) (?:sent|wrote|emailed|left) you|(?:closing|close) the loop|one (?:more|last|final) (?:thought|note|idea|thing|try|time)|quick (?:addition|update)|(?:tried|trying) (?:to )?(?:reach|get hold of|call)(?:ing)?|(?:in case|if) (?:it|this|my (?:email|note|message)) (?:got|was|went) (?:buried|lost|missed)|(?:haven't|have not|didn't|did not) hear(?:d)? back|(?:reaching|writing) (?:out )?again)(?![\p{L}])/iu;

/** A template's own slot for the thread's subject ("RE: [original subject]"): a sequence step. */
const namesAnEarlierSubject = (a: Analysis): boolean =>
  a.subject !== null &&
  a.placeholders.some(
    (slot) =>
      slot.field === a.subject?.field &&
      slot.start >= a.subject.start &&
      slot.end <= a.subject.end &&
      /(?<![\p{L}])(?:original|previous|prior|earlier|same|first|thread)(?![\p{L}])/iu.test(
        slot.slot,
      ),
  );

/** Past this a first-touch email loses replies (25–50 words is the sweet spot). */
export const EMAIL_WORD_LIMIT = 75;
export const SUBJECT_WORD_LIMIT = 8;
export const SUBJECT_CHAR_LIMIT = 60;

function subjectSpan(a: Analysis): Span | null {
  return a.subject ? { field: a.subject.field, start: a.subject.start, end: a.subject.end } : null;
}

function subjectText(a: Analysis): string {
  return a.subject ? a.subject.scan.slice(a.subject.start, a.subject.end) : '';
}

/** A subject made of the first words of the plan's insight, or null without one. */
function subjectSuggestion(advice: string, a: Analysis): string | null {
  const insight = planInsight(a);
  if (!insight) return null;
  const words = insight.split(/\s+/u);
  const subject = words
    .slice(0, 6)
    .join(' ')
    .replace(/[,;:—–-]+$/u, '');
  return `${advice}, from your insight: "${subject}${words.length > 6 ? ' …' : ''}".`;
}

/** What the two misleading-subject rules share: the law they break and the plain subject instead. */
const MISLEADING_SUBJECT = {
  kind: 'structural',
  category: 'deception',
  severity: 'block',
  relaxedBy: 'priorContact',
  modes: ['email'],
  evidence: EVIDENCE.canSpam,
  suggestion:
    'Write a plain subject about their business: the topic of your insight in a few words.',
  suggestFor: (a: Analysis) => subjectSuggestion('Write a plain subject about their business', a),
} as const;

export const EMAIL_STRUCTURE_RULES: readonly StructuralRule[] = [
  {
    ...MISLEADING_SUBJECT,
    id: 'deception.subject_claim',
    detect: (a) => {
      const span = subjectSpan(a);
      const claim = SUBJECT_CLAIM.exec(subjectText(a));
      if (!span || !claim) return [];
      const start = span.start + claim.index;
      return [{ ...span, start, end: start + claim[0].length }];
    },
    message: 'The subject claims a referral, a request or a result the prospect never gave.',
    why: 'A subject that borrows a colleague’s authority or a request nobody made gets the email opened once; the first line shows the claim was invented, and the sender is not trusted again.',
    examples: [
      'Subject: your CFO suggested I reach out\nHi Maya,\nManufacturers cut late-payment penalties by 70% with weekly runs. Thursday at 10?\nRyan Holt, Payline',
      'Subject: as requested by your team\nHi Olivia,\nHere is our brochure. Thursday at 10?\nRyan Holt, Payline',
      'Subject: your energy audit results are ready\nHi Frank,\nYou are overpaying by $38,000 a year. Thursday at 2?\nNora Kim, Voltwise',
      'Subject: 14 mutual connections\nHi Dana,\nWe should talk. Thursday at 2?\nNora Kim, Voltwise',
      'Subject: URGENT: errors detected on your website\nHello,\nOur scan found 47 errors on your site. Reply within 24 hours.\nWeb Health Team',
    ],
    valid: [
      'Subject: Maya Chen suggested I write\nDear Mr. Obuya,\nMaya Chen, your board treasurer, suggested I reach out after we spoke at the Rotary lunch. Wednesday at 8:30?\nHelen Marsh',
      'Subject: audit results across 40 plants\nHi Frank,\nPlants your size overpay 11% on power. Thursday at 2?\nNora Kim, Voltwise',
    ],
  },
  {
    ...MISLEADING_SUBJECT,
    id: 'deception.fake_reply_subject',
    // "Re: our call" claims a conversation; "Re: quick question about Acme" over "just bumping this"
    // may be the next step of the rep's own sequence, which a plan can confirm or not
    // (priorContact); the quoted sets tag sequence replies as honest. With no plan a "Re:" is fake
    // when the subject claims shared history, or when the body opens as a first touch and carries
    // on from no earlier message at all.
    detect: (a) => {
      const span = subjectSpan(a);
      const subject = subjectText(a);
      const prefix = /^(?:re|fwd?|aw|wg)\s*[:;]/iu.exec(subject);
      if (!span || !prefix) return [];
      // "Re: our chat at the Hannover Messe stand" over "Good to meet you at Hannover Messe on
      // Tuesday": the meeting is told with the place it was, which the prospect can check; the
      // reply is honest unless a plan says there was no contact. (A weekday alone, "our call on
      // Tuesday", is what a phantom says too, so it does not count.)
      const body = a.scan.slice(a.bodyStart, a.bodyEnd);
      const told = `${subject}\n${body}`;
      const metYouAt = a.uncased ? MET_YOU_AT_UNCASED : MET_YOU_AT;
      if (
        a.context.priorContact === undefined &&
        (metYouAt.test(told) ||
          THEIR_REQUEST.test(body) ||
          DATED_MEETING.test(told) ||
          forwardsFromItsNamedSource(a, subject, body))
      )
        return [];
      if (
        a.context.priorContact === undefined &&
        !CLAIMED_HISTORY.test(subject) &&
        (CONTINUES_A_THREAD.test(subject) ||
          namesAnEarlierSubject(a) ||
          CONTINUES_A_THREAD.test(body))
      )
        return [];
      return [{ ...span, end: span.start + prefix[0].length }];
    },
    message: 'Subject starts with “Re:” or “Fwd:” but there is no earlier thread.',
    why: 'A fake reply tricks the prospect into opening; the trick is obvious on the first line and it is the kind of misleading subject the law forbids.',
    examples: [
      'subject: fwd: lane rates – from our team\nhi martin,\nour team put together the lane rates you need. 15 minutes on tuesday at 9?\nnora blake, edgecycle',
      'Subject: Re: our call on Tuesday\nHi Mona,\nAs promised, here are the payroll numbers. 15 minutes Thursday?\nEvan Price, Ledgerline Payroll',
      'Subject: Re: our call\nSam, we benchmarked 60 distributors.',
      'Subject: Re: your freight lanes\nSam, I’m writing because your Ohio lanes cost 9% over the median.',
      'Subject: Fwd: cold chain options\nHi Lena, I’m Mark with Polar Freight. Could we take 20 minutes Tuesday?',
      'Subject: Re; Hello\nHello, I’m Gabriel Angelo. My company can bridge fund your business. Do let me know when you receive this.',
      // Pasted without the word "Subject:": the first line is the subject.
      'Re: Google penalties on your site\n\nHope you are doing well. I found dead links and broken tags on your website.',
      // The prospect's own question, which they never asked, even over a bump.
      'Subject: Re: your chargeback question\nHi Dana, circling back on the chargeback question from your team. Do you have time this week?\nPriya, FirstPass EDI',
      // a request thanked for with nothing the prospect could look up
      'Subject: Re: your quote request\nHi Tom,\nThanks for your request. Our racks are built to last. 15 minutes Wednesday at 9?\nBen Hale, Apex Rack Systems',
    ],
    valid: [
      'subject: fwd: carbide regrind numbers – from paul hart\nhi martin,\npaul hart, your sheffield plant manager, asked me on friday to send you the regrind figures. 15 minutes on tuesday at 9?\nnora blake, edgecycle tooling',
      'Subject: Re: payroll approvals – notes from our call on 4 March\nHi Mona,\nThanks for the 30 minutes on 4 March. Across our 40 clients your size, payroll corrections fell by a third. Tuesday 18 March at 11?\nEvan Price, Ledgerline Payroll',
      'Subject: Fwd: carbide regrind numbers – from Paul Hart\nHi Martin,\nPaul Hart, your Sheffield plant manager, asked me on Friday to send you the regrind figures we ran for his site. 15 minutes on Tuesday at 9?\nNora Blake, EdgeCycle Tooling',
      'Subject: Re: Your question about pallet racking inspection\n\nHi Sean,\n\nYou asked on Tuesday’s call whether your racking needs a yearly inspection. It does, and 1 in 4 warehouses we inspect has a bay that should be unloaded. I can have an inspector on site Monday the 9th at 8.\n\nBeth Morgan\nSafeStack Inspections',
      'Subject: Re: our chat at the Hannover Messe stand\nHi Jens,\nGood to meet you at Hannover Messe on Tuesday. As promised, your press line runs 30% above the plants we benchmarked. Thursday 10:00?',
      // With no plan context a reply in the rep's own sequence is not called fake.
      'Subject: Re: quick question about Acme\nSam, just bumping this up: we benchmarked 60 distributors.',
      'Subject: Re: quick question about Acme\nSam, one more thought before I stop writing: your peers cut detention by half.',
      'Subject: Lanes in Ohio\nSam, we benchmarked 60 distributors.',
      'Subject: RE: [original subject]\nHi [Name], is detention on your radar this quarter?',
      // written without capitals, the place of the meeting has none either
      'Subject: re: our chat at the hannover messe stand\nhi jens,\ngood to meet you at hannover messe on tuesday. as promised, your press line runs 30% above the plants we benchmarked. thursday 10:00?',
      // the prospect's own request, with where and when they made it
      'Subject: Re: your quote request for pallet racking\nHi Tom,\nThanks for the quote request you sent through our site on Monday. Standard uprights corrode within five years in cold storage. 15 minutes Wednesday at 9?\nBen Hale, Apex Rack Systems',
    ],
  },
  {
    kind: 'structural',
    id: 'email.subject_missing',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    detect: (a) =>
      subjectText(a).trim() === '' ? [subjectSpan(a) ?? { ...bodySpan(a), end: a.bodyStart }] : [],
    message: 'The email has no subject.',
    why: 'The subject decides whether the email is opened; an empty one looks like spam or a mistake.',
    evidence: EVIDENCE.emailLength,
    suggestion: 'Add a short subject about their world: the topic of your insight in a few words.',
    suggestFor: (a) => subjectSuggestion('Add a short subject about their world', a),
    examples: ['Sam, we benchmarked 60 distributors.'],
  },
  {
    kind: 'structural',
    id: 'email.subject_long',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    detect: (a) => {
      const subject = subjectText(a);
      const words = subject.split(/\s+/u).filter(Boolean).length;
      const span = subjectSpan(a);
      return span && (words > SUBJECT_WORD_LIMIT || subject.length > SUBJECT_CHAR_LIMIT)
        ? [span]
        : [];
    },
    message: 'The subject is long.',
    why: 'Long subjects are cut off on a phone and read like marketing; short ones read like a colleague wrote them.',
    evidence: EVIDENCE.emailLength,
    suggestion: 'Keep it to a few words that name the topic.',
    suggestFor: (a) => subjectSuggestion('Keep it to a few words', a),
    examples: [
      'Subject: An exciting opportunity to transform the way your team handles freight audits this year\nSam, we benchmarked 60 distributors.',
    ],
  },
  {
    kind: 'structural',
    id: 'email.subject_hype',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    detect: (a) => {
      const subject = subjectText(a);
      const span = subjectSpan(a);
      if (!span) return [];
      const shouting = /\b[A-Z]{4,}\b/u.test(subject) && subject === subject.toUpperCase();
      const hype =
        /!{2,}|\b(?:urgent|act now|last chance|limited time|free|guaranteed|exclusive offer|don['’]t miss)\b/iu.test(
          subject,
        );
      return shouting || hype ? [span] : [];
    },
    message: 'The subject shouts or hypes.',
    why: 'Capitals, exclamation marks and "urgent" are what spam looks like; a peer’s subject is calm and specific.',
    evidence: EVIDENCE.emailLength,
    suggestion: 'Name the topic plainly, in a few words.',
    suggestFor: (a) => subjectSuggestion('Name the topic plainly', a),
    examples: ['Subject: URGENT: FREE AUDIT!!\nSam, we benchmarked 60 distributors.'],
  },
  {
    kind: 'structural',
    id: 'email.too_long',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    detect: (a) =>
      a.wordCount > EMAIL_WORD_LIMIT
        ? [
            {
              field: 'text',
              start: a.wordStarts[EMAIL_WORD_LIMIT] ?? a.bodyStart,
              end: a.wordEnds[a.wordCount - 1] ?? a.bodyEnd,
            },
          ]
        : [],
    message: 'The email body runs past 75 words.',
    why: 'A first-touch email is read on a phone in seconds; the insight and the ask must fit on one screen.',
    evidence: EVIDENCE.emailLength,
    suggestion:
      'Cut to the insight, a hint of what else you can share, and one ask — 25 to 50 words.',
    examples: [],
  },
  {
    kind: 'structural',
    id: 'email.multiple_asks',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    detect: (a) => {
      if (a.asks.distinctAsks < 2) return [];
      const second = a.asks.requestSentences[1];
      const sentence = second === undefined ? undefined : a.sentences[second];
      return sentence ? [{ field: 'text', start: sentence.start, end: sentence.end }] : [];
    },
    message: 'The email asks for more than one thing.',
    why: 'Two asks make the prospect choose, and the easy choice is neither; one clear ask gets an answer.',
    evidence: EVIDENCE.emailLength,
    suggestion: 'Keep the single ask that matters: the briefing, with a day and a length.',
    examples: [
      'Subject: Fuel surcharges\nSam, we benchmarked 60 distributors and most overpay 12%. Could we meet Thursday at 10 for 20 minutes? Could you also send me your last three carrier invoices?',
    ],
  },
];
