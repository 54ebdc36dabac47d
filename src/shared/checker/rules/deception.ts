import { EVIDENCE } from '../evidence';
import { sentenceAt, type Analysis } from '../analysis';
import type { PhraseMatch, PhraseRule } from '../rule-types';
import { ownedOffer, reasonFromInsight, repIntro } from './suggest';
import { sentenceAround, textAfter, textBefore } from './helpers';
import { MONTH, RECENT_DAY, WEEKDAY } from '../patterns';

/**
 * A named earlier meeting ("after our meeting in March", "when we met at the Denver freight
 * expo"): the label rule treats a follow-up that points at a real, specific encounter as honest,
 * so a reference to past contact is not flagged when its sentence names when or where the two met.
 * Emails, notes and voicemails do not count: "my email from March 3" is the classic phantom.
 */
const MET =
  'met|meeting|seeing|spoke|speaking|talked|talking|chatted|chatting|conversation|visit|booth|dinner|lunch';
/** Event nouns, either case: "the Boise Builders Expo", "the NRF show". */
const EVENT = [
  'expo',
  'conference',
  'summit',
  'show',
  'convention',
  'meetup',
  'dinner',
  'event',
  'forum',
  'booth',
  'fair',
  'congress',
  // "after we spoke at the Rotary lunch", "at the Chamber breakfast": a named gathering.
  'lunch',
  'luncheon',
  'breakfast',
  'gala',
  'mixer',
  'seminar',
  'workshop',
  'fundraiser',
  'reception',
]
  .map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`)
  .join('|');
/**
 * The meeting word, then within four words when or where it was ("in March", "on 4 March", "at
 * the Reno Expo"), or the day before the meeting ("on Thursday's call", "in yesterday's
 * webinar"). Case-sensitive on purpose: a named month, day, place or event is written with
 * capitals.
 */
export const NAMED_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:${MET})(?:,? [\p{L}\d'’-]+){0,4}? (?:(?:in|on|since|during|back in) (?:early |late |mid-)?(?:${MONTH})|on \d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})|(?:yesterday|today|this morning|earlier today|(?:on |last )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?))(?![\p{L}])|(?:at|during) (?:the )?(?:[\p{Lu}\d][\p{L}\d&'’-]* ){1,4}(?:${EVENT})|(?:at|during) (?:the |an? )?X[x]{2,})(?![\p{L}])|(?<![\p{L}])(?:on|at|in|during|from|after) (?:yesterday|this morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)['’]s (?:[\p{L}-]+ )?(?:call|meeting|visit|demo|tour|webinar|session|chat|conversation)(?![\p{L}])`,
  'u',
);
/**
 * An encounter told with when or where it was ("I stopped by your facility on Tuesday", "we
 * spoke last week about your produce lanes", "great meeting you at [event]", whose slot the scan
 * masks as "Xxxxx", "good to meet you at the cold-chain conference"): said earlier in the opener,
 * it is what a later "I wanted to follow up" or "as discussed" refers to.
 */
const ENCOUNTER =
  /(?<![\p{L}])(?:met|(?<!(?:would|will|'d|’d) be )(?:good|great|nice|lovely) to meet you|meeting|spoke|talked|chatted|conversation|stopped by|dropped by|came by|visited|visit|demo|walk-?through|tour|showing (?:me|us)|showed (?:me|us)|hosting (?:me|us)|having (?:me|us)|walk(?:ing|ed)? (?:me|us) (?:through|round|around))(?![\p{L}])/iu;
const WHEN_OR_WHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:yesterday|today|this (?:morning|afternoon|week)|last (?:week|month|year|quarter|spring|summer|fall|autumn|winter|${WEEKDAY})|(?:on|during) your (?:[\p{L}-]+ )?(?:tour|visit|open house)|on ${WEEKDAY}|(?:at|during) (?:the |an? )?X[x]{2,}|(?:at|during) the (?:[\p{L}\d&'’-]+ ){0,3}(?:expo|conference|summit|show|convention|meetup|forum|fair|congress|trade show))(?![\p{L}])`,
  'iu',
);
/**
 * NAMED_MEETING for a writer who uses no capitals at all ("when we spoke at the midlands food
 * expo"): there a name cannot be told by its capital, so any words before an event noun will do.
 */
const NAMED_MEETING_UNCASED = new RegExp(NAMED_MEETING.source, 'iu');
const namedMeeting = (analysis: Analysis): RegExp =>
  analysis.uncased ? NAMED_MEETING_UNCASED : NAMED_MEETING;
function namedEarlier(analysis: Analysis, match: PhraseMatch): boolean {
  const at = sentenceAt(analysis, match.start);
  const named = namedMeeting(analysis);
  for (const sentence of analysis.sentences.slice(0, Math.max(0, at + 1))) {
    const text = analysis.scan.slice(sentence.start, Math.min(sentence.end, match.start));
    if (named.test(text) || (ENCOUNTER.test(text) && WHEN_OR_WHERE.test(text))) return true;
  }
  return false;
}
/** An encounter told with when or where it was in the match's sentence or the two after it. */
function meetingToldNext(analysis: Analysis, match: PhraseMatch): boolean {
  const at = Math.max(0, sentenceAt(analysis, match.start));
  return analysis.sentences.slice(at, at + 3).some((sentence) => {
    const text = analysis.scan.slice(sentence.start, sentence.end);
    return ENCOUNTER.test(text) && WHEN_OR_WHERE.test(text);
  });
}
export const notANamedMeeting: NonNullable<PhraseRule['accept']> = (match, analysis) =>
  !namedMeeting(analysis).test(sentenceAround(analysis, match)) && !namedEarlier(analysis, match);

/**
 * An email's follow-up to the rep's own outreach ("just following up on my last email", "bumping
 * this up", "circling back"): the next step of a sequence, where the first message can really
 * have been sent without the prospect taking part, so the words alone are no evidence of a
 * phantom (the quoted sets tag such bumps as honest). A plan says whether there was contact
 * (priorContact), and then the finding follows it; with no plan these are left alone in an email.
 * A claimed conversation, promise or request ("following up on our call", "as promised") needs
 * the prospect to have taken part and stays deception; so does any of it said on a call, where a
 * stranger hears it as a relationship that never was.
 */
const SHARED_HISTORY =
  /(?<![\p{L}])(?:our|we|you) (?:(?:last|previous|recent|earlier|first) )?(?:conversation|call|chat|meeting|discussion|talk|spoke|talked|chatted|met|discussed|agreed|promised|asked|requested)(?![\p{L}])/iu;
const onlyOwnOutreach = (match: PhraseMatch, analysis: Analysis): boolean => {
  if (analysis.mode !== 'email' || analysis.context.priorContact !== undefined) return false;
  const said = analysis.scan.slice(match.start, match.end) + textAfter(analysis, match, 60);
  return !SHARED_HISTORY.test(said);
};

/**
 * "I'm following up on the samples I sent you last week", "following up on my email about notary
 * coordination": on a call too, a follow-up to something the rep sent names a thing the prospect
 * can look for, and the quoted sets tag it as honest (the words cannot tell a phantom from a real
 * mailing; a plan's priorContact can). A bare "just following up" names nothing and stays.
 */
const SENT_BY_US =
  /^[^.!?…]{0,40}?(?:(?<![\p{L}])(?:i|we)(?:['’]ve| have)? (?:sent|mailed|emailed|dropped off|left|shared)(?![\p{L}])|(?<![\p{L}])(?:my|our) (?:email|e-mail|letter|note|message|samples?|proposal|package|mailer|brochure) (?:about|on|regarding|with) )/iu;
const followsOwnSending = (match: PhraseMatch, analysis: Analysis): boolean => {
  if (analysis.context.priorContact !== undefined) return false;
  const said = analysis.scan.slice(match.start, match.end) + textAfter(analysis, match, 60);
  return (
    !SHARED_HISTORY.test(said) &&
    SENT_BY_US.test(said.replace(/^\S*(?:\s+(?:up|on|about|from|regarding))*\s*/iu, ''))
  );
};

/**
 * "Following up on the web form you sent this morning about the warehouse roof", "…the quote you
 * asked for on Tuesday": a follow-up to the prospect's own request, said with when they made it,
 * names something they can look up, as a named meeting does; the quoted sets tag it as honest.
 * A request with no when ("following up on your request for information") is the classic phantom
 * and stays.
 */
const THEIR_OWN_REQUEST = new RegExp(
  String.raw`^[^.!?…]{0,50}?(?<![\p{L}])(?:that )?you (?:sent|submitted|filled (?:in|out)|left|made|placed|asked (?:for|about)|requested)(?![\p{L}])[^.!?…]{0,40}?(?<![\p{L}])(?:${RECENT_DAY}|today|last night)(?![\p{L}])`,
  'iu',
);
const followsTheirRequest = (match: PhraseMatch, analysis: Analysis): boolean =>
  analysis.context.priorContact === undefined &&
  THEIR_OWN_REQUEST.test(textAfter(analysis, match, 110));

/**
 * "Returning your call from this morning about the surgery's phone lines": a call returned with
 * when the prospect made it, which they can check as they can a named meeting; the quoted sets
 * tag it honest. A bare "returning your call" (the classic pretext) and a call "returned" in a
 * subject over a different body are not.
 */
const CALL_RETURNED_ON_ITS_DAY = new RegExp(
  String.raw`^[^.!?…\n]{0,50}?(?<![\p{L}])${RECENT_DAY}(?![\p{L}])`,
  'iu',
);
const returnsACallOnItsDay = (match: PhraseMatch, analysis: Analysis): boolean =>
  analysis.context.priorContact === undefined &&
  /^return(?:ing)? your (?:call|message|voicemail)$/iu.test(
    analysis.scan.slice(match.start, match.end),
  ) &&
  CALL_RETURNED_ON_ITS_DAY.test(textAfter(analysis, match, 80));

/**
 * Who sent the rep, in the words before the referral verb back to the clause's start: a person's
 * name ("Maria Lopez", "Your friend, Sarah Edmonds", "Carlos in your procurement team") or a
 * template slot for one ("[Referrer Name]"), not a role ("your CFO", "a colleague") or a slot for
 * a role ("{your CEO's name here}").
 */
const NOT_A_NAME = new Set(
  'your my our the a an someone somebody one he she they we i hi hello hey dear so and but also actually recently yesterday last when then just of at in from with'.split(
    ' ',
  ),
);
/**
 * Past tenses without "-ed" that tell how a source passed the rep on ("Jo Fenwick, your
 * harbourmaster, gave me your number at the boat show and said…"), for a verb joined to the
 * referral verb by "and".
 */
const IRREGULAR_PAST = 'gave|told|sent|met|put|got|took|brought|showed|wrote|rang|caught|found';
/** A clause that is only a past verb and what it did, up to the "and" before the referral verb. */
const PAST_THEN_AND = new RegExp(
  String.raw`^\s*(?:\p{Ll}[\p{L}'’-]*ed|${IRREGULAR_PAST})\s[^]*\sand\s*$`,
  'u',
);
const namesItsSource = (match: PhraseMatch, analysis: Analysis): boolean => {
  const named = (said: string) => namesSomeone(said, analysis.uncased);
  // "…referred to you by Mr. James", "your name came up in a conversation with Dana Lee": the
  // source comes after the verb.
  if (
    /(?:\bby|came up|was mentioned|was given to me)$/iu.test(
      analysis.scan.slice(match.start, match.end),
    )
  )
    return named(textAfter(analysis, match, 40).split(/[.!?…;:—–,(]/u)[0] ?? '');
  const before = textBefore(analysis, match, 120);
  const pieces = before.split(/[.!?…;:—–,(]/u);
  let clause = pieces.pop() ?? '';
  // "…your auditor at Lorne & Co., suggested…": the full stop of an abbreviation leaves an empty
  // piece, not a clause.
  const clauses = pieces.filter((piece) => piece.trim() !== '');
  // "[Referrer] suggested I call — said you might…", "Mr. James, who said…": the subject is
  // left out or a pronoun, so it is the clause before.
  // "Hannah Cole, your former operations chief, introduced us on Monday and suggested…": a verb
  // joined to the referral verb by "and" shares its subject, which comes before it.
  const subjectLeftOut =
    /^\s*(?:and |who |that |he |she |they )?\s*$/iu.test(clause) || PAST_THEN_AND.test(clause);
  if (subjectLeftOut) clause = clauses.pop() ?? '';
  if (named(clause)) return true;
  // "Sam Brody of Brody Fabrication, your neighbor at the industrial park, asked me to call",
  // "Sam Ortiz, plant manager at Lakeview Foods, suggested…", "Professor Anna Berg, who ran a
  // trial with us, suggested…": set off by commas right before the verb, an apposition or a
  // relative clause describing the source, who is named just before it ("Hi Sam, your CFO
  // suggested…" has no comma before the verb and names only the prospect). A piece with a subject
  // of its own ("…, she said…") is a clause, not a description. The source is in the same
  // sentence: in "This is Dev Rao. Your CFO, who…, suggested…" the name before is the rep's.
  if (subjectLeftOut && !/^\s*(?:i|we|you|he|she|they|it|this|that)\s/iu.test(clause)) {
    const source = clauses.pop() ?? '';
    const after = before.slice(before.lastIndexOf(source) + source.length);
    if (!/[.!?…](?=\s)/u.test(after) && named(source)) return true;
  }
  // "I work with Michael Chew at Apex. He mentioned you…": the pronoun stands for the person just
  // named, so the source is named in the sentence before.
  if (!/^\s*(?:and |but |so )?(?:he|she|they)(?![\p{L}])/iu.test(clause)) return false;
  const earlier = before.slice(0, before.length - clause.length);
  return named(
    earlier
      .split(/[.!?…]/u)
      .slice(-2)
      .join(' '),
  );
};
/** "…out on County Road 12", "…over at Apex": a place, not the person who sent the rep. */
const PLACE =
  /(?<![\p{L}])(?:on|in|at|out on|down on|over on|over at|near|from) (?:the )?(?:[\p{Lu}\d][\p{L}\d'’-]* ?)+/gu;
/** "Mark I think", "Sue, maybe": a source the rep is not sure of is no named source. */
const HEDGED_NAME =
  /(?:i think|i believe|i guess|maybe|perhaps|or something|if i remember(?: right)?)\s*$/iu;
/** "sam patel at ridgeline foods suggested i call": a text written all in lower case. */
/** Who a source is by role, not by name: "your cfo suggested…", "a colleague mentioned…". */
const ROLE_NOT_NAME = new Set(
  'cfo ceo coo cto cmo cio vp boss manager director head colleague colleagues team friend friends neighbor neighbour accountant lawyer attorney assistant partner partners president founder owner contact client customer mutual office staff department rep representative agent broker banker advisor adviser'.split(
    ' ',
  ),
);
const namesSomeone = (said: string, lowerCaseText = false): boolean => {
  if (HEDGED_NAME.test(said)) return false;
  const words = said.replace(PLACE, ' ');
  for (const slot of words.matchAll(/[[{]+([^\]}]{1,40})[\]}]+/gu))
    if (!/(?<![\p{L}])your(?![\p{L}])/iu.test(slot[1] ?? '')) return true;
  const plain = words.replace(/[[{][^\]}]*[\]}]+/gu, ' ').match(/[\p{L}'’-]+/gu) ?? [];
  // In a text written all in lower case a name has no capital: any word that is neither a
  // function word nor a role is taken for one.
  if (lowerCaseText)
    return plain.some(
      (word) => word.length > 1 && !NOT_A_NAME.has(word) && !ROLE_NOT_NAME.has(word),
    );
  return plain.some((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !NOT_A_NAME.has(word.toLowerCase()));
};

/**
 * Phrases that pretend to a relationship or hide the purpose of the call. They block unless the
 * context shows they are true (a prior conversation, a referral on record), in which case they are
 * only noted.
 */
export const WHY_FAKE_FAMILIARITY =
  'Implying a past relationship that does not exist is found out within seconds and costs the trust the rest of the call depends on; a One-Up rep has nothing to hide and says plainly who they are and why they call.';
export const HONEST_OPENING =
  'Open with who you are and the real reason: your name and company, that you have not spoken before, and why you are calling.';
export const honestOpening: PhraseRule['suggestFor'] = (_match, analysis) => {
  const intro = repIntro(analysis);
  if (!intro) return null;
  const reason = reasonFromInsight(analysis) ?? 'I’m calling because …';
  return `Open with who you are and the real reason: "${intro}; we haven’t spoken before. ${reason}"`;
};

/** A meeting asked for earlier in the sentence: a length of time or a weekday. */
const MEETING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:\d+|a few|half an?) (?:minutes|mins?|hours?)(?![\p{L}])|(?<![\p{L}])${WEEKDAY}(?![\p{L}])`,
  'iu',
);
/** What both pretext rules say: the long list of deception.pretext and its newer, shorter one. */
const PRETEXT_EXPLAINED = {
  message:
    'Uses a pretext (a survey, a service call, an official-sounding program) to hide a sales call.',
  why: 'A pretext is found out within a minute, and then nothing else the rep says is believed; a One-Up rep has no need to hide why they call.',
  evidence: EVIDENCE.methodTransparency,
  suggestion: HONEST_OPENING,
  suggestFor: honestOpening,
} as const;

const GATEKEEPER =
  /(?<![\p{L}])(?:front desk|reception|receptionist|switchboard|operator|main line|office manager's desk)(?![\p{L}])/iu;

/**
 * The routing question is how the opener begins: in its first two sentences, a question, with no
 * reason for the call said before it and no finding about the prospect's world ahead of it.
 */
function routingQuestionFirst(match: PhraseMatch, analysis: Analysis): boolean {
  // Asked of whoever answers the main line ("Hi, this is Grace at the front desk. … who handles
  // the phone bill there?"), the question routes an honest call; the gatekeeper is not the buyer.
  if (GATEKEEPER.test(textBefore(analysis, match, 200))) return false;
  const at = sentenceAt(analysis, match.start);
  if (at > 1) return false;
  if (analysis.cues.reason.some((cue) => cue.start < match.start)) return false;
  if (analysis.cues.insight.some((cue) => cue.start < match.start)) return false;
  // A question (or a turn handed to the prospect), not a statement ending in a full stop.
  const sentence = analysis.sentences[at];
  const rest = sentence ? analysis.scan.slice(match.end, sentence.end).trim() : '';
  return !/(?<!\.\.)[.!]$/u.test(rest);
}

export const DECEPTION_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'deception.how_have_you_been',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    accept: notANamedMeeting,
    pattern:
      "(?:it was |it's been |it's |so )?(?:nice|great|good|lovely) (?:speaking|talking|chatting) (?:to|with) you (?:the other day|yesterday|last week|earlier)|how(?:'s| is) life(?: (?:treating you|been|going))?|how(?:'s| is| are) (?:the |your )?(?:[\\p{L}-]+ ){1,2}?(?:treating you)|how(?:'s| is) the family|(?:going|looking|checking|scrolling|flipping) through my (?:contacts|contact list|phone|address book|rolodex|little black book)|how (?:was|were|is) (?:the|your) (?:vacation|trip|holiday|holidays|honeymoon|time off|golf trip|weekend away|anniversary)|hope (?:the|your) (?:[\\p{L}-]+ ){0,2}?(?:weekend|trip|vacation|holiday|holidays|getaway|time off) (?:was|went) (?:a good one|good|great|fun|relaxing|well|nice)|how(?: have|'ve) you been|how(?:'ve| have) things been|how (?:are|have) things (?:been )?since|long time no (?:talk|see|speak)|(?<=(?:^|[.!?…,:;—–]) ?)long time(?= ?[!,.…])|(?:hope|hoping) (?:the|your) (?:family|wife|husband|kids)(?:'s| is| are) (?:doing )?(?:well|good|great)|how(?:'s| is| are) (?:the|your) (?:kids|wife|husband)|(?:haven't|have not|didn't|did not) (?:heard from|talked to|spoken to|spoken with|talked with|seen|caught up with) you in (?:a while|ages|forever|a long time|too long|a bit)|hey (?:buddy|pal|bud)|how's everything (?:going )?over there|(?:great|good|nice|lovely) to (?:hear your voice|hear from you again|talk again|speak again|catch up)|(?:it's|it has) been (?:a while|too long|ages|forever)|it feels like (?:ages|forever)(?= ?(?:[!,.…—–-]|$| since))|(?:i was|i've been|i have been) (?:just )?thinking (?:about|of) you(?= ?(?:[!,.…—–-]|$| and| lately| recently))|i'm sure you (?:know|remember|recogni[sz]e|have heard of|'ve heard of) (?:us|me|who we are|our name)|you(?:'ve| have) (?:probably|surely|definitely|no doubt) (?:heard of|seen) (?:us|our name|who we are)|you (?:probably|surely|no doubt) remember (?:me|us)|what(?:'ve| have) you been up to|what are you up to(?= ?\\?)|(?<=(?:^|[.!?…,:;—–]) ?)(?:(?:hey|hi|hello),? )?it's (?:just )?me(?= ?(?:[—–,!.…-]|$))",
    message: 'Implies you have spoken before.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Noticed you’re active on snowmobile forums—how’s trail season treating you?',
      'Hi Sam, it was nice speaking to you the other day; this is the service I was telling you about.',
      'Hey Sam, how have you been?',
      'Long time no talk!',
      'We print the calendars half the town hands out; I’m sure you know us.',
      'Hi David, how’s your day? … What are you up to?',
      'Hey Jo, how’s life treating you these days?',
      'How’ve you been keeping?',
      'Hi Bob, long time! Hope the family’s doing well.',
      'Hey buddy, it’s Joe from Acme.',
      'Hi Steve, it’s Dana. Haven’t heard from you in a while!',
      'Hi Rachel, it’s Tom. How was the vacation?',
      'Hi Tom, hope the lake-house weekend was a good one!',
      'Hey Rachel! It feels like ages.',
      'Hi Greg, it’s Lindsey. I was just thinking about you and wanted to check how everything’s going.',
      'I was just checking through my contacts...',
      'Hey, it’s me — give me a call back when you get this.',
      'Hey, it’s me, Tyler! Give me a ring.',
    ],
    valid: [
      'Good to talk again after our meeting at the Boise Builders Expo.',
      'Hi Elena, it’s Marcus Reid — we met on your plant tour last spring; I’m now with Vantage Safety. How have you been?',
      'I am calling to follow up our meeting yesterday about your website.',
      'I looked at what you are up to, and it’s really great.',
      'How have your margins held up since the tariff change?',
      'Life sciences buyers in your region cut lead times by a third.',
      'It took a long time, but the tariff finally changed.',
      'A freight audit feels like forever to most controllers.',
      'I was thinking about your Reno lanes when the tariff changed.',
      'Most carriers haven’t heard from shippers in a while about the surcharge.',
      'Patients who wait a long time, and most do, book elsewhere.',
      'What it means to me is that your lanes cost 11% more.',
      'If it’s me you need, I can be there Thursday at 10.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.reconnect',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "Should I check back in a few months?" offers a later call; it claims nothing past.
    accept: (match, analysis) =>
      notANamedMeeting(match, analysis) &&
      !(
        /back in$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^ (?:a |an |\d|two|three|six|the new year|next|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|q\d)/iu.test(
          textAfter(analysis, match, 20),
        )
      ) &&
      !(
        /^(?:circl|check)/iu.test(analysis.scan.slice(match.start, match.end)) &&
        onlyOwnOutreach(match, analysis)
      ) &&
      // "Hi again, Sam: good to meet you at the Reno Expo on Tuesday": the greeting comes before
      // the meeting it greets again, so the next sentences are read for one too.
      !(
        /again$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        meetingToldNext(analysis, match)
      ),
    pattern:
      '(?:great|good|nice|glad|happy) to (?:finally )?(?:re-?connect|be back in touch|be in touch again)|(?:like|love|want|wanted|hoping|hope) to get back in touch|re-?connecting|(?:wanted|want|hoping|trying|love|like) to re-?connect|circl(?:e|ing) back|(?:check|checking) back in|touching base again|pick(?:ing)? up where we left off|(?<=(?:^|[.!?…\\n]) ?)(?:hey|hi|hello) again(?![\\p{L}])',
    message: 'Talks about reconnecting or circling back.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hey again Priya, it’s been too long! Coffee next week?',
      'Great to reconnect!',
      'Hey Rachel! Great to finally reconnect.',
      'Just circling back on this.',
      'I am creating my LinkedIn profile. I would like to get back in touch with you.',
    ],
    valid: [
      // "hi again" after a meeting named with when and where
      'Hi again, Sam: good to meet you at the Reno Expo on Tuesday. The counts are below.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.as_discussed',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    accept: (match, analysis) =>
      notANamedMeeting(match, analysis) &&
      !(
        /^my /iu.test(analysis.scan.slice(match.start, match.end)) &&
        onlyOwnOutreach(match, analysis)
      ),
    pattern:
      "(?:from|after|since|following) our (?:chat|call|conversation|talk|meeting) (?:at|during|on|last|the other|yesterday)|as (?:we|i) (?:discussed|talked about|spoke about|mentioned|agreed|promised|covered)|as (?:discussed|promised|agreed|mentioned earlier)|per our (?:last |recent |previous |earlier )?(?:phone |telephone |zoom )?(?:conversation|call|discussion|chat|talk|meeting|email)|as (?:i |we )?mentioned (?:on|during|in|when|over) (?:the phone|our|the call|the meeting|we (?:spoke|talked|met))|(?:thanks|thank you) again for (?:taking the time to |your time |the time )?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|connect|connecting|the (?:call|chat|meeting|conversation))|(?:great|nice|good|lovely|a pleasure) (?:seeing|meeting|speaking with|talking with|talking to|chatting with) you (?:again|last|the other day|yesterday|earlier|at)|it was (?:so |really )?(?:great|nice|good|lovely|a pleasure) (?:seeing|meeting|to see|to meet|speaking with|talking with|talking to|chatting with) you|(?:when|like) we (?:last )?(?:spoke|talked|chatted|met)|(?:since|after) (?:we|our) (?:last )?(?:spoke|talked|conversation|call|chat|meeting|connected|met|emailed|caught up)|(?:our|my) (?:last|previous|recent|earlier) (?:conversation|convo|call|chat|discussion|meeting|email)|reminded me of our (?:convo|conversation|chat|call|talk)|you (?:mentioned|said|told me) (?:last time|when we)|(?:that|the) (?:thing|idea|project|matter|issue|topic|plan) we (?:talked|spoke|chatted) about|what we (?:talked|spoke|chatted) about|what (?:has|had) been discussed|what was discussed|as you (?:requested|asked|instructed)|per your (?:request|inquiry|enquiry|instructions)|(?:last time|the last time) (?:we|i) (?:spoke|talked|chatted|met)|(?:great|good|nice|fun|lovely) (?:catching up|talking|chatting|speaking) (?:last time|the other day|last week|again)|(?:thanks|thank you) for taking my call again|(?:we|i) (?:met|spoke|talked|chatted|connected) (?:briefly )?(?:(?:a while|some time|a bit|a little while) (?:ago|back)|at some point|once before)|(?:did|have) we (?:speak|spoken|talk|talked|meet|met) (?:before|already|previously)(?= ?\\?)|(?<=(?:^|[.!?…:,\\n]) ?)(?:did|have) we (?:meet|met|speak|spoke|spoken|chat|chatted|connect|connected) (?:at|during|in) [^.!?…\\n]{1,40}\\?|(?:i've|i have) been meaning to (?:call|reach out|get in touch|ring|email|write|connect)|remember me(?= ?\\?)|(?:we've|we have|we've been|we have been|we were|been) (?:trading|swapping|exchanging|traded|swapped|exchanged) (?:voicemails|emails|messages|calls|notes)|(?:good|great|nice) to finally (?:connect|talk|speak|reach you|catch you|get you)|(?:do you |you might |you may |you'll |you will )?remember me from" +
      // "As requested by your team": a request nobody made.
      '|as requested by (?:your|you)(?![\\p{L}])' +
      // "Following our phone call of last week, kindly find our offer", "Following our chat, I
      // wanted to share…": the conversation claimed with no when or where.
      '|(?:following|after) our (?:phone |recent |last |earlier )?(?:chat|call|conversation|talk|meeting)(?= ?(?:[,.;:!]|of ))',
    message: 'Refers to a conversation you have not had.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Dear Sir, Following our phone call of last week, kindly find below our offer for your kind consideration.',
      'Great to reconnect! Following our chat, I wanted to share how Paysail helps finance teams.',
      'From our research and what has been discussed, there is strong potential for a conversation.',
      'Hi Greg, I’m one of your neighbors in the industrial park. I’ve been meaning to connect about something.',
      'Hi Olivia, as requested by your team, here is our brochure.',
      'Got 2 buyers asking about Elm Street. Reminded me of our convo about your place. Still exploring options?',
      'As we discussed, the rates are changing.',
      'Per our last conversation, here is the deck.',
      'I’ve been thinking about that thing we talked about. Can you give me a call?',
      'As you requested, here are the rates.',
      'Hi Sam, Dana Lee with Arden Freight. Remember me?',
      'Great catching up last time.',
      'Hope all is well since we last connected.',
      'Sorry, did we speak before?',
      'I’ve been meaning to call you.',
      'Quick question from our chat at the conference.',
      'Per your request, I’m sending the rates.',
      'We spoke briefly at some point last year.',
      'Remember me from the trade show?',
      'Hi Sam, did we meet at the Denver show? We had a great time there.',
      'Hi Linda, this is Mark with Apex. Per our phone call, I’m sending the pricing.',
      'As mentioned on the phone, here’s our pricing sheet.',
      'Thanks again for taking the time to meet with me.',
      'Hi Maria, it’s Dan. Great seeing you again at the conference last month!',
      'Hi Jenny, it was so nice meeting you last week!',
      'Hey Mike, good to finally connect! We’ve been trading voicemails for weeks.',
      'It would be great to meet you at the Reno Expo next week. As discussed, the rates are below.',
    ],
    valid: [
      'Hi Rob, as promised on Thu’s call, attached is the pricing for your 14 reefer trailers.',
      'Subject: Cold-chain pricing\n\nHi Rob,\nAs promised on Thursday’s call, attached is the pricing for your 14 reefer trailers.',
      'Hi Martin, thanks for walking us through line 3 on Tuesday. As we discussed, the labelling station is the bottleneck.',
      'Anton Gruber, your former VP of Engineering, gave me your name when we spoke Mon; he said you’re rebuilding the firmware team.',
      'Hi Grace, Tom Whitaker from Alder Bank. We met last Thu at the chamber breakfast in Leeds. As promised, here are the numbers.',
      'Hi Raj, thanks for showing me your Fresno plant on Tue. As promised, here is the comparison.',
      'Maya Chen suggested I reach out after we spoke at the Rotary lunch.',
      'Most buyers forget a vendor they met at a trade show within a month.',
      'From our chats with 40 shippers at the conference, one pattern stood out.',
      'Great seeing you at the Denver Roofing Expo in May; the hail data is in.',
      'Thanks for taking my call.',
      'It would be great to meet you at the Reno Expo next week.',
      'Hi [Name], great meeting you at [event]. As discussed, here is the lane report.',
      'Hi Yusuf, good to meet you at the cold-chain conference in Rotterdam last week. As I mentioned at dinner, both sites stopped battery swaps.',
      'Hi Sam, we spoke last week about your produce lanes. As promised, the rates are below.',
      'Hi Gerald, good talking with you at ProMat on March 12 about mispicks in your Columbus DC.',
      // written without any capitals, the meeting is still named
      'hi gerald, good talking with you at promat on march 12. as promised, the mispick counts are below.',
      'hi tariq, when we spoke at the midlands food expo you mentioned warm pallets. as promised, the logs are below.',
      'Subject: forklift numbers\n\nHi Raj,\n\nThanks for showing me your Fresno plant on Tuesday. As promised in that meeting, here is the comparison.\n\nHelen Park\nSafeLift Consulting',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.following_up',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    accept: (match, analysis) =>
      notANamedMeeting(match, analysis) &&
      !onlyOwnOutreach(match, analysis) &&
      !followsOwnSending(match, analysis) &&
      !followsTheirRequest(match, analysis),
    // Starts at "follow" so that a leading "just" stays free for the hedging rule. "I'll follow up
    // with the report" promises a next step; only a follow-up to something past can be a phantom.
    pattern:
      "(?<=(?:i'm|i am|just|i was|wanted to|want to|i'm just|a quick|quick|this is a|i'd like to|writing to|calling to|friendly|gentle|polite|a friendly|a gentle) )follow(?:ing)?(?:-| )?up|follow(?:ing)?(?:-| )?up (?:on|from|after|regarding|about|with you (?:on|about)|again|as promised) (?:our|my|your|the|last|yesterday|what|that|this|a)?",
    message: 'Says you are following up when there is nothing to follow up on.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Just following up on my last email.',
      'I’m following up on our conversation.',
      'Hi Tobias, friendly follow-up. Do you have 15 minutes this week?',
      'Hello, I’m writing to follow up.',
    ],
    valid: [
      'Hi Alicia, Jordan Lee from Brightway Solar, following up on the web form you sent this morning about the roof in Tempe. Can I come measure on Friday at 10?',
      'I’ll follow up with the lane report after we meet on Thursday.',
      'Hi Sam, this is Dana Lee with Arden Freight. I’m following up on the samples I sent you last week.',
      'Hi Sam, I stopped by your facility on Tuesday and left my card. I wanted to follow up about your dock schedule.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.returning_call',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "I saw your note on LinkedIn": a public post the rep read is research, not a reply. A
    // meeting being confirmed names its own day ("our meeting for Thursday at 2pm"), which says
    // when it is to be, not when the two met.
    accept: (match, analysis) =>
      (/confirm/iu.test(analysis.scan.slice(match.start, match.end)) ||
        notANamedMeeting(match, analysis)) &&
      !returnsACallOnItsDay(match, analysis) &&
      !(
        /^(?:saw|read)\b/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+(?:on|in)\s/iu.test(textAfter(analysis, match, 8))
      ),
    pattern:
      "(?:i )?promised (?:i'd|i would|to|that i'd) (?:send|call|get back|follow up|reach out|ring)|getting back to you (?:on|about|regarding) your (?:question|request|inquiry|enquiry|email|note|message)|you (?:might|may|probably|will) remember (?:me|my|our)|(?:returning|return) your (?:call|message|email|voicemail)|(?:calling|writing|ringing|just|here) to remind you (?:about|of) (?:the|our|your)|(?:i'm|i am|i was) supposed to (?:call|ring|contact|phone|speak (?:to|with)|talk (?:to|with)) (?:you|someone|somebody)|(?:left|found|have|got|there's|there is) (?:a |this |the )?note on my desk|(?:i have|i've got|i got|there's|there is) a note (?:here )?(?:that|saying) (?:someone|somebody|you)(?: (?:at|in|from) [^.!?…]{1,40}?)? (?:asked|requested|called|inquired|enquired|wanted)|did you (?:reach out to|contact|call|email|write to|get in touch with) us(?: about| regarding|(?= ?\\?))|(?:got|received|saw|getting back to) your (?:message|voicemail|inquiry|enquiry|request|note)|thanks (?:so much )?for (?:your interest|reaching out|getting back|calling back|your inquiry|downloading|your reply|your time on)|(?:you|your office) (?:requested|asked for|left me) (?:a call|information|info|a message|a callback)|(?:he's|she's|they're|he is|she is|they are) expecting (?:my|our) call|(?:my|our) (?:records|notes|system|file|files|crm|list) (?:show|shows|say|says|indicate|indicates|tell me)|(?:someone|somebody) (?:from|in|at) your (?:office|team|company|practice|firm|department|shop|store|business) (?:called|called in|reached out|contacted us|requested|inquired|enquired|asked (?:about|for)|(?:was|were|had been|has been) (?:asking|looking|enquiring|inquiring|interested))|(?:i was|i've been|we were|we've been) told (?:that )?you (?:were|are|'re|might be) (?:looking|interested|in the market|shopping|thinking)|(?:i'm|i am|just|writing to|calling to|this is to) confirm(?:ing)? our (?:meeting|call|appointment|demo|session)|(?:he|she|they)\\]?(?:'ll| will) know what (?:it's|this is|it is|this is) (?:about|regarding)|(?:he|she|they)(?:'ll| will) know who (?:i am|i'm|this is|it is)|(?:just |calling to |here to )?confirm(?:ing)? your (?:[\\p{L}-]+ ){0,2}?(?:order|shipment|delivery)(?![\\p{L}])|(?<=(?:it's|it is) about [^.!?…]{1,80})(?:he|she|they)(?:'ll| will) know(?= ?(?:[.!…]|$))|(?:i have|i had|i've got|i got|we have|we've got) a note (?:here |in front of me |on my desk )*to (?:call|contact|ring|reach) (?:you|him|her|them)|(?<!(?:will|'ll|be|going to) )(?:calling|ringing|phoning) (?:you )?back(?= ?(?:[.!?,;—–]|$|about|with|regarding|on|re|as|after|from|to|for))|(?:the |your |that |some )(?:[\\p{L}-]+ ){0,3}?(?:quote|information|info|pricing|prices|brochure|details|callback|call back|rates|proposal|estimate|consultation|review) (?:that )?you (?:requested|asked for|asked about|inquired about|enquired about|signed up for)|(?:the |your |that )(?:[\\p{L}-]+ ){1,3}?(?:that )?you (?:signed up for|registered for|applied for|requested|enquired about|inquired about)|(?:regarding|about|on) your (?:recent (?:online |web )?|online |web )(?:application|inquiry|enquiry|request|submission|registration|form)(?= ?(?:[.!?,;]|$|for|with|on|about))|(?:maybe|perhaps) you (?:called|wrote|filled|requested|inquired|enquired|reached out|signed up)|you (?:may|might|must) have (?:called|requested|filled|inquired|enquired|signed up)|(?:someone|somebody|one of your (?:people|team|colleagues|staff))(?: there)?(?:,? (?:maybe|perhaps|probably|possibly|i think|i believe) you,?)? (?:there )?(?:(?:was|were|had been|has been) (?:looking for|asking (?:for|about)|interested in|requesting|enquiring about|inquiring about)|asked (?:about|for)|enquired about|inquired about) (?:some |our )?(?:[\\p{L}-]+ )?(?:information|info|details|a quote|pricing|a callback|a call|services?|products?|systems?)|(?:i think|i believe|i understand) you (?:were looking for|requested|asked for|inquired|enquired|wanted) (?:some )?(?:information|info|details|a quote|pricing|a callback)|you (?:asked|told) me to (?:call|ring|reach out|get back|follow up|check back|give you a (?:call|ring|shout))|he (?:asked|told) me to (?:call|ring|phone|contact) him(?![\\p{L}])|(?:i have|i've got|i had) (?:a|an|my) (?:[\\p{L}\\d:-]+(?:'[\\p{L}]+)? ){0,2}?(?:appointment|meeting) with (?:him|her|them)(?= (?:and|but|at|today|this)|[.,!?]|$)|she (?:asked|told) me to (?:call|ring|phone|contact) her(?= ?(?:[.!?,;…—–]|$|this|next|today|tomorrow|on|back|again|about|when|after|before|in))|you (?:said|mentioned) (?:to|i (?:should|could)|that i (?:should|could)) (?:call|ring|reach out|get back|follow up|check back|try)|you (?:suggested|asked) (?:that )?i (?:call|ring|reach out|get back|follow up|check back)|(?:i've|i have|we've|we have) (?:reserved|saved|booked|held|set aside) (?:a |your |one )?(?:seat|spot|place|table|slot|ticket)s? for you|confirm your (?:[\\p{L}-]+ )?(?:reservation|booking|registration|rsvp|attendance|appointment)" +
      // "Sorry I missed your call!", "returning your inquiry from our website": a contact the
      // prospect did not start.
      '|sorry (?:i|we) missed your call|(?:returning|return) your (?:inquiry|enquiry|request|form)(?![\\p{L}])',
    message: 'Claims to answer a call or request that never happened.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Dwayne, Carrie from Bluewave Solar. Sorry I missed your call! Call me back at 555-0140.',
      'Hi Carol, this is Andre with Summit Solar, returning your inquiry from our website about your energy costs.',
      'I’m Rob Keller with Harborline Financial. Is Glen in? … I have a 2 o’clock appointment with him and am running late.',
      'Hi Sam, I’m returning your call.',
      'Thanks for your interest in our platform.',
      'This is Ola from Dr. Park’s office; she’s expecting my call.',
      'Is Sam available? I’m following up on some information I sent over. He’ll know what it’s about.',
      'I have a note here to call you, maybe you filled in a form online.',
      'We talked a while back and you told me to check back in the new year.',
      'Please confirm your lunch reservation: I’ve reserved a seat for you at our seminar.',
      'I gather somebody, maybe you, was asking about a quote for new gutters.',
      'I believe you requested some information about our alarm systems.',
      'I promised to ring you this week about the rates.',
      'Getting back to you on your question about storage.',
      'You may remember my card from the spring fair.',
      'Shelly? I’m calling to remind you about the Boot Camp on September 9th.',
      'I have your name on a sheet of paper. I know I’m supposed to call you, but I don’t know why.',
      'Hi Jo, this is Sam with Arden Insurance, calling you back with the price quote you requested online.',
      'You said to call back in a few months to see if you needed any remodeling.',
      'Hi, uh, I think I was supposed to call someone there about the printers?',
      'I’m not sure who left this note on my desk, but it says to give you a call.',
      'Did you reach out to us about your health plan?',
      'I’m a little turned around — I have a note that someone at your building asked about a maintenance quote?',
      'Tell him it’s about what he left at my office last night – he’ll know.',
      'Ask for Brian: I have a note in front of me to call him.',
      'Hi, this is Paul with Metro Energy. I’m calling about the energy audit you signed up for.',
      'Hello Mr. Lee, I’m calling regarding your recent online application.',
      'Hi Lisa, I’m just calling to confirm your appointment for Thursday.',
      'I’m calling because my records show you downloaded our guide on hiring nurses.',
      'I was told you were looking for a new benefits broker? My notes say someone from your office called in.',
      'Hi, is this the person who handles the phones? Someone from your office was asking about a phone system upgrade.',
      'Hi Victor, I’m confirming our meeting for Thursday at 2pm to review your freight spend.',
      'Hi, this is Brenda from Office Supply Distribution confirming your toner order. We just need a PO number to ship it out today.',
      'Hey. Can I speak to Marcus, please? … Yeah, this is Tony. He’ll know who I am.',
      'Hi Janet, this is Carl from Allied Tech. I think someone there, maybe you, asked about our backup services?',
      'Hi, it’s Nathan Cole calling back for Mr Osei — he asked me to ring him this week.',
    ],
    valid: [
      'Hi Glen, Maya Ruiz at Brightpath Telecom, returning your call from this morning about the surgery’s phone lines. Thursday at 1?',
      'Hi Glen, Rob Keller with Harborline. Three of your peers moved their 401(k) fees in May; I have an appointment with them next week and would like one with you too.',
      'Most buyers expect a call back within an hour of a web inquiry.',
      'When we met at the Reno Packaging Expo in May, you asked me to call once the audit closed.',
      'Someone in every plant we visited was looking for a faster changeover.',
      'I saw your note on LinkedIn about the new Reno site.',
      'Most shippers remember the 2021 surcharge spike.',
      'If Thursday does not suit, I’ll be calling you back on Monday.',
      'Buyers wait three days for the quote they requested, and one in five signs elsewhere.',
      'Half of the rebates your peers applied for were refused on a form error.',
      'I am calling about your application. Two we advised on were sent back at committee.',
      'Maria Lopez at Acme said she asked me to call her team once the audit closed.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.referral',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'referralOnRecord',
    // "You suggested I call in a month" is the contact's own request, not a third party's name.
    // With no plan context the checker cannot know whether a referral is real, and the label rule
    // reads one that names its source ("Sarah Edmonds suggested I call") as honest unless shown
    // otherwise; a plan says whether it is on record, and then an unrecorded one blocks. A source
    // given only by role ("your CFO suggested…") is the invented referral's mark either way.
    // "Your name came up in connection with workplace issues", "…came up in my research": the
    // name met in a topic or a search, with nobody said to have passed it on, claims no referral.
    accept: (match, analysis) =>
      !/(?<![\p{L}])you\s+$/iu.test(textBefore(analysis, match, 8)) &&
      !(
        /came up$/iu.test(analysis.scan.slice(match.start, match.end)) &&
        /^\s+(?:in connection with|in relation to|as (?:a|an|one)|in (?:my|our|a|an) (?:[\p{L}-]+ )?(?:research|search|list|review|scan|study)|on (?:linkedin|google|a list))(?![\p{L}])/iu.test(
          textAfter(analysis, match, 40),
        )
      ) &&
      (analysis.context.referralOnRecord !== undefined ||
        // "I was referred to you as the best person…": passive, with no one said to refer;
        // "our mutual friend from the Chamber": a source by role only.
        /^(?:i\s+was|i['’]ve\s+been|i\s+have\s+been|i\s+got|our\s+mutual|a\s+mutual)\s/iu.test(
          analysis.scan.slice(match.start, match.end),
        ) ||
        !namesItsSource(match, analysis)),
    pattern:
      "(?<!(?:i|we|i've|we've|i have|we have) )(?:mentioned|said|told me) (?:that )?you(?:'d| would| might) (?:want|like|be (?:keen|interested|glad|happy)) (?:to )?(?:hear|talk|speak|chat|meet)|(?:suggested|recommended|said|mentioned|thought|told me) (?:that )?(?:i|we) (?:should |might |could |ought to )?(?:call|ring|reach out|contact|speak|talk|get in touch|connect|give you a (?:call|ring)|email|write)|(?:referred|pointed|sent|directed|passed) me (?:to you|over to you|your way|to your)|sent (?:me|us) over (?:because|to|since)|(?:referred|recommended) (?:to )?(?:you|me) by|(?:our|a) mutual (?:friend|contact|connection|acquaintance|colleague)(?= ?(?:[,.;]|from|at|in|said|told|mentioned|suggested|thought|who|and))|(?:i was|i've been|i have been|i got) referred to you(?= ?(?:[.,!;—–]|$|as|for|because|regarding|about))|gave me your (?:name|number|details|contact|email)|passed (?:along|on) your (?:name|number|details|contact)|(?:asked|told) (?:me|us) to (?:call|reach out|contact|get in touch|give you a (?:call|ring|bell)|get (?:the |your |an? )?(?:[\\p{L}-]+ ){0,2}?(?:inspection|estimate|quote|assessment|appointment|visit)(?: [\\p{L}-]+){0,4}? (?:scheduled|booked|set up|done))|(?:you were|you've been|you have been) (?:recommended|referred) to (?:me|us)|your name (?:came up|was mentioned|was given to me|was passed to me)|(?:thought|said|mentioned|suggested|told me) (?:that )?you(?:'d| would)? (?:be|were|are) the (?:right|best|correct) (?:person|one|contact)|(?:thought|said|mentioned|suggested|told me) (?:that )?(?:you're|you are|you were|you'd be) the (?:right |best |correct )?(?:person|one) (?:i|we) (?:should|ought to|need to) (?:speak|talk|chat) (?:with|to)|(?:thought|said|mentioned|suggested|told me) (?:that )?(?:you're|you are|you were|you'd be) the (?:right |best |correct )?(?:person|one) to (?:speak|talk|chat) (?:with|to)|(?<!(?:i|we|you) )(?:mentioned|said|told me) (?:that )?you (?:might|may|were|are|'re|could)(?: be)? (?:looking (?:at|for|into)|interested in|thinking (?:about|of)|planning|considering|shopping|in the market)|(?<!(?:i|we|you) )(?:mentioned|said|told me) (?:that )?(?:you're|you are|you were) (?:reviewing|evaluating|replacing|switching|changing|looking (?:at|for|into)|thinking (?:about|of)|considering|planning)" +
      // "I was asked to reach out to you directly", "your leadership team flagged you as the right
      // person", "your colleague in finance mentioned you're the one evaluating tools": asked by
      // nobody named, or a source by role only.
      "|(?:i was|i've been|i have been) asked to (?:reach out|call|contact|get in touch|connect|write|email)(?![\\p{L}])|(?:flagged|identified|singled out) you as (?:the )?(?:right|best|correct|go-to|key) (?:person|one|contact)|(?<!(?:i|we|you) )(?:mentioned|said|told me|suggested) (?:that )?(?:you're|you are|you were|you'd be) the (?:one|person|contact)(?![\\p{L}])",
    message: 'Claims a referral that is not on record.',
    why: 'Name-dropping a referral that did not happen is checked with one message to the named person, and the call is over; a One-Up rep earns the meeting with an insight, not borrowed credibility.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Only mention a referral the contact can confirm (and record it on the prospect); otherwise lead with your insight.',
    examples: [
      'hi enrique, it’s laura chen from northgate insurance. your cfo suggested i call you.',
      'Hi Erin, Josh Kaplan with Ledgerly. Our mutual friend from the Chamber said you two were talking about your accounting headaches.',
      'Hi Patrice, I was referred to you as the best person to speak with regarding your company’s cybersecurity.',
      'Your CFO suggested I call you.',
      'Hi Denise, I was asked to reach out to you directly about your nursing vacancies.',
      'Your leadership team flagged you as the right person for field-service scheduling.',
      'Your colleague in finance mentioned you’re the one evaluating new reporting tools.',
      'Hi Marta, this is Dev Rao from Keelwater. Your CFO, who saw our lane study, suggested I call you.',
      'Your CFO referred me to you.',
      'You were recommended to us by a colleague.',
      'Your name came up in a conversation with your CFO.',
      'Hi Sam, your name came up when I was talking with one of your peers in the industry.',
      'A colleague of yours thought you’d be the right person.',
      'Your business partner said you’d be keen to hear from me.',
      'One of your competitors mentioned you might be looking at a new website.',
      'Someone from your office asked us to call.',
      'A neighbor of yours out on County Road 12 asked me to give you a call.',
      'Your colleague in IT, Mark I think, asked me to reach out about your firewall renewal.',
      'Your insurance company asked us to get the roof inspection on your building scheduled.',
      'Someone on your leadership team mentioned you’re the person I should speak with about procurement.',
      'A colleague of yours mentioned you’re the person to talk to about framing packages.',
      'Someone from your finance team mentioned you’re reviewing your payroll provider this quarter.',
      'Your friend over on the next street has used us and sent us over because your home heats up.',
    ],
    valid: [
      'Hi Ms. Grant, Tobias Wren with Keel Marine. Jo Fenwick, your harbourmaster, gave me your number at the boat show on Saturday and said you’re reviewing cover.',
      'Jim Porter mentioned you’re the right person to speak with about print procurement.',
      'I was asked to present the lane study at the Reno summit in May.',
      'Dana Kim, your outside auditor at Lorne & Co., suggested I write after your board meeting last week.',
      // written all in lower case, the source still has a name
      'hi enrique, it’s laura chen from northgate insurance. sam patel at ridgeline foods suggested i call you.',
      'Sam Ortiz, plant manager at Lakeview Foods and our client for three years, suggested I contact you.',
      'Professor Anna Berg at Uppsala, who ran a trial with us last year, suggested I call you.',
      'Hannah Cole, your former operations chief, introduced us by email on Monday and suggested I call you directly.',
      'Hi Erin, Josh Kaplan with Ledgerly. Our mutual friend Dana Ortiz at the Chamber asked me to send the close checklist.',
      'I was referred to your Reno lanes report by three shippers: it shows an 11% gap.',
      'Sam Brody of Brody Fabrication, your neighbor at the industrial park, asked me to call you.',
      'When we spoke at the expo, you suggested I call once the audit closed.',
      // Without a plan the checker cannot tell; a plan with no referral on record blocks it.
      'Your friend, Sarah Edmonds suggested that I give you a call.',
      'I was referred to you by Mr. James, who said you might be interested in our new product.',
      'I work with Michael Chew at Apex Industries. He mentioned you had worked with him there, and suggested I give you a call.',
      'Most owners said they would want to hear about rate changes sooner.',
      'I thought you might want to hear how your peers handled the tariff.',
      'Your name came up in our review of Ohio fleet permits, and two of your lanes stood out.',
      'Sam, your name came up in relation to the May surcharge filings.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.mystery_offer',
    category: 'deception',
    severity: 'block',
    // "I have an offer for you, please email me", "I'd like to discuss an interesting
    // opportunity. Can we connect? Telegram: …": an offer with no name, no company and nothing
    // said of it, so the reader must answer to find out who is writing and what they want.
    pattern:
      "(?:i have|i've got|i got|and have|i'd like to discuss|i would like to discuss|i want to discuss) (?:an? |some )?(?:interesting |exciting |great |good |amazing |lucrative |special |exclusive |unique |attractive )?(?:offer|opportunity|proposition|proposal|partnership proposition|partnership proposal|business proposal)(?: for you)?(?![\\p{L}])" +
      // "I have something for you": what it is, held back.
      "|(?:i have|i've got|i've) something for you(?![\\p{L}])",
    // A template's slots stand for the sender and the offer (the label rule reads a slot as given).
    standsWithParts: (_match, a) =>
      !a.components.identity.present &&
      !a.components.insight.present &&
      a.placeholders.length === 0,
    message: 'Offers something unnamed from someone unnamed.',
    why: 'An offer that names neither the sender nor what it is makes the reader write back to find out; it reads as a scam, and a real offer loses nothing by being said.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Leah, I have something for you. Call me when you can.',
      'Hi there, I admire your work and have an exciting opportunity for you. Let’s connect! Telegram: @novaline_dev',
      'Hi Ronald, I have an offer for you, please email me.',
      'Please tell me your email address. I have a good partnership proposition for you.',
      'Hi, I find your work to be excellent. I’d like to discuss an interesting opportunity. Can we connect?',
    ],
    valid: [
      'Dana Lee with Arden Freight. I have an offer for you: a free audit of your three busiest lanes, Thursday at 10.',
      'Hi Sam, this is Priya from Harbrook. Shippers your size overpay 9% on Ohio lanes, and I have an offer for you.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.withheld_reason',
    category: 'deception',
    severity: 'block',
    // The reason held back as bait: the prospect is to call back to find out why they were called.
    pattern:
      "(?:regarding|about|concerning|in connection with|in regard to) (?:a|the|an) (?:(?:confidential|private|personal|sensitive|urgent|important|pressing|time-sensitive) matter|matter (?:concerning|regarding|about|involving|with) your)|(?:i have|i've got|i need|i've) to tell you something (?:important|urgent|big)|(?:then )?you(?:'ll| will) (?:know|understand|see) (?:my|the|our) (?:purpose|reason)(?![\\p{L}])|(?:call|ring|phone) me(?: back)?(?: (?:at|on) [^.!?…]{1,30}?)? and (?:i'll|i will) (?:explain|tell you (?:more|why|all about it))|(?:i'll|i will) (?:explain|tell you why|fill you in) when you (?:call|ring|get back to me)|(?:i'd|i would) rather not (?:get|go) into (?:the )?(?:specifics|details|particulars)|(?:i'd|i would) rather not (?:put|write|say) (?:it|this|that|them|the details) (?:in writing|in an email|by email|in a message|here)|(?:can't|cannot|won't) (?:get|go) into (?:the )?(?:specifics|details|particulars) (?:over the phone|on the phone|in a message|by email|in an email|here)" +
      // A call back asked "regarding your account": the prospect's own thing named as the reason,
      // and nothing said of it, so they call back to find out what is wrong with it.
      '|(?:call|ring|phone) (?:me|us) back(?: (?:at|on) [\\d().+\\s-]{7,20}?)? (?:regarding|in relation to|concerning|in regards? to) your (?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+(?= ?(?:[.!?…]|$))' +
      // Urgency with no reason: "it's important that I speak with you today — call me back".
      "|(?:it's|it is) (?:very |really |quite |extremely )?(?:important|urgent|vital|essential|imperative) (?:that )?(?:i|we) (?:speak|talk|get in touch) (?:with|to) you|(?:it's|it is) (?:very |really |quite |extremely )?(?:important|urgent|vital|essential|imperative) (?:that )?(?:i|we) (?:hear back|hear from you|reach you)" +
      // Something unnamed that they will like, or important news about their account, said only
      // to get the call back: "I've got something I think you'll really like", "I have some
      // important information regarding your vehicle accounts".
      "|(?:i've got|i have|i've|got|we've got|we have) (?:something|a (?:new |great |special |brand-new )?(?:program|programme|offer|deal|product|promotion)) (?:(?:i think|that) )?you(?:'ll|'d| will| would| might)? (?:really |definitely |absolutely )?(?:like|love|want to (?:see|hear))|(?:i have|i've got|we have) (?:some )?(?:important|urgent) (?:information|news|details) (?:regarding|about|concerning|on) your" +
      // To the gatekeeper: "It's a personal matter", "It's personal"; and the caller's company
      // held back: "I'd rather not say who I'm with yet".
      "|(?<=(?:^|[.!?…,:—–-]) ?)(?:it's|it is) (?:a )?(?:personal|private|confidential)(?: (?:matter|call|business))?(?= ?(?:[.!?…,;]|$))|(?:i'd|i would) rather (?:tell you|say) (?:who i'm with|who i am with|who i work for|where i'm calling from|my company) (?:once|after|when|later)(?![\\p{L}])|(?:i'd|i would) rather not (?:say|tell you|share|mention) (?:who i'm with|who i am with|who i work for|where i'm calling from|who i represent|my company|the company|the name of (?:my|the) company)" +
      // "It's something I'd rather discuss with him directly": the reason kept for the boss.
      "|(?:i'd|i would) (?:rather|prefer to) (?:discuss|talk about|go over|explain|raise) (?:it |that |this )?(?:with|to) (?:him|her|them) (?:directly|personally|in person|myself|privately)",
    // The call back "regarding your account" and the urgent "it's important that I speak with you"
    // withhold the reason only where the message says nothing else of value: after an insight
    // the call back has its topic and the urgency its cause.
    standsWithParts: (match, a) =>
      !/^(?:(?:call|ring|phone) (?:me|us) back|it|we)/iu.test(
        a.scan.slice(match.start, match.end),
      ) ||
      (!a.components.insight.present && !a.components.benefit.present),
    message: 'Holds back the reason for the call until the prospect calls back.',
    why: 'A message that keeps its reason secret so the prospect calls back to find out is a trick; they feel it when they do, and the call starts with a let-down instead of a reason.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Say the reason in the message: who you are, the one thing you found about their world, and the call-back number.',
    examples: [
      'Hi Ray, it’s very important I hear back from you by the end of the day. 312-555-0188.',
      'I came across something online about your practice. I’d rather not put it in writing. Can you call me today?',
      'If you have some time, please check the email I sent you. Then you’ll know my purpose.',
      'Hi, this is a message for Laura Benton. Please call me back at 555-0124 regarding a matter concerning your company’s equipment.',
      'Hey there! Please contact me on Telegram, I have to tell you something important.',
      'Sam, it’s Dana. Something caught my eye on your site. Ring me back on 555-0142 and I’ll explain.',
      'I’ll explain when you call me back.',
      'I’d rather not get into specifics over the phone, but I think you’ll find it interesting.',
      'This is Martin Engel. I’m calling regarding the confidential matter concerning your company.',
      'Hi, this message is for the owner. Please call us back at 555-0190 regarding your merchant processing account.',
      'Hi Jim, it’s Sean from MTD. Could you please call me back in relation to your sales people',
      'Hi, this message is for Karen. This is Dave. It’s important that I speak with you today — please call me back at 555-0178.',
      'Hi, can you put me through to Mr. Halvorsen? … It’s a personal matter.',
      'Hi Beth, this is Jamal with Northwind Toys. Give me a call back, I’ve got something I think you’ll really like.',
      'Hi, this message is for the fleet manager. I have some important information regarding your commercial vehicle accounts.',
      'Hi, is this the person who handles the phones? … I’d rather not say who I’m with yet.',
      'Who handles the waste hauling contract for your Riverside plant? … Perfect. So we’ve got a new program I think you’d love.',
      'Gatekeeper: And what’s it regarding? … Caller: It’s a personal matter.',
      'Rep: Is Mr. Osei available? … Assistant: What’s it regarding? … Rep: It’s something I’d rather discuss with him directly.',
    ],
    valid: [
      'Call me back at 555-0142 and we can set the 20 minutes.',
      'I’ll explain the three lanes on Thursday at 10.',
      'Your lanes out of Reno run 11% over peers. Call me back at 555-0142 regarding your lanes, and I’ll send the numbers.',
      'Hi Sam, Dana Lee with Arden Freight. Shippers your size overpay 11% on Ohio lanes. Call me back at 555-0142 regarding your lanes.',
      'Call me back regarding your fuel surcharges: three peers cut them by a fifth last quarter.',
      'Dana Lee, Arden Freight. Your Reno lanes run 11% over peers before the May re-bid, so it’s important that I speak with you before Friday.',
      'Dana Lee, Arden Freight. Most owners keep the account personal. Your Reno lanes run 11% over peers.',
      'The rates are in the attached table; I’d rather go over them with you on Thursday at 10.',
      'Hi Sam, Dana Lee with Arden Freight. Shippers your size overpay 11% on Ohio lanes, and we’ve got a new audit I think you’d like: 20 minutes Thursday at 10?',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.account_bait',
    category: 'deception',
    severity: 'block',
    // The prospect's account, file or invoice named as the reason and nothing said of it: "it's
    // regarding your account", "a quick update on your file", "some changes coming up on your
    // account I need to go over with you", "we've flagged your account for a rate adjustment",
    // "quick question about the invoice for your office". It reads as a call from their own
    // provider and is meant to; after an insight the same words have their topic, so it stands
    // only without one.
    pattern:
      "(?<=(?:^|[.!?…,:;—–-]) ?)(?:it's|it is) (?:regarding|about|concerning|in regards? to|in relation to) your (?:[\\p{L}-]+(?:'s)? ){0,2}?(?:account|file|policy|statement|bill|application|case|claim|contract)(?= ?(?:[.!?…,;]|$))|(?:a|an) (?:quick |brief |short |important |urgent )?update (?:on|about|regarding|concerning) your (?:[\\p{L}-]+ )?(?:file|account|application|policy|case|claim|loan)(?![\\p{L}])|(?:changes|an? adjustment|adjustments|a discrepancy|a change|an issue|some savings|a credit|a refund) (?:coming up |coming |due )?(?:on|to|with|in) your (?:[\\p{L}-]+ )?(?:account|contract|policy|plan|tariff|statement) (?:that )?(?:i|we) (?:need|have|must|want|'d like|would like) to (?:go over|discuss|review|talk (?:to you )?about)|your (?:[\\p{L}-]+ )?(?:account|file|policy|rate|plan|line) (?:has been|was|is being|'s been) (?:flagged|selected|marked|chosen|picked|identified) for(?![\\p{L}])|(?:there's|there is) (?:a |an )?(?:flag|hold|issue|problem|discrepancy|alert|error) on your (?:[\\p{L}-]+ ){0,3}?(?:account|file|policy|statement)(?![\\p{L}])|(?:we've|we have|i've|i have) (?:flagged|found|noticed|identified|selected|marked) (?:some |a |an )?(?:[\\p{L}-]+ )?(?:(?:on|in) )?your (?:account|rate|file|policy|plan|statement|line) (?:for|with|and)(?![\\p{L}])|(?:a |one )?(?:quick )?question (?:about|regarding|on) (?:the|your) (?:[\\p{L}-]+ ){0,2}?(?:invoice|bill|statement|payment) (?:for|from|at|to) your(?![\\p{L}])" +
      // "…regarding your merchant account ending in 4471": the caller as the one who holds it.
      '|your (?:[\\p{L}-]+ ){0,2}?(?:account|card) ending in \\d+' +
      // "Calling about your annual account review": a review only their own provider would hold.
      '|(?:your )?(?:annual|yearly|quarterly|scheduled) account review(?![\\p{L}])',
    standsWithParts: (_match, a) => !a.components.insight.present && !a.components.benefit.present,
    message: 'Names their account as the reason and says nothing of it.',
    why: 'A call "regarding your account" from someone who holds no account of theirs borrows the trust of their own provider; the prospect finds out at the first question, and the call is over.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Angela, Tom Reese from Ironside Merchant Services, calling about your annual account review. Please call me back.',
      'Hi Mr. Alvarez, I’m calling regarding your merchant account ending in 4471. Please call me back.',
      'Hi, this is Stephanie. There’s a flag on your card processing account related to the new PCI rules. Please call back at 888-555-0166.',
      'Hi Tom, this is Brenda. Your account has been flagged for a rate review and we need to verify some information before Friday.',
      'Hello, this is Derek from Merchant Services. We’ve flagged your rate for an adjustment and I need to verify your latest statement.',
      'Hi, this is David, please give me a call back at 312-555-0190, it’s regarding your account. Thanks.',
      'I tried reaching you recently and didn’t hear back, so I wanted to give you a quick update on your file.',
      'Great, it’s regarding your company’s electricity contract, there are some changes coming up on your account I need to go over with you.',
      'Hello Mr. Patel, this is Eric with Merchant Services. We’ve flagged your account for a rate adjustment and need to verify your processing statement.',
      'Hi, this is Dana from Summit Office Systems, calling about your copier lease. There’s an adjustment on your account we need to review with you before the 15th.',
      'Quick question about the coffee-service invoice for your Scottsdale office: who approves those payments?',
    ],
    valid: [
      'Hi Sam, Dana Lee with Arden Freight. Your Reno lanes run 11% over peers; it’s regarding your account with them.',
      'Dana Lee, Arden Freight. Your Reno lanes run 11% over peers since May, so I have an update on your account: 20 minutes on Thursday at 10?',
      'Most plants see changes to their tariff twice a year.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.not_sales_call',
    category: 'deception',
    severity: 'block',
    pattern:
      "(?:i'm|i am) (?:not|no) (?:a |your |one of those |some )?(?:typical |usual )?(?:sales ?person|salesman|saleswoman|sales rep|sales guy|telemarketer|sales type)s?|(?:this|it) (?:isn't|is not|'s not|wasn't|is n't|won't be) (?:a |an |really a |some |any (?:kind|sort) of )?(?:(?:sales|sale|cold|salesy|sales-y|sales-related) (?:call|pitch|email|message)|(?:telemarket(?:er|ing)|robo ?call|spam)(?: (?:call|thing|pitch|email|message))?)|(?:i'm|i am) not (?:trying to |here to |calling to )?(?:sell(?:ing)?|pitch(?:ing)?) (?:you )?(?:anything)?|(?:i'm|i am) not (?:calling|writing|here|reaching out) to (?:ask (?:you )?for|get|win|take) (?:the|your) (?:listing|business|order|account|contract)|not (?:a|trying to make a) (?:sales )?pitch|(?<![\\p{L}-])no (?:sales |hard |hidden |vendor |product |sneaky )?(?:pitch|pitches|sell|sales talk)(?! deck)(?= ?(?:[.!?,;:—–)-]|$|here|involved|attached|just|at all))|(?<=(?:^|[.!?…:—–(*-]) ?)not (?:pitching|selling)(?= ?(?:[.!?,;:—–)*-]|$|anything|you anything))|(?<=(?:^|[.!?…:—–(*-]) ?)not (?:trying|here|looking|out|calling|writing|reaching out) to (?:sell|pitch)(?![\\p{L}])|(?:i|we) (?:don't|do not) want to sell you (?:anything)?|(?:don't|do not|won't|will not) (?:see|take|read|treat|view) this (?:email|message|call|note) as (?:a |an )?(?:marketing|sales|spam|promotional|cold)(?![\\p{L}])|(?<=(?:^|[.!?…,;(—–-]) ?)just (?:want|wanted|trying|here) to help(?= ?(?:[.!?)]|$))|(?:this is|it is|it's) (?:just |only |simply |purely )?(?:a|an) [\"“]?(?:purely |simply |quick |short |brief )?(?:warm|informational|information|educational|customer care|customer service|customer satisfaction|customer feedback|quality|welfare|goodwill|satisfaction|feedback|research|survey|check-in|service) (?:call|email|message|visit)|(?:i'm|i am|we're|we are) not (?:a |an |some )?(?:vendor|seller)s?(?= ?(?:[.!?,;:—–)-]|$| here| trying| pitching| selling| and| just))|(?:we're|we are) not (?:a |an |some )?telemarket(?:ing|er)s?(?: (?:company|firm|outfit|agency|business|operation|call))?|(?:giving|making|paying) you (?:a|an) (?:quick |short |brief |friendly )?(?:service|courtesy|welfare|check-in) call",
    message: 'Denies that this is a sales call.',
    why: 'The prospect knows it is a sales call; denying it starts the relationship with a lie. A One-Up rep is proud of the trade on offer and says so.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Own it and make the trade worth it: say that you sell, then offer something useful to them whether or not they buy, such as a short briefing on what you have seen across companies like theirs.',
    suggestFor: (_match, analysis) => ownedOffer(analysis),
    // The denial in other words: the call renamed as a kind that sells nothing ("an informational
    // call", "just a feedback call") tells the prospect the same untruth.
    examples: [
      'Hello! I hope you don’t see this email as a marketing email.',
      'This isn’t a sales call.',
      'Sir, I promise this is not any kind of sales call.',
      'I’m NOT a vendor—just trying to learn from operations leaders.',
      'I’m not trying to sell you anything.',
      'Oh no, this is purely an educational call about grain dryers.',
      'Relax, it’s just a feedback call.',
      'It’s a quick customer satisfaction call.',
      'Did you receive a mailing? It was from American Express. This is a warm call.',
      'Don’t worry, I’m not your typical salesman.',
      'Sir, we are not a telemarketing company.',
      'I’m with Harbor Trust bank and I’m giving you a service call.',
      'I’ll be quick, and this isn’t a telemarketer thing.',
      'We scanned your site and found two open ports. (No charge, just want to help.)',
      'No cost, no vendor pitch - just useful info.',
      'I’m not calling to ask for the listing; I have some insights about why homes don’t sell.',
      'No sales pitch here. I research commercial properties.',
      'Here’s the link. No signup, no pitch. Just thought it might help.',
      'Hey Sam, I work with ops leads on freight audits. Not pitching - just thought we should connect.',
      'Sam, here is the freight benchmark (no pitch): three findings stood out.',
      'Not trying to sell anything - just building relationships in the industry.',
      'Early users cut diagnostic time by 60%. **Not selling anything yet** — just looking for feedback.',
    ],
    valid: [
      'This is a sales call, and I’ll be quick about why.',
      'It is an educational gap: most owners never see the report.',
      'I’m not a fan of long contracts either, which is why I call.',
      'Send me the pitch deck and I’ll compare it with the three we saw.',
      'Buyers said no to the pitch twice before the rates moved.',
      'Most brokers we studied are not selling the new cover yet.',
      'Most carriers are not trying to sell the new lanes until May.',
      'We are not a call centre: one engineer answers for your site.',
      'We are not a vendor of pallets, so the benchmark is neutral about which one you buy.',
      'Your service call on the 12th ran over; the parts arrive Friday.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.pretext',
    category: 'deception',
    severity: 'block',
    // "I'd like 20 minutes Thursday at 11 to check your eligibility": the check is what the
    // meeting the rep asks for will do, not the pretext for this call.
    accept: (match, analysis) =>
      !(
        /eligib|entitle/iu.test(analysis.scan.slice(match.start, match.end)) &&
        MEETING_BEFORE.test(
          textBefore(analysis, match, 120)
            .split(/[.!?…]/u)
            .pop() ?? '',
        )
      ),
    pattern:
      // "I'm just calling with a brief, two-question survey": the survey as the reason for the call.
      // "I'm researching how plants handle…", "your perspective on a problem I'm trying to
      // solve": a study or a request for advice as the reason, when the call sells. ("Could I ask
      // your opinion on something?" alone is left to the permission rules: two of the three
      // quoted sets that hold it tag no deception.)
      "(?:i'm|i am|we're|we are) (?:currently )?(?:researching|studying|looking into) how (?:[\\p{L}-]+ ){0,3}?(?:are|is) (?:handling|managing|dealing with|approaching|tackling|solving)|your (?:perspective|feedback|opinion|thoughts|input|advice) on (?:a|the|one) (?:problem|challenge|idea|question) (?:i'm|i am|we're|we are) (?:trying to solve|working on|tackling)|" +
      '(?:calling|ringing|writing|reaching out|here) (?:you )?(?:with|for|about|to (?:do|conduct|run|complete|take)) (?:a |an |our |this )(?:[\\p{L}-]+,? ){0,3}?(?:survey|poll|questionnaire)(?! (?:results?|findings|data|of \\d))|' +
      "(?:putting together|compiling|sending out|organi[sz]ing) (?:a |an )?(?:short |quick |brief |little )?(?:[\\p{L}-]+ )?(?:survey|poll|questionnaire)|(?:this is|i'm|i am|it's|my name is|my name's) [\\p{L}-]+(?: [\\p{L}-]+)?,? (?:with|from|at|calling from|calling for|on behalf of) the (?:[\\p{L}-]+ ){1,3}(?:survey|poll)(?![\\p{L}])|(?:this is|it's|we're|we are|(?:i'm|i am|calling) (?:with|from)) the (?:[\\p{L}-]+ ){0,3}(?:survey|poll|research|study) (?:team|group|desk|office|project|unit|panel)|(?:we're|we are|i'm|i am) asking (?:[\\p{L}-]+ ){1,3}(?:a few|a couple of|two|three|four|five|some|\\d) (?:quick |short |brief |simple )?questions|your answers (?:would|will|could) (?:really |greatly |truly )?help|(?:doing|conducting|running|carrying out) (?:a |an |one )?(?:short |quick |brief |little |small |local |regional )?(?:[\\p{L}-]+ )?(?:survey|poll|questionnaire)(?! (?:results?|findings|data|of \\d))|calling (?:from|with|on behalf of) your (?:current )?(?:phone|internet|electric|electricity|gas|water|broadband|mobile|cable|telecom|energy|utility|service|support|account|billing|insurance|benefits|payroll|it) (?:[\\p{L}]+ )?(?:provider|supplier|company|team|department|support|service|carrier|office)|(?:verify|confirm|update) your (?:account|billing|contact) (?:details|information|info)|(?:calling|i'm calling|i am calling) from the (?:county|city|state|government)(?:'s)?|(?:with|from|at) the (?:[\\p{L}-]+ )?(?:records|registration|compliance|listings?|directory|verification|licensing) (?:office|department|bureau|desk|division|center|centre)|(?:need|needs|calling|required|here) to (?:verify|confirm|update) (?:a few |some |your )|so your (?:business )?(?:listing|account|policy|coverage|service|registration|domain|warranty) (?:stays|remains|doesn't|does not|won't|will not) (?:active|current|valid|lapse|expire|get cancelled|be cancelled)|(?:check|see|confirm|find out) (?:whether|if) you(?:'re| are) still (?:with us|a customer|our customer)|(?:update|updating|verify|verifying|complete|completing) (?:our|your) (?:records|files|database|directory entry)|(?:updating|verifying|compiling|building) (?:the|our) (?:[\\p{L}]+(?:'s)? ){1,2}(?:directory|registry|register|database)|(?:calling|i'm calling|this is [\\p{L}-]+|it's [\\p{L}-]+|i'm) (?:from|with) (?:the|your) (?:billing|accounts?|customer service|customer care|support|service|records|compliance|verification|claims|fraud|warranty|renewals?|activation|maintenance) (?:department|team|office|desk|division|center|centre)|(?:calling|i'm calling|this is [\\p{L}-]+|it's [\\p{L}-]+|i'm) (?:from|with) (?:the|your) (?:it|i\\.t\\.|tech|technical|helpdesk|help desk|head|distribution|shipping|dispatch|supply) (?:team|department|desk|office|support|center|centre|warehouse)(?! (?:at|of|for|with) )|(?:doing|carrying out|running|conducting|making) (?:some |a few |our )?(?:routine|courtesy|mandatory|scheduled) (?:checks|inspections|check-ups|checkups|visits|calls) (?:for|on|with|in|across)|(?:we're|we are|i'm|i am) (?:simply |just |only )?(?:updating|verifying|confirming) (?:our |your |the )?(?:records|files|details)(?= ?(?:[.!?,;]|$| for| of| in))|courtesy (?:service )?call (?:about|regarding|on|to|from|for)|(?:regarding|about|concerning) your (?:business |google |online |local )?(?:listing|directory listing|map listing)|your (?:[\\p{L}-]+ ){0,3}?(?:listing|profile|page|domain) (?:has not been|hasn't been|is not|isn't|was not|wasn't) (?:verified|claimed|confirmed|renewed)|(?:call|contact|ring) (?:our|the) (?:verification|activation|validation|renewal|compliance) (?:center|centre|department|team|desk|line|office)|(?:we're|we are|i'm|i am) (?:currently )?(?:conducting|doing|running|carrying out) (?:some |a |an )?(?:short |quick |brief |little |paid )?(?:research|study|market study|market research)|to (?:confirm|verify|check) your (?:eligibility|entitlement)(?= ?(?:[.!?,;]|$|for|to|under))|(?:calling|here|writing) to (?:confirm|verify|check) your (?:eligibility|qualification|entitlement|registration|enrol?lment)|you(?:'ve| have) been (?:selected|chosen|pre-?approved|approved) (?:for|to)|your (?:[\\p{L}-]+ ){0,2}?(?:zone|area|neighbou?rhood|street|building|address|postcode|zip code) (?:has|have) been (?:selected|chosen|picked|approved|pre-?approved)(?![\\p{L}])|your (?:[\\p{L}-]+ )?(?:plant|company|business|firm|practice|site|store|office|facility|organi[sz]ation|dealership|clinic|restaurant|agency|shop|school) (?:was|has been) (?:selected|chosen|picked|nominated|shortlisted)(?= ?(?:[.!?,;]|$|for|to))|(?:answer|take) (?:a few|a couple of|some|two|three|four|five|\\d) (?:quick |short |brief |simple )?survey questions|(?:we|we've|we have|i've|i have) (?:pre-?|pre )approved you (?:for|to)|(?:we|we've|we have) (?:have )?(?:identified|selected|chosen|picked) you as (?:one of )?(?:our|a|an) (?:[\\p{L}-]+ )?(?:preferred|valued|select|selected|top|premium|priority|vip|loyal)|(?:since|as|because) you(?:'re| are) (?:one of )?our (?:[\\p{L}-]+ )?(?:preferred|valued|select|top|premium|priority|vip|loyal) (?:customers?|clients?|members?)|(?:do not|don't) hang up|(?:an )?(?:urgent|important) (?:message|notice) (?:from|regarding|about|for)|(?:we're|we are|i'm|i am) (?:currently )?surveying|(?:take|answer|participate in|take part in) (?:a|our|this|one|my) (?:short |quick |brief |little |small )?(?:[\\p{L}-]+ )?(?:survey|poll|questionnaire)(?! (?:results?|findings|data|of \\d))|glad to hear (?:that )?you(?:'re| are) (?:on|in) the market for|(?:has|have) authori[sz]ed me to offer you|you (?:may |might )?(?:qualify|be eligible|are eligible) for (?:a |an |the )?(?:free|government|state|federal|rebate|grant|refund)|(?:need|needs|have|want) (?:you )?to confirm (?:your|the) (?:[\\p{L}]+'s )?(?:model|serial|account|meter|policy) (?:number|no)|(?:i|we) (?:need|have|must ask|'ll need) (?:you )?to (?:confirm|verify|give me|provide) (?:your|the) (?:home |full |mailing |postal |email )?(?:address|date of birth|birth date|dob|postcode|zip code|social security|account number|card number|policy number|full name)|(?:we're|we are) (?:a|an|the) (?:national|government|government-backed|government-funded|federal|state|official|regional) (?:energy )?(?:initiative|scheme|program|programme|agency|body|authority)|(?:supply|give|offer|provide) you (?:with )?a (?:free )?(?:government |state |federal )?grant|(?:this is|it's|it is|we're|we are) (?:the|your) (?:[\\p{L}-]+ )?(?:service|billing|accounts?|maintenance|warranty|support|records|compliance|customer care|customer service|servicing) (?:department|team|office|desk|division|center|centre)|(?:need|needs|have|got) to (?:schedule|book|arrange|set up) (?:a|an|your) (?:routine|annual|mandatory|required|scheduled|periodic|yearly|overdue|free) (?:check|check-up|checkup|inspection|service|servicing|maintenance|visit|test|safety check)" +
      // A problem of theirs the caller cannot know ("we understand you are currently experiencing
      // difficulties with your PC"), a request of theirs on the caller's notes ("I've got a note
      // here that says your office requested pricing"), an official-sounding notice, the caller as
      // their provider's team, and research for "another client" that turned up their site.
      "|(?:we|i) understand (?:that )?you(?:'re| are) (?:currently )?(?:experiencing|having) (?:some )?(?:difficulties|difficulty|problems|issues|trouble) with your|(?:a|the|my) note (?:here )?(?:that )?(?:says|saying) (?:that )?(?:you|your [\\p{L}-]+) (?:requested|asked|called|wanted|were interested|inquired|enquired)|(?:a |an )?(?:time-sensitive|time sensitive|final) (?:notice|message) (?:regarding|about|concerning|for) your|(?:from|with) your (?:[\\p{L}-]+ )?(?:provider|carrier|bank|supplier|utility)'s (?:[\\p{L}-]+ )?(?:team|department|desk|office)|(?:we're|we are|i'm|i am) (?:simply |just |only )?(?:updating|verifying) (?:our |your |the )?(?:service|account|customer|billing) (?:records|files|details)|(?:doing|did|was doing) (?:some )?research for (?:another|a|one of our) client,? when i (?:came across|found|noticed|stumbled)" +
      // The caller as the prospect's own provider ("your IT provider's helpdesk", "from your merchant
      // services"), a nomination, an urgent notice, a listing about to be deactivated,
      // the domain-registration scam ("…as their internet keyword"), results they never ordered.
      "|(?<=(?:from|with|at|,) )your (?:[\\p{L}-]+ ){0,2}?(?:provider|supplier|carrier|bank|processor|vendor)'s (?:[\\p{L}-]+ )?(?:team|department|desk|office|helpdesk|help desk|support)|(?:from|with) your (?:merchant services|payment processor|card processor|phone company|telephone company|utility company|energy supplier|internet provider)(?![\\p{L}])|(?:from|with) the (?:[\\p{L}-]+ ){1,3}for your (?:[\\p{L}-]+ )?(?:supplier|provider|vendor|manufacturer)(?![\\p{L}])|you(?:'ve| have) been (?:nominated|shortlisted)(?![\\p{L}])|(?:has|have) (?:selected|chosen|nominated|shortlisted) you (?:to (?:speak|present|be featured|join)|for (?:our|the|a|an))(?![\\p{L}])|(?:an )?urgent (?:[\\p{L}-]+ )?(?:notice|alert|warning)(?: (?:for|regarding|about|concerning))?(?![\\p{L}])|scheduled for (?:deactivation|suspension|removal|cancellation|termination|deletion)|(?:as|for) (?:an? |their |the )?internet (?:brand|keyword)s?|your (?:[\\p{L}-]+ ){0,3}?(?:results|report|quote|assessment|audit) (?:is|are) (?:ready|waiting|available)(?![\\p{L}])" +
      // Posing as the platform ("your local Google specialist"), as a job seeker or a customer,
      // and consent the prospect never gave ("you are receiving this email as you have shown
      // interest").
      "|your (?:local )?(?:google|yelp|facebook|microsoft|apple) (?:specialist|representative|rep|agent|team|expert)(?![\\p{L}])|(?:i'm|i am) (?:a |an )?(?:job seeker|job-seeker|customer of yours|client of yours)(?![\\p{L}])|you(?:'re| are) receiving this (?:email|message) (?:as|because) you(?:'ve| have)? ?(?:shown|expressed|signed up|opted in|subscribed)",
    ...PRETEXT_EXPLAINED,
    examples: [
      'We’re conducting a paid study of clinic managers on patient scheduling.',
      'This is Dana, your local Google specialist. There is a problem with your listings.',
      'Hi, I’m a job seeker and wanted to ask how many people you’re hiring this quarter.',
      'You are receiving this email as you have shown interest in data services.',
      'Hi Arjun, our advisory board has selected you to speak on the Digital Lending panel. Speaker packages start at $4,500.',
      'Hey, it’s Mike from IT, your IT provider’s helpdesk. We’re seeing errors on your printers.',
      'Hi, this is Sarah from your merchant services. Your terminal needs to be reprogrammed.',
      'Hi, this is Marco calling from the distribution warehouse for your ink supplier.',
      'Congratulations, Mr. Hale: your dealership has been selected for our Regional Excellence feature.',
      'Dear Ms. Grant, you’ve been nominated for our Top Women in Logistics list.',
      'Hi, this is an urgent security notice for the owner of Ridgeway Accounting.',
      'Your business listing is scheduled for deactivation due to incomplete verification.',
      'We received an application from Hanxing company requesting safenames as their internet keyword.',
      'Hi Frank, your energy audit results are ready. Call me to go through them.',
      'Good morning, I am calling from Brightwave Computer Services. We understand that you are currently experiencing difficulties with your PC.',
      'Hi, I’ve got a note here that says your office requested pricing on copier leases?',
      'This is a time-sensitive notice regarding your company’s eligibility for the employee retention credit.',
      'Hi, this is Chris from your telecom provider’s business team.',
      'Hi, this is Chris. We’re updating service records for accounts in your area.',
      'My name is Bob and I was doing research for another client when I came across your site.',
      'This is a courtesy service call for your Canon copier — we need the model number and meter reading.',
      'Hey, calling from the distribution center — we’ve got a pallet of toner left at last year’s pricing.',
      'Dear Business Owner, your Google Business Profile has not been verified and may be removed from search results within 48 hours.',
      'Call our verification center at 1-888-555-0120 to keep your listing active.',
      'Hi Ms. Rivera, my name is Alan Cho. We’re compiling a short industry study on sanitation practices, and your plant was selected.',
      'My name is Gary, from Frazier Consulting. Would you be willing to answer a couple of survey questions?',
      'I’m pleased to inform you that your residential zone has been selected for our new promotion.',
      'We’re doing a short survey of local manufacturers about energy costs.',
      'I’m calling with a quick, three-question survey about your heating.',
      'This is Kyle calling from your phone service support team.',
      'I’m calling from your electricity provider about your plan.',
      'I’m calling to verify your account details.',
      'Tom here with the state licensing office, we need to confirm a few details about your permit.',
      'Please reply so your listing stays active on the map.',
      'We’re just calling to update our records, so we need to confirm your copier’s model number.',
      'We are a national initiative, we can supply you with a grant to pay for home improvements.',
      'I’m calling from the billing department about your account.',
      'This is a courtesy call about your account.',
      'We have pre approved you for a line of credit to help you rebuild your credit.',
      'This call is regarding your business listing on Google.',
      'We’re conducting research on freight costs in Ohio.',
      'I’m calling to confirm your eligibility for the rebate.',
      'Sir, I am happy to inform you that we have identified you as one of our Preferred Customers.',
      'Do not hang up the phone! We have an urgent message from Google about your listing.',
      'We’re surveying fleet managers about fuel card fees. First one: who pays for fuel?',
      'Glad to hear that you’re on the market for packing tin boxes.',
      'Hello, I’m calling on behalf of your local utility to check your eligibility for a rebate program.',
      'Hi, this is Carl from the warranty department regarding your vehicle’s extended warranty.',
      'Hello, it’s the maintenance department, about the boiler at your property.',
      'We need to schedule your annual safety check on the sprinkler heads.',
      'To proceed with the call, I need you to confirm your address.',
      'We’re compiling a brief regional questionnaire on water bills.',
      'I’m updating the county’s contractor directory and need a few details.',
      'Hi, this is Mia with the Tampa Trades Survey; we’re putting together a short report on after-hours calls.',
      'We’re writing up how plumbers handle night calls, and your answers would really help.',
      'I’m researching how [type of companies] are handling [specific challenge] in 2026.',
      'I’m building a tool for warehouse managers, and I’d love to get your perspective on a problem I’m trying to solve.',
      'Hi, this is the regional freight survey team. First one: how many loads a week do you move?',
      'We’re asking plant managers three quick questions about carrier performance.',
      'Hello, I’m conducting a short industry questionnaire on how manufacturers handle their compressed-air costs.',
      'I’m calling on behalf of your energy supplier about the upcoming lighting upgrade in your building.',
      'Hi Helen, it’s Trevor from the IT team, just checking in on your office setup.',
      'We’re doing some routine checks for businesses on your street this week.',
      'This is Anand calling from the head office regarding your policy file. We are simply updating records for all customers in your area.',
      'Hello. I am from the lifestyle research laboratory. Would you be willing to take a survey about your lifestyle?',
      'Hi Mr. Dunn, this is Amy. This is a courtesy service call about your business owner’s policy.',
    ],
    valid: [
      'Software firms your size leave $40,000 unclaimed. I’d like 20 minutes Thursday at 11 to check your eligibility.',
      'I’m a student at Pomona College exploring careers in urban planning.',
      'Your certification audit is in October, and auditors now ask for three new records.',
      'Your provider’s team raised rates 12% in May, and peers on your street switched.',
      'Your Reno site is not verified for the new hazmat rule yet; three peers were fined in May.',
      'Your plant was selected as a finalist in the state safety awards, per the April list.',
      'I need to see a few of your invoices before I can show you the gap.',
      'We surveyed 140 manufacturers about energy costs.',
      'I’m calling about a survey of 140 plants we ran in May: energy costs rose 9%.',
      'Your support team logged 300 tickets last month.',
      'Can you confirm Thursday at 10 works for your plant manager?',
      'Most claims stall because the insurer needs the policy holder to confirm the address twice.',
      'We conducted research on 140 freight buyers in Ohio.',
      'We researched how 40 plants are handling the new anchor rule: 1 in 3 missed it.',
      'I’d value your opinion on the three lanes Thursday at 10.',
      'Your billing department spent 30 hours on disputes last month.',
      'Plants that skip the annual inspection pay twice as much in repairs.',
      'Our service team at Arden Boilers found the same fault in 40 buildings.',
      'The questionnaire your staff filled in last year showed the gap.',
      'I’m Mia Cole from Harbor Freight Audit; the findings from the 2025 survey results are below.',
      'From the aerial survey, three of your roofs pond water after rain.',
      'We asked 40 plant managers three questions about carriers, and 31 gave the same answer.',
      'This is Dana Lee from the Arden Freight research team; our lane study found your rate 9% high.',
      'We ran a 2025 industry survey of 140 plants, and the survey results surprised us.',
      'Plant managers who answered our survey of 140 plants in May cut energy costs 9%.',
      'Your roof warranty ends in September, and that membrane usually needs a survey first. Can I do the survey on the 3rd at 8?',
      'Your processor waives the fee if you fill out a one-page questionnaire.',
      'This is Priya from the IT team at Arden Managed Services.',
      'Your clerks spend six hours a week updating records by hand.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.department_calling',
    category: 'deception',
    severity: 'block',
    // A department, a system or a programme calling with no person behind it: "this is the
    // merchant services department calling about your card terminal", "calling with the Chamber's
    // small-business support programme". Apart from deception.pretext_claim so that its words
    // ("it's", "this", "calling") do not send every sentence through that rule's long list.
    pattern:
      "(?:this is|it's|it is) the (?:[\\p{L}-]+ ){1,3}?(?:department|system|desk|division|unit|helpline|support line) calling(?![\\p{L}])|(?:calling|ringing) (?:with|from|on behalf of) the (?:[\\p{L}-]+(?:'s)? ){1,3}?(?:programme|program|initiative|scheme)(?![\\p{L}])|(?:this is|it's|it is) [\\p{L}-]+ (?:from|in|with) (?:accounts|accounts payable|accounts receivable|billing|invoicing|payroll|collections)(?= ?(?:[.,!?…:;—–-]|$))",
    ...PRETEXT_EXPLAINED,
    examples: [
      'Hi Carmen, this is Sarah from accounts — quick question on your last invoice.',
      'Good afternoon, this is the merchant services department calling about your card terminal.',
      'This is the verification system calling with an urgent message.',
      'I’m calling with the Chamber’s small-business support programme, we’re checking that businesses have the new receipts.',
    ],
    valid: [
      'Hi Carmen, this is Sarah from accounts at Arden Freight, with the May fuel table for your lanes.',
      'This is Dana Lee, director of the county’s small-business grant programme, with the new deadline for your application.',
      'Our verification system flagged two invoices of yours last week.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.pretext_claim',
    category: 'deception',
    severity: 'block',
    // Apart from deception.pretext so that its long list is not tried after every "from", "with"
    // and "I'm" (the bench opener's check ran 1.6× slower with these in it).
    // A department that says it holds the prospect's account ("with the billing review team for
    // your electricity account", "from the underwriting department regarding your property
    // file"); a principal kept hidden ("on behalf of a firm that helps…", "representing a proxy
    // service brand"); a survey the caller says they are with ("I'm with the Regional Dental
    // Practice Survey", "gathering some quick information from local offices"); calling as if
    // from the utility ("we're contacting utility customers"); an order the prospect never gave
    // ("I've got you down for a box of…").
    pattern:
      "(?:from|with) the (?:[\\p{L}-]+ ){1,3}(?:department|team|office|desk|division|unit|center|centre) (?:calling |writing |ringing )?(?:regarding|about|concerning|for|on) your (?:[\\p{L}-]+ ){0,3}(?:account|file|policy|bill|statement|loan|contract|renewal|meter|terminal|coverage)(?![\\p{L}])|(?:on behalf of|representing) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:firm|company|business|brand|organi[sz]ation|agency|vendor|provider)(?![\\p{L}])|(?:i'm|i am|we're|we are) (?:with|from|calling (?:from|for)) the (?:[\\p{L}-]+ ){1,4}(?:survey|poll|census)(?![\\p{L}])|(?:we're|we are|i'm|i am) (?:gathering|collecting) (?:some )?(?:quick |brief |basic )?(?:information|info|data|details) (?:from|on|about) (?:local|area|all|several|businesses|companies|offices|practices|plants|firms)|(?:we're|we are) (?:contacting|calling|reaching out to) (?:all |local |area )?(?:utility|energy|electric|electricity|gas|water|phone|broadband) (?:customers|users|account holders)|(?:i've|i have|we've|we have) got you (?:down|booked|pencil(?:l)?ed in) for (?:a|an|another|your|the)(?![\\p{L}])|(?:i'm|i am|we're|we are) (?:with|from) (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:firm|company|business|agency|organi[sz]ation|outfit) (?:that|which|who)(?![\\p{L}])|(?:we've|we have|i've|i have) been (?:informed|notified|advised) (?:that )?(?:you|someone|somebody|your)(?![\\p{L}])|(?:this is|it's|it is) (?:just |only |simply )?(?:a )?(?:quick |friendly )?courtesy (?:service |review )?call(?= ?(?:[.!?,;…]|$|and |to ))" +
      // A file or an approval the prospect never asked for ("we received your file from a broker",
      // "we actually have an approval for your business"), a review said to cover every account
      // nearby ("we're doing a rate review for accounts in your area"), a firm left unnamed ("I'm
      // with a firm that works with…") and news of them from nowhere ("we've been informed that
      // someone in your household…").
      "|(?:we|i)(?:'ve| have)? (?:received|got|were sent|was sent) your (?:file|application|information|details|paperwork|info) from (?:a|an|your|one of)(?![\\p{L}])|(?:we|i) (?:actually |already )?(?:have|got|'ve got) (?:an? )?(?:approval|pre-?approval) (?:ready |waiting |on file )?for your (?:business|company|loan|account|application)|(?:doing|conducting|running|carrying out) (?:a |an )?(?:[\\p{L}-]+ )?(?:review|audit|check) (?:of|for|on) (?:all |the )?(?:accounts|customers|businesses|homes|properties|merchants|members) in your (?:area|neighbou?rhood|street|region|town|city|zip code|postcode)",
    // The caller placed at "a firm that works with companies in your area" instead of a company
    // by name hides the principal only where no name and company are given anywhere.
    standsWithParts: (match, a) =>
      !/^(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:with|from)\s+an?\s/iu.test(
        a.scan.slice(match.start, match.end),
      ) || !a.components.identity.present,
    ...PRETEXT_EXPLAINED,
    examples: [
      'Hello, this is Derek from the merchant services department calling about your card processing account.',
      'This is a courtesy call and it is the last call we will make before we close your file.',
      'Hi there, this is Ellen with the billing review team for your electricity account.',
      'Good morning, I’m calling on behalf of a firm that helps manufacturers reduce their energy bills.',
      'Hello, I’m representing a proxy service brand and would like to ask if you are open to collaboration.',
      'My name is Heather and I’m with the Regional Dental Practice Survey.',
      'We’re gathering some quick information from local offices.',
      'Good morning, sir. We’re contacting utility customers.',
      'Yup, I’ve got you down for a box of our 6 year guaranteed bulbs.',
      'I’m Gareth from Pemberton Home Solutions Ltd. This is just a courtesy call.',
      'Hey, I’m giving you a call. It looks like we received your file from a broker in New York in regards to funding for your business.',
      'It looks like we actually have an approval for your business.',
      'Hi, this is Eric, calling about your merchant processing rates. We’re doing a rate review for accounts in your area.',
      'Hi, is this the person who handles payroll? … Great. I’m with a firm that works with a lot of companies in your area.',
      'Hi, my name is Dean. I work for a solicitors and we’ve been informed that someone in your household has been involved in a minor car accident.',
    ],
    valid: [
      'I’m Dana from the claims team at Arden Mutual; plants your size file for your policy’s roof cover late.',
      'I’m calling on behalf of Arden Freight, a firm that audits freight bills.',
      'We surveyed 140 practices with the regional survey team last spring.',
      'We did a rate review for 40 accounts like yours in Ohio: nine overpaid.',
      'Once we have your approval for the pilot, the audit starts Monday.',
      'Hi Sam, Dana Lee, Arden Freight. I’m with a firm that audits freight bills, and your Reno lanes run 11% over peers.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.feigned_confusion',
    category: 'deception',
    severity: 'block',
    // The "confused caller" tactic: a stumbling plea for help ("could you possibly, um… help me
    // out for a moment?"), the caller made small ("it's just, uh… Jeremy"), and a show of not
    // knowing whom to ask, so that the prospect lowers their guard before hearing it is a sale.
    pattern:
      "(?:could|can|would) you (?:possibly|maybe|perhaps),?(?: (?:um|uh|er)[.…,]*)* help me out|help me out for (?:a|just a) (?:moment|second|sec|minute|bit)|it's just(?=,?(?: (?:um|uh|er)[.…,]*)* \\p{L})|(?:who|whom) (?:should|would) i (?:be )?(?:talking|speaking) (?:to|with) about (?:that|this)(?= ?\\?)|(?:i think )?i (?:might|may|must) have (?:got |dialled |dialed |called |reached )?the wrong (?:department|person|extension|desk|office)" +
      // The caller unsure of the number they dialled on purpose: "I'm not sure I have the right
      // person", "I think they gave me the wrong extension", "I think I was given the wrong name".
      "|(?:i'm|i am) not (?:sure|certain) (?:if |whether )?i(?:'ve| have)(?: got)? the right (?:person|number|extension|department|office|desk|name)|(?:i'm|i am) not (?:totally |entirely |quite |really |exactly )?sure who (?:i'm|i am) (?:supposed|meant) to (?:talk|speak) (?:to|with)|i (?:was|got) given your (?:number|name|details|contact|extension) by (?:someone|somebody)(?![\\p{L}])|(?:they|someone|somebody|reception|the (?:front desk|operator|switchboard|receptionist)) (?:gave|put) me (?:through to )?the wrong (?:extension|name|number|person|department|line)|i (?:was|got|have been|'ve been) (?:given|put through to|transferred to) the wrong (?:extension|name|number|person|department|line)" +
      // "I think I might have the wrong notes here — was it you who asked about LED retrofits?",
      // and the referral the prospect did not know, waved away: "Must be a mix-up on my end."
      '|(?:i )?(?:might|may|must) have (?:got )?the wrong (?:notes|note|file|list|lead)|(?:was it|is it) you (?:who|that) (?:asked|called|requested|inquired|enquired|reached out|filled out|wanted)(?![\\p{L}])|must (?:be|have been) a mix-?up' +
      // "I'm looking for Carla; I was told you handle the facilities contracts?"
      "|i was told (?:that )?you(?:'re| are)? (?:handle|the (?:person|one)|in charge)(?![\\p{L}])",
    // "It's just" before a name, not before "a note" or "a Google Doc".
    accept: (match, analysis) =>
      !/^it.s just/iu.test(analysis.scan.slice(match.start, match.end)) ||
      /^\p{Lu}/u.test(
        textAfter(analysis, match, 24)
          .replace(/(?<![\p{L}])(?:um|uh|er)(?![\p{L}])|[,.…]/gu, '')
          .trimStart(),
      ),
    message: 'Plays confused to lower the prospect’s guard.',
    why: 'Feigned confusion is a tactic the prospect recognises as soon as the pitch arrives; then the pretence, not the offer, is what they remember.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, I’m looking for Carla; I was told you handle the facilities contracts?',
      'Oh, sorry, I think I might have the wrong notes here — was it you who asked about LED retrofits?',
      'Mike Delaney said you’d want to hear from me. … Oh, you don’t know a Mike? Must be a mix-up on my end.',
      'Hi, um, I was told to ask for the person who handles your telecom? I’m not sure I have the right name here.',
      'Hi, um, sorry — is this Maria? I think I was given your number by someone in your office, I’m not totally sure who.',
      'Oh hey Wanda, it’s just, uh... Jeremy Miner. I was wondering if you could possibly, um... help me out for a moment?',
      'Oh hey Sarah, it’s just Michael with ABC Accounting.',
      'I’m not sure who I should be talking to. Who should I be talking to about that?',
      'Oh, sorry, I think I might have the wrong department… maybe you can help me though — who looks after your copier contracts there?',
      'Hi, uh, I’m not sure I have the right person — are you the one who handles the break room coffee?',
      'Is this the person who handles the phones? … Oh, sorry, I think they gave me the wrong extension. Who would I talk to about your copier lease?',
      'I’m sorry, I think I was given the wrong name… who would that be, actually?',
      'Hi Janet, this is Carl from Allied Tech. I’m not totally sure who I’m supposed to talk to.',
    ],
    valid: [
      'Was it your team that cut detention by 12%? Three of your peers did.',
      'It’s just a note to say the audit is ready.',
      'The new rule can help me out of nothing; it helps your drivers.',
      'Is Dana the right person for freight invoices, or should I ask your controller?',
      'Half the invoices we audited went to the wrong department first.',
      'I’m not sure you have the right carrier for the Reno lanes: three peers switched in May.',
      'Your drivers were given the wrong dock numbers twice last week.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.loaded_question',
    category: 'deception',
    severity: 'block',
    // A question that puts a refusal of something plainly good in the prospect's mouth ("so you're
    // not interested in saving money?"): whatever the wording, its intent is to corner, not to ask.
    // Only as a question: "you don't want to cut your safety stock before peak" is advice.
    accept: (match, analysis) => sentenceAround(analysis, match).trimEnd().endsWith('?'),
    pattern:
      "(?:you(?:'re| are) not interested in|are you saying (?:that )?you(?:'re| are)? (?:not interested in|don't want to|do not want to)|you (?:don't|do not|wouldn't|would not) (?:want|like) to|who (?:doesn't|does not|wouldn't|would not) (?:want|like) to) (?:save|saving|make|making|earn|earning|cut|cutting|lower|lowering|reduce|reducing|keep|keeping) (?:money|more|some money|your|costs?|time|a lot)",
    message: 'Corners the prospect with a loaded question.',
    why: 'A question that assumes the prospect refuses something plainly good ("so you don’t want to save money?") is a trick to make them argue their way into the pitch; they hear it as one, and the trust is gone.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Drop the trap; give the one finding that shows what they stand to save, and ask for a meeting on a named day.',
    examples: [
      'So you’re not interested in saving money on your phone bill?',
      'Are you saying you don’t want to cut your heating costs?',
      'Who wouldn’t want to keep more of their margin? Let me explain.',
    ],
    valid: [
      'Most owners we studied don’t want to cut staff to save money.',
      'If you’re not interested in the lanes report, I’ll leave it there.',
      'You don’t want to cut your safety stock before peak season.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.chasing',
    category: 'deception',
    severity: 'block',
    pattern:
      "following on from (?:my|our) (?:last |previous |earlier )?(?:voicemail|email|note|message|call|letter)|(?:since|as|because|but) (?:i |we )?(?:didn't|did not|haven't|have not|never) hear(?:d)? back|(?:i|we) left you (?:a |another |several )?(?:message|voicemail|messages|voicemails)|(?:reaching out|writing|calling|trying you) (?:to you )?again(?= ?(?:[.!?,;]|$|since|as|because|to see))|(?:trying|tried) to (?:reach|get hold of|catch|get) you again|(?:trying|tried) to (?:reach|contact|get hold of|get in touch with|catch|get through to) you for (?:weeks|months|ages|days|a while|some time)|(?:on|about|to) my (?:last|previous|earlier) (?:note|email|message|voicemail|letter)|(?:i|we) (?:still )?(?:haven't|have not|didn't|did not|never) (?:received|heard|gotten|got|had) (?:a |any |your )?(?:reply|response|answer|word|back from you)|bump(?:ing)? (?:this|my (?:last |previous )?(?:email|note|message)) (?:up|to the top)|(?:my|our) (?:final|last) (?:attempt|try|effort) (?:to (?:reach|contact|get hold of|connect with)|at reaching) you",
    relaxedBy: 'priorContact',
    // Chasing one's own unanswered email: honest or not only a plan can say (onlyOwnOutreach).
    accept: (match, analysis) => !onlyOwnOutreach(match, analysis),
    message: 'Chases an earlier attempt the prospect never saw.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Dr. Feldman, this is my final attempt to reach you regarding your account.',
      'Just trying to reach you again.',
      'Just circling back on my last note!',
      'Since I haven’t received a reply, I assume you are busy.',
      'Following on from my voicemail, the rates are below.',
      'I’m reaching out again since I didn’t hear back.',
      'I left you a message last week but didn’t hear back.',
      'We’ve been trying to contact you for weeks but you won’t do us the courtesy of replying.',
    ],
    valid: [
      'We tried to reach the same conclusion with less data.',
      'Most shippers never got a reply from their carrier about the surcharge.',
      'Carriers that never heard back from shippers raised rates again.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.posing_as_user',
    category: 'deception',
    severity: 'block',
    // The maker of a product writing as someone who stumbled on it ("I just discovered something
    // that eliminates…", "here's what changed my hiring game"): the sale is hidden behind a
    // fellow user's tip. A finding of ours ("we found that 1 in 3 plants…") is not matched: what
    // was found must be a thing that does something.
    pattern:
      "(?:i|we) (?:just |recently |finally )?(?:discovered|stumbled (?:up)?on|came across|found) (?:something|this (?:little |new |amazing |cool |neat )?(?:tool|app|trick|hack|platform|product|software|service)|an? (?:little |new |amazing |incredible |cool |neat )?(?:tool|app|trick|hack|platform|product|software|service)) (?:that|which) (?:eliminates|automates|saves|cuts|replaces|removes|does|handles|makes|will|can|could|lets|gets)|(?:here's|here is|this is) what (?:changed|transformed|fixed|saved) my (?:[\\p{L}-]+ )?(?:game|life|business|workflow|process)",
    message: 'Poses as a fellow user who discovered the product.',
    why: 'A seller writing as someone who just stumbled on a tool hides who is writing and why; the prospect finds the sender’s name on the product page, and nothing after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion:
      'Say it is yours: who you are, what your product changed for a customer like them, and the one step you propose.',
    examples: [
      'Quick question: how many resumes do you screen? I just discovered something that eliminates that entire process.',
      'Tired of manual screening? Here’s what changed my hiring game: an AI tool that reads resumes.',
    ],
    valid: [
      'We found that 1 in 3 plants missed the new anchor rule.',
      'I came across your post about the Reno site.',
      'We discovered something in your freight invoices: the fuel table is two years old.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.impersonation',
    category: 'deception',
    severity: 'block',
    pattern:
      "(?:the|your) (?:[\\p{L}-]+ ){0,2}?(?:underwriter|adjuster|caseworker|case worker|auditor|inspector|examiner|representative|agent|specialist|advisor|officer|analyst|team|department|desk|unit|person|rep) (?:(?:assigned to|handling|in charge of|responsible for|reviewing|on) your (?:[\\p{L}-]+(?:'s)? ){0,3}?(?:file|account|case|policy|claim|application|loan|mortgage|renewal)|assigned to (?:help|assist|support) you)|(?:this is|it's|it is) your (?:[\\p{L}-]+ ){1,3}?calling|(?:calling|writing|i'm|i am|this is [\\p{L}-]+|it's [\\p{L}-]+) (?:from|with) your (?:bank|insurer|lender|provider|carrier|utility|landlord|accountant|broker)'s (?:[\\p{L}-]+ ){0,2}(?:desk|department|team|office|division|unit|program|programme)|(?:we've|we have|i've|i have|we were|i was|we're|we are|i'm|i am) (?:been )?(?:mandated|required|instructed|authori[sz]ed|charged|tasked|assigned) (?:by your [\\p{L}-]+ )?(?:to|with) (?:call|contact|verify|review|check|reach|confirm|audit|inform|notify|inspect)[\\p{L}]*|your (?:bank|provider|carrier|insurer|processor|supplier|utility|landlord|lender) (?:has )?(?:mandated|required|instructed|asked us|authori[sz]ed|sent us)|(?:we|i)(?:'ve| have)? (?:received|been receiving|got|gotten|detected) (?:many |several |some |a few |multiple |numerous |a number of )?(?:notifications|alerts|warnings|error reports|error messages|reports|signals) (?:that|from|about|saying) your (?:[\\p{L}-]+ )?(?:computers?|systems?|devices?|pcs?|network|servers?|machines?|accounts?)|(?:it's|it has|it is) come to (?:our|my) attention (?:that )?(?:at least )?(?:one of )?your (?:[\\p{L}-]+ )?(?:computers?|systems?|devices?|pcs?|network|servers?|machines?|accounts?|website|site|listing|domain)",
    message: 'Poses as someone the prospect already deals with, or as acting on their behalf.',
    why: 'Posing as the prospect’s own provider, assigned officer or a mandated caller borrows trust that was never given; it is found out within a minute, and nothing said after it is believed.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi, this is Jason Reed, the underwriter assigned to your company’s group health file.',
      'Hi Tom, this is Brenda with your utility’s business energy program.',
      'Hello, I’m the claims examiner assigned to your policy, I need a moment to go over it.',
      'Hi Mr. Delgado, I’m the account specialist assigned to your business file.',
      'Hi, this is your phone service calling about your plan.',
      'We’ve been authorized by your bank to review your card fees.',
      'I’m with the underwriting team reviewing your file.',
      'We are required to inform you that your listing will no longer show.',
      'Please call to speak to the tech support person assigned to help you personally.',
      'Hello Sharma ji, this is Rohit calling from your bank’s loan processing desk.',
      'Hi, I am calling about your Windows computers, we have received many notifications that your Windows computers are experiencing issues.',
      'Hi, this is Mike Adeyemi, the underwriter assigned to your restaurant’s file.',
      'Good afternoon, this is the underwriter assigned to your commercial property file.',
      'It’s come to our attention that at least one of your computers has a serious virus.',
      'We’re required to inspect every roof on the street after Tuesday’s hail.',
    ],
    valid: [
      'Your bank has raised card fees twice this year.',
      'Auditors assigned to mid-size plants flagged the same gap in 2024.',
      'Your team on the night shift logged most of the scrap.',
      'This is Dana Cole, calling from Harbor Freight Audit.',
      'We received reports from 40 plants that their compressors failed in the heat.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.fake_friendship',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    pattern:
      "(?:your|our) (?:valued |dear |long )?friendship|(?:you are|you're) (?:considered |like |truly )?(?:a|my|one of my) (?:dear |good |close |true |valued )?friends?|(?:grateful|thankful|blessed|lucky) (?:i am |i'm )?to have you in my life|thank you for (?:the|your) (?:loyalty|friendship|years of)|(?:many |much )?thanks? (?:you )?for your (?:continued |continuous |continuously |kind |great )?supports? (?:in|over|during|for|through) the (?:last|past)|loyalty you(?:'ve| have) shown|(?:our|my) (?:very )?(?:best|closest|dearest|most loyal) (?:friends|clients|customers)|welcome you (?:to|into) (?:our|the) (?:[\\p{L}-]+ )?(?:family|community|club)",
    message: 'Claims a friendship or loyalty the prospect never gave.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Dear my friend, how are you? Many thanks for your supports in the last few years.',
      'I wanted you to know how grateful I am to have you in my life; you are considered a friend.',
      'Thank you for the loyalty you’ve shown to my company.',
      'Allow me to be the first person to welcome you to our family.',
    ],
    valid: [
      'Your best customers reorder every six weeks.',
      'Friendships across teams speed up handoffs, the study found.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.remember_me',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // "We met at that conference last spring, remember?": the prospect is prodded to recall a
    // meeting the opener itself doubts they would; a real one is named, not tested.
    pattern:
      '(?<=(?:^|[,—–-]) ?)(?:you )?remember(?: me)?(?= ?\\?)|(?:recogni[sz]e|know) (?:the|my|this) voice(?= ?\\?)',
    message: 'Asks the prospect to remember you.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi Anna! It’s Mike — we met at that conference last spring, remember?',
      'Hey Gary, how’s the weather there in Houston? … Recognize the voice?',
    ],
    valid: [
      'Do your drivers remember the new dock rule?',
      'Hi Anna, Mike Reid with Orbit CRM; we met at the Denver Retail Expo in March.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.denied_contact',
    category: 'deception',
    severity: 'block',
    relaxedBy: 'priorContact',
    // In a call written turn by turn, the prospect's next turn denies what the caller just claimed:
    // "… I didn't go to the expo this year", "… Dave Chen? I don't know a Dave Chen", "… What
    // proposal?", "… We didn't receive anything". The meeting, the referral or the parcel was
    // invented, and the transcript shows it. Only at the start of a later turn, where the other
    // party speaks.
    pattern:
      "(?:i|we) (?:didn't|did not|never) (?:go to|attend|ask for|request|sign up for|order|receive|get) (?:any|anything|the|that|it|your|those|them)(?![\\p{L}])|(?:i|we) (?:don't|do not) know (?:a|an|any|anyone|anybody)(?: (?:called|named))?(?= [\\p{L}])|(?:what|which) (?:proposal|email|letter|order|quote|samples?|invoice|message|meeting|call|application|file|account|referral|expo|show|conference)(?= ?\\?)|(?:i|we) (?:don't|do not) (?:remember|recall) (?:that|it|this|you|any|getting|receiving|speaking|talking|meeting)(?![\\p{L}])",
    // A later turn begins within a few words before the match ("… Sarah: Dave Chen? I don't…"),
    // and "I don't know a" is followed by a name.
    accept: (match, analysis) => {
      const before = textBefore(analysis, match, 80);
      const turn = Math.max(before.lastIndexOf('…'), before.lastIndexOf('...'));
      if (turn === -1 || before.length - turn > 40) return false;
      return (
        !/know/iu.test(analysis.scan.slice(match.start, match.end)) ||
        /^\s+\p{Lu}/u.test(textAfter(analysis, match, 4))
      );
    },
    message: 'The prospect denies the earlier contact you claimed.',
    why: WHY_FAKE_FAMILIARITY,
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Rep: Hi Malik, it’s Jess from Corelink following up on the email I sent over. … Prospect: Which email?',
      'Rep: It’s Jess from Corelink, about the note I sent last week. … Prospect: I don’t remember that.',
      'Rep: Hi Jordan, Ellie Marsh from Tandem Print — we met at the Packaging Expo in Chicago! … Jordan: I didn’t go to the expo this year.',
      'Rep: Hi Sarah, Mike Hollis with Pinnacle Benefits — Dave Chen said I should give you a call. … Sarah: Dave Chen? I don’t know a Dave Chen.',
      'This is Anton from Pacific Office Print, about the proposal we sent your team last month. … What proposal?',
    ],
    valid: [
      'Hi Sam, Dana Lee with Arden Freight. … Sam: Which lanes do you mean? … The Reno ones.',
      'We didn’t get any complaints about the Reno lanes until May.',
      'Hi Sam, Dana Lee with Arden Freight. … I don’t know a better time than Thursday at 10.',
      'Most plant managers don’t know anyone who re-bid their lanes.',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.routing_question',
    category: 'deception',
    severity: 'block',
    // "Quick question — who handles your waste hauling?", "Is this the person who handles the
    // phones?": the opener is a question about who is in charge of something, asked before the
    // caller has said why they call. It hides the purpose (a pitch follows once someone says
    // "that's me"), which the label rule counts as obfuscation.
    pattern:
      "(?:(?:a |one )?quick question(?: for you)?[,:;.]? (?:[\\p{L}]+[,:;.]? )?)?(?:who|whom)(?:'s| is)? (?:handles|looks after|is in charge of|in charge of|manages|deals with|takes care of|is responsible for|responsible for|oversees|makes decisions (?:on|about|for))(?![\\p{L}])|(?:is this|are you|am i speaking (?:with|to)|i'm trying to reach|i am trying to reach|i'm looking for|i am looking for) (?:the |a )?(?:person|one|someone|whoever|lady|gentleman|guy)(?: (?:who|that))? (?:handles|looks after|is in charge of|manages|deals with|takes care of|is responsible for|oversees|would know)(?![\\p{L}])|(?<=(?:is this|are you) (?:the |a )?(?:person|one) )(?:who'd|who would|that would) know(?![\\p{L}])|is this who (?:handles|deals with|looks after|manages)(?![\\p{L}])",
    accept: (match, analysis) => routingQuestionFirst(match, analysis),
    message: 'Opens by asking who is in charge of something, before saying why you are calling.',
    why: 'A question about who handles the phones or the waste contract, asked before the reason for the call, hides the purpose: the pitch comes once someone says "that’s me", and the prospect feels steered rather than told.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Quick question, Angela — who’s in charge of waste hauling for the plaza?',
      'Hi Rob, quick question, are you the person who’d know if your trucks are due for inspections?',
      'Hi there, quick question — who looks after the waste collection contract for your site?',
      'Subject: quick question\n\nHi Elaine,\n\nQuick question — who handles document shredding for your branches?\n\nThanks,\nCody Marsh\nSecureBin Shredding',
      'Hi, is this the person who handles the phones there? … Great. We’re running a promotion on business lines.',
    ],
    valid: [
      // the reason comes first, so the question routes an open call
      'Hi Grace, Ahmed Karimi with Peakline Fiber. I’m calling because the county is retiring copper lines on your street in May — who handles the phone bill there?',
      // asked of the gatekeeper who answered the main line
      'Hi, this is Grace at the front desk. … Hi Grace, Ahmed Karimi with Peakline Fiber — who handles the phone and internet bill there?',
      'The plants that kept overtime flat all changed one thing: who owns the schedule.',
      'Hi Dana, Priya Raman from Harbrook Freight. Carriers on your Ohio lanes raised detention 12% this quarter. Who handles carrier contracts there, you or your COO?',
    ],
  },
  {
    kind: 'phrase',
    id: 'deception.fellow_here',
    category: 'deception',
    severity: 'block',
    // "Hi Sam, fellow quality advocate here": the caller named as one of the prospect's own kind
    // instead of by name and company, which hides who is selling and borrows a peer's trust.
    pattern: '(?<=(?:^|[.!?…:,—–-]) ?)(?:a )?fellow (?:[\\p{L}-]+ ){1,3}?here(?![\\p{L}])',
    message: 'Introduces you as a fellow member of their trade instead of by name and company.',
    why: 'A seller who opens as "a fellow maintenance professional" hides who is calling and why; the prospect finds the company behind it at the first question, and the borrowed kinship turns into distrust.',
    evidence: EVIDENCE.methodTransparency,
    suggestion: HONEST_OPENING,
    suggestFor: honestOpening,
    examples: [
      'Hi {{first_name}}, fellow quality advocate here. We help manufacturers reduce scrap.',
      'Hi Sam - fellow maintenance professional here. Saw your post about downtime.',
    ],
    valid: [
      'Hi Sam, Dana Lee here, a fellow plant manager for ten years before I joined Arden.',
      'Your fellow members here in Ohio re-bid their lanes in May.',
    ],
  },
];
