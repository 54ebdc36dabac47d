import { EVIDENCE } from '../evidence';
import type { Analysis } from '../analysis';
import type { PhraseMatch, PhraseRule } from '../rule-types';
import { introAndReason } from './suggest';
import { CALENDAR_AFTER, textAfter, textBefore } from './helpers';
import { WEEKDAY } from '../patterns';

/**
 * Permission and time questions hand the prospect the exit before they have heard anything worth
 * staying for. They block in every mode: on a voicemail nobody can even answer them.
 */
const WHY_EXIT =
  'Asking for permission or for the prospect’s time hands them the exit before they have heard anything worth staying for; a One-Up rep trades an insight for the time instead of asking for it.';
const TRADE_INSTEAD =
  'Drop the question and earn the next thirty seconds: say who you are, why you are calling and what you have seen across companies like theirs.';
/** The same advice with the rep's own intro and the plan's insight filled in. */
const tradeInstead: PhraseRule['suggestFor'] = (_match, analysis) => {
  const opening = introAndReason(analysis);
  return opening ? `Drop the question and go straight to why you are calling: "${opening}"` : null;
};

const SMALL_AMOUNT =
  '(?:just |only |about |maybe )?(?:half a|a|one|two|three|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|a couple(?: of)?|a quick|a spare|a brief|a short|\\d+)(?:-(?:[\\p{L}]+|\\d+))? ?(?:quick |spare |short |brief |little )?';
const SMALL_UNIT = '(?:minutes?|mins?|moments?|secs?|seconds?|ticks?|jiffy)';

/**
 * Words that put a request later than now, anywhere in the rest of its sentence: "do you have 15
 * minutes for a quick call this week?" asks for a (vague) meeting, not for time right now.
 */
const LATER_IN_SENTENCE = new RegExp(
  String.raw`^[^.?!…]*?(?<![\p{L}])(?:this|next|later (?:this|in the)) (?:week|month|quarter)|^[^.?!…]*?(?<![\p{L}'’])(?:tomorrow|${WEEKDAY}|next (?:mon|tues|wednes|thurs|fri)|on the \d)`,
  'iu',
);
/**
 * "…or should I catch you tomorrow?": the later time offered as the way out of the time asked for
 * now, which keeps it a question about now.
 */
const LATER_AS_THE_WAY_OUT =
  /^[^.?!…]*?,?\s+or\s+(?:should|shall|can|could|would it be better if)\s+(?:i|we)\s+(?:(?:catch|call|try|ring|reach)\s+you|(?:grab|do|set|book|schedule|pick|make it|say)(?![\p{L}]))/iu;

/**
 * A day or time named earlier in the same sentence: "lunch on the 9th at 12:30 — are you free?"
 * asks about that time, not about now.
 */
const LATER_EARLIER_IN_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:tomorrow|${WEEKDAY}|(?:this|next) (?:week|month)|on the \d{1,2}(?:st|nd|rd|th)?|at \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?![\d:])|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?![\p{L}])`,
  'iu',
);
const askedAboutThen = (match: PhraseMatch, analysis: Analysis): boolean =>
  /^(?:are you |you )?(?:free|available)/iu.test(analysis.scan.slice(match.start, match.end)) &&
  LATER_EARLIER_IN_SENTENCE.test(
    textBefore(analysis, match, 160)
      .split(/[.?!…]/u)
      .pop() ?? '',
  );

/** "Do you have a few minutes next week?" is a (vague) meeting ask, not a question about now. */
const notACalendarAsk: PhraseRule['accept'] = (match, analysis) => {
  const after = textAfter(analysis, match, 80);
  if (LATER_AS_THE_WAY_OUT.test(after)) return true;
  return !CALENDAR_AFTER.test(textAfter(analysis, match)) && !LATER_IN_SENTENCE.test(after);
};

/**
 * "Could we have twenty minutes" is a meeting-sized request; time right now is asked for in
 * seconds or a few minutes. Ten minutes or more (in digits or words) is left to the ask rules.
 */
const MEETING_SIZED =
  /(?<![\p{L}\d])(?:[1-9]\d+|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)[\p{L}-]*\s?(?:minutes?|mins?)(?![\p{L}])/iu;
const notMeetingSized = (said: string): boolean => !MEETING_SIZED.test(said);

/** "…to reply", "…to answer": the seconds are for the reader's answer. */
const REPLY_AFTER = /^\s*(?:to|and) (?:reply|respond|answer|write back|hit reply|fill)/iu;

/**
 * Nothing more is said in this turn after the match: the text ends, or the prospect's turn ("…")
 * comes next. A statement there waits for their answer like a question.
 */
function endsTheTurn(a: Analysis, match: PhraseMatch): boolean {
  return /^\s*(?:[.?!]+\s*)?(?:$|…|\.\.\.)/u.test(a.scan.slice(match.end, a.bodyEnd));
}

export const PERMISSION_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'permission.good_time',
    category: 'permission',
    severity: 'block',
    pattern:
      '(?:is|would) (?:now|this|it|today|right now|this still|now still) (?:be )?(?:a |an )?(?:good|bad|convenient|ok|okay|decent|terrible|busy|awkward|inconvenient|appropriate|better|rough|workable|suitable|reasonable|fine|free|quiet|possible|alright|all right|safe) (?:time|moment|minute)(?: (?:to (?:talk|chat|speak|connect|call|reach out|write|email|ask|interrupt|go over|run (?:you )?through|walk (?:you )?through|go through|talk through|tell you|share|explain|cover|discuss|show you|have a (?:quick )?word)|for (?:you|a (?:quick )?(?:call|chat|minute|conversation))))?',
    // "Is it a good time to lock in rates?" asks about the market, not about this call.
    accept: (match, analysis) => {
      const said = analysis.scan.slice(match.start, match.end);
      if (/ (?:to|for) /iu.test(said)) return true;
      return /^\s*(?:[?.!,;:\-—–]|$|or |for you(?![\p{L}]))/iu.test(textAfter(analysis, match));
    },
    message: 'Asks whether this is a good time.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Hi Sam, is now a good time?',
      'Is this a bad time to talk?',
      'Is now a bad time to walk through the order timing, or should we grab Wednesday at 11?',
      'Is this a workable moment, or are you on the floor?',
      'Is now an okay time to go over a couple of questions first?',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.caught_you',
    category: 'permission',
    severity: 'block',
    pattern:
      "(?:did|have|do|am|did not|didn't) i (?:catch|caught|get|got|reach|reached|call|calling|catching|get a hold of|grab|grabbed|grabbing) you (?:at (?:a |an )?[\\p{L}-]+ (?:time|moment)|in the middle of (?:something|anything|your day|lunch|a meeting)|with your hands full|at a busy (?:time|moment)|mid-(?:shift|service|meeting)|(?:at )?(?:a )?bad time|at an? (?:ok|okay|good) time|okay|ok|at all)|(?:catching|caught|calling) you (?:at (?:a |an )?(?:bad|busy|inconvenient|awkward|terrible|rough) (?:time|moment)|in the middle of (?:something|anything|your day|lunch|a meeting))",
    // Said as a statement ("I'm probably catching you at a bad time"), it asks only when it ends
    // the turn and waits for the answer; with more said after it in the same turn it is an
    // apology, which the hedging rules report.
    accept: (match, analysis) =>
      /^(?:did|have|do|am)\b/iu.test(analysis.scan.slice(match.start, match.end)) ||
      endsTheTurn(analysis, match),
    message: 'Asks whether you caught the prospect at a bad time.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Have I grabbed you at a workable moment?',
      'Did I catch you at a bad time?',
      'Hi, did I catch you in the middle of something?',
      'Hi Claire, Tom from Phoenix Duct Clean. Have I caught you with your hands full?',
      'I may be catching you at a busy moment.',
      'I’m probably catching you at a bad time… ',
    ],
    valid: [
      'I am certain I’m catching you at a bad time, but I’d love 20 minutes next week on your training plan.',
      'Did I get you at a discount last spring? Your invoices say no.',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.have_a_minute',
    category: 'permission',
    severity: 'block',
    pattern: `(?:do|would|will|did|might) you (?:happen to )?have ${SMALL_AMOUNT}${SMALL_UNIT}(?: (?:to (?:talk|chat|speak)|for me|right now|now))?|(?:have you |you )?got ${SMALL_AMOUNT}${SMALL_UNIT}|(?:can|could) you (?:please )?spare (?:me )?${SMALL_AMOUNT}${SMALL_UNIT}|(?:do you have|have you got|do you got|you got) (?:some |any |the )?(?:time|a moment|a sec|a second) (?:to (?:talk|chat|speak)|right now|now)|if you (?:have|got|can spare|could spare) ${SMALL_AMOUNT}${SMALL_UNIT}(?: (?:to (?:talk|chat|speak|listen)|right now|now))?|(?:do you have|have you got|you got) (?:some |any |a little )?time(?= ?\\?)`,
    // "I won't ask if you have a minute" says the opposite of asking. In an email, "if you have 30
    // seconds to reply" times the reader's answer, whenever they read it, not a call right now.
    // Nor is an email's "would you have 15-30 minutes for a call?": read whenever the reader reads
    // it, a meeting-sized stretch asks for a call later.
    accept: (match, analysis) =>
      notACalendarAsk(match, analysis) &&
      !(analysis.mode === 'email' && REPLY_AFTER.test(textAfter(analysis, match))) &&
      !(
        analysis.mode === 'email' && !notMeetingSized(analysis.scan.slice(match.start, match.end))
      ) &&
      !/(?:won't|will not|not going to|never|don't|do not) (?:ask|bother asking)[^.?!]{0,20}$/iu.test(
        textBefore(analysis, match, 40),
      ),
    message: 'Asks whether the prospect has a minute.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'I’m wondering if you have 10-15 minutes to speak with me about your experience.',
      'I’ll keep this quick: do you have 60 seconds, or should I catch you better tomorrow?',
      'Do you have a minute?',
      'Got a sec?',
      'Can you spare two minutes?',
      'Hiya Tom, it’s Kelly at Brookside Catering Supplies — can you spare me two ticks?',
      'Do you have time to chat?',
      'We are a company that builds web systems. Do you have time?',
      'I can walk you through it, if you have just a moment.',
      'Dr. Hussain, Emily Grant, Northway Medical Billing — can you spare me a moment before your next patient?',
    ],
    valid: [
      'Do you have 15 minutes for a quick call this week?',
      'Do you have time on Thursday at 10?',
      'If you have 20 minutes next Tuesday, I will bring the lane data.',
      'I won’t ask whether you have a minute; here is why I called.',
      'Subject: dock slots\n\nHi Aiko, would you have 15-30 minutes for a call about your dock slots?\n\nKenji',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.may_i_have',
    category: 'permission',
    severity: 'block',
    // The request in either order and with a softener: "could I have", "if I could just take".
    // After "just" it starts at the verb, so that the "just" stays free for the hedging rule.
    // "Speak with you a moment" asks for the same minute in other words; "Worth 2 minutes?" on its
    // own is the same question with the verb left out.
    pattern: `(?:(?:(?:can|could|may|might) (?:i|we)|(?:hoping|hope|wondering if|wonder if|if) (?:i|we) (?:could|can|might|may)|(?<=wonder(?:ed|ing)? whether )(?:i|we) (?:could|can|might|may))(?: please| quickly| possibly)? |(?<=(?:could|can|might|may)(?: i| we)? just ))(?:have|get|borrow|steal|take|grab|ask for|(?:speak|talk|chat) (?:with|to) you (?:for )?) ?${SMALL_AMOUNT}${SMALL_UNIT}(?: of your (?:time|day))?|(?<=(?:^|[.!?…]) ?)(?:is it |would it be |is this )?worth ${SMALL_AMOUNT}${SMALL_UNIT}(?= ?\\?)`,
    accept: (match, analysis) => {
      // "Could I have 20 minutes on Thursday" is the meeting ask; a bare number of minutes is
      // only a permission question when it is small and about now.
      const said = analysis.scan.slice(match.start, match.end);
      // An email has no "now": "Worth 5 minutes?" at its end asks for a short call.
      if (analysis.mode === 'email' && /^\W*(?:is it |would it be |is this )?worth/iu.test(said))
        return false;
      return notMeetingSized(said) && notACalendarAsk(match, analysis);
    },
    message: 'Asks for a minute of the prospect’s time.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Could I get five minutes right now to go through it, or should we do Tuesday at 3?',
      'Can I have two minutes of your time?',
      'Could I steal a moment?',
      'I was hoping we could have twenty-three seconds of your time to tell you why we’re calling.',
      'If I could just borrow a couple of minutes, I’ll explain the new tariff.',
      'I wondered whether I could talk with you a minute about your lease.',
      'Arden Payroll here. Worth three minutes?',
    ],
    valid: [
      'Could we have twenty minutes on Thursday to go through your lanes?',
      'Could I get 20 minutes next Tuesday at 10?',
      'If we could just have twenty minutes on Friday, I’ll bring the lane report.',
      'Could I speak with you for 20 minutes on Thursday about your lanes?',
      'Worth 20 minutes next week?',
      'Subject: your ramp\nHi Sam,\nShippers your size overpay 9% on Ohio lanes.\nWorth 5 minutes?\nDana Lee, Arden Freight',
      'The audit is worth five minutes of any buyer’s day.',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.mind_if',
    category: 'permission',
    severity: 'block',
    pattern: `(?<![\\p{L}] )(?:ok|okay|alright|all right) if i (?:take|have|grab|steal|borrow|tell you why|explain why|run)|(?:do you |would you )?mind if i (?:take|have|grab|steal|borrow|get|tell you|explain|share why|give you|run|show you|ask you|walk you)|would it be (?:ok|okay|alright|all right) (?:if|to)|(?:is it|is that) (?:ok|okay|alright|all right) (?:if i|to) (?:take|have|grab|tell|explain|talk|ask|make|share|run|give|walk|go over|pitch)`,
    // An email has no "now": "Mind if I show you the numbers?" there offers the next step; only a
    // request for the time itself ("mind if I take 30 seconds") asks leave to go on.
    // "Mind if I take a quick look at the roof?" asks to do the work (an inspection), not for
    // time to talk.
    accept: (match, analysis) =>
      !/^ ?a (?:quick |closer |short |fast |free )?(?:look|peek|glance)(?![\p{L}])/iu.test(
        analysis.scan.slice(match.end, match.end + 30),
      ) &&
      (analysis.mode !== 'email' ||
        /(?<![\p{L}])(?:take|have|grab|steal|borrow|get)(?![\p{L}])/iu.test(
          analysis.scan.slice(match.start, match.end),
        )),
    message: 'Asks the prospect’s leave to keep talking.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Mind if I take 30 seconds to tell you why I called?',
      'Would it be okay if I told you why I’m calling?',
      'Okay if I grab a moment to explain?',
      'Mind if I show you what we did for them?',
      'Is it okay if I make the offer to you right now?',
    ],
    valid: [
      'It went okay if I remember the numbers right.',
      'Is it okay if I send the benchmark to your CFO as well?',
      'Your roof may have the same hail damage — mind if I take a quick look for free?',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.busy_now',
    category: 'permission',
    severity: 'block',
    pattern:
      "(?:are you |you )?free to (?:talk|chat|speak)(?= ?(?:now|right now|for a (?:sec|second|moment|minute|bit))? ?\\?)|(?:can|could) you (?:talk|chat|speak) (?:right )?now|(?:can|could) you (?:talk|chat|speak)(?= ?\\?)|(?:is|would) (?:now|right now) (?:be )?(?:okay|ok|alright|all right|good|fine|convenient)(?= ?(?:for you ?)?\\?)|free to (?:talk|chat|speak) (?:for a (?:sec|second|moment|minute)|(?:right )?now)|(?:can|could|may) i (?:borrow|steal|have|grab) you for (?:a |one |just a )?(?:sec|second|minute|moment)|(?:are you |you )(?:able|free|okay|ok|good|in a position|in a spot) to (?:talk|chat|speak)(?= ?(?:[?,—–-]|…|now|right now|for a|at the moment|at all))|(?:somewhere|a place|a spot|anywhere) (?:where )?you can (?:talk|chat|speak)(?= ?(?:[?,—–-]|…|now|right now|for a|at the moment|at all))|are you (?:busy|free|available|able to talk|in a good spot|driving)(?: (?:right )?now| at the moment)?(?= ?[?,])|is (?:it|this) (?:ok|okay|alright|all right) (?:to talk|if we talk)|if (?:this|now|it) (?:is|isn't|is not|'s|'s not)? ?(?:a )?(?:bad|not a good|inconvenient|busy|not a great|n't a good) time|(?:i can|happy to|i'll|i could) (?:call|try|ring) (?:you )?back (?:later|another time|at a better time)|are you in the thick of (?:something|anything|it)|is (?:this|now|it) (?:ok|okay|alright|all right|fine|a good time|good) for a (?:quick )?(?:moment|minute|sec|second)|(?:do you )?want the (?:thirty-second|30-second|sixty-second|60-second|one-minute|two-minute|quick|short|brief) version (?:now|right now)" +
      // "Is it possible to speak with you now…", "can you jump on a call in the next ten minutes?",
      // "could I possibly tell you about something we're seeing?": the talk asked for is this one.
      "|(?:speak|talk|chat) (?:with|to) you (?:right )?now(?![\\p{L}-])|(?:jump|hop|get) on (?:a |the )?(?:quick )?(?:call|phone|line|zoom) (?:(?:right )?now|in the next (?:few|couple of|\\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins))(?![\\p{L}])|(?:could|can|may) i (?:possibly |quickly |just )?(?:tell|share with|show) you (?:about )?(?:something|one thing|a thing)(?: (?:we're|we are|i'm|i am) (?:seeing|noticing|hearing))?(?= ?\\?)",
    message: 'Asks whether the prospect is free to talk now, or offers to call back.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    accept: (match, analysis) =>
      notACalendarAsk(match, analysis) && !askedAboutThen(match, analysis),
    examples: [
      'Could I possibly tell you about something we’re seeing?',
      'Can you jump on a call in the next ten minutes?',
      'Is it possible to speak with you now about my background?',
      'Are you busy right now?',
      'If this is a bad time, I can call back later.',
      'Hi Julie, Tyrell Banks from Granary Row Bakery Supply — you able to talk for a moment?',
      'Have I reached you somewhere you can talk?',
      'Hi Sam, Dana Lee with Arden Freight. Is now okay?',
      'Can I borrow you for a sec?',
      'Free to chat for a sec?',
      'Hi Jo, Sam Lee here. Free to talk right now?',
      'Tom, Nadia Hassan, Pinecrest Pharmacy. Are you in the thick of something, or is this okay for a moment?',
      'Hi Joanne, Kevin Tran here. Do you want the thirty-second version now, or should I try you later?',
    ],
    valid: [
      'Could I tell you about something on Thursday at 10, twenty minutes?',
      'I’ll speak with you now-ish volumes in mind: 40 loads a week.',
      'Are you free to talk on Thursday at 10 about your lanes?',
      'Are you able to talk it over with your plant manager before the audit?',
      'Are you free to talk on Thursday at 10?',
      'I’d like to show you three examples over lunch on the 9th at 12:30 — are you free?',
      'The walkthrough takes 20 minutes on Thursday at 10, are you available?',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.hang_up_or_listen',
    category: 'permission',
    severity: 'block',
    pattern: `(?:(?:do|would) you |d'you )(?:want to|wanna|like to) hang up|(?:want|wanna) to hang up(?= (?:now |right now )?or )|(?:do |would )?you (?:want|wanna|care) to roll the dice|(?:can|may|should|shall) i (?:keep going|continue|go on|carry on)(?= ?\\?)|(?:do you |would you )?(?:want|wanna|care|like) to (?:hear|know) why i(?:'m| am)? (?:called|calling|rang|ringing)|(?:can|may|could|shall) i (?:tell|explain to) you why i(?:'m| am)? (?:called|calling|rang|ringing)(?= ?\\?)|(?:let me have|spare me|lend me|grant me) ${SMALL_AMOUNT}(?:seconds|secs)|(?:give|spare|grant) me (?:just )?(?:\\d+|ten|twenty|thirty|sixty|a few|a couple of|a|one|two) (?:quick )?(?:seconds|secs|minutes?|moments?) to (?:tell|explain|share|say|pitch)`,
    message: 'Offers the prospect the choice to hang up or listen.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Do you want to hang up now or give me 30 seconds to tell you why I called?',
      'Give me a few seconds to explain why I called.',
      'Let me have 30 seconds and you can decide.',
      'This is a cold call. Do you want to roll the dice with me?',
      'Want to hear why I’m calling?',
      'Can I keep going?',
      'Do you wanna hang up now?',
    ],
    valid: [
      'Let me give you the three numbers that matter.',
      'I’ll hang up and send the data.',
      'I’m making a sales call, so I’ll understand if you want to hang up.',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.alright_now',
    category: 'permission',
    severity: 'block',
    pattern: `(?:is|would) (?:this|now|it) (?:be )?(?:an? )?(?:alright|all right|fine) (?:time|moment|minute) (?:to (?:talk|chat|speak)|for (?:a (?:second|sec|moment|minute)|you))|(?:can|could|shall) we (?:talk|chat|speak) for ${SMALL_AMOUNT}${SMALL_UNIT}(?: (?:right )?now)?(?= ?\\?)|(?:would|does|will|could) (?:now|right now) work(?: for (?:you|a (?:quick )?(?:chat|call|word)))?(?= ?\\?)`,
    // "Can we talk for 20 minutes?" is a (vague) meeting ask; time now is seconds or a few minutes.
    accept: (match, analysis) => notMeetingSized(analysis.scan.slice(match.start, match.end)),
    message: 'Asks whether the prospect can talk now.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Is this an alright time to talk?',
      'Could we talk for a second?',
      'Can we talk for two minutes?',
      'Would now work for a quick chat?',
    ],
    valid: [
      'Right now is a good time to lock rates.',
      'Could we talk for 20 minutes on Friday?',
      'Can we talk for twenty minutes?',
    ],
  },
  {
    kind: 'phrase',
    id: 'permission.moment_to_talk',
    category: 'permission',
    severity: 'block',
    // The time-now question in words the older rules do not hold, kept apart from their long
    // lists: "is this an okay moment to grab your ear?", "if I've caught you at a good time,
    // tell me…".
    pattern:
      "(?:is|would) (?:this|now|it) (?:be )?(?:an? )?(?:ok|okay|good|alright|all right|convenient|decent|workable|fine) (?:moment|time|minute|second) to (?:grab|steal|borrow|have|get|take|talk|chat|speak|run)(?![\\p{L}])|grab your ear|if i(?:'ve| have) (?:caught|got|reached) you at (?:a |an )?(?:good|ok|okay|decent|convenient|workable|free) (?:time|moment)|are you (?:free|available|around) (?:for|to) (?:a )?(?:quick |short |brief )?(?:chat|call|word|minute|moment|second|talk)(?: (?:right )?now| at the moment)?(?= ?[?,])",
    message: 'Asks whether now is a good moment to talk.',
    why: WHY_EXIT,
    evidence: EVIDENCE.badTimeOpener,
    suggestion: TRADE_INSTEAD,
    suggestFor: tradeInstead,
    examples: [
      'Hi Ruth, Alan Chu from Verity Lab Services — is this an okay moment to grab your ear?',
      'If I’ve caught you at a good time, please tell me briefly about your shipping.',
      'This is Leila Moradi calling from Crescent Bank. Are you free for a quick chat right now?',
    ],
    valid: [
      'It is a good time to re-bid: rates fell 9% in May.',
      'Is Thursday at 10 a good time to meet?',
      'Are you free for a call Thursday at 10?',
    ],
  },
];
