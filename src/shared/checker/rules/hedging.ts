import { EVIDENCE } from '../evidence';
import type { PhraseRule } from '../rule-types';
import { sentenceAround, textAfter, textBefore } from './helpers';
import { sentenceWith, sentenceWithout } from './suggest';

/** Apologies, minimisers and filler: the sound of a rep who thinks they are imposing. */
/**
 * A hedge that is the rep's own clause with a minimising word in it ("I just wanted", "I'm only
 * calling", "we could just"): only that word goes, since the rest carries the sentence's subject
 * and verb ("I wanted to follow up…", not "to follow up…").
 */
const OWN_CLAUSE = /^(?:i|we)(?![\p{L}])/iu;
const MINIMISING_WORD = /\s+(?:just|only|simply|merely)(?![\p{L}])/iu;

/** The rep's sentence without the hedge, when what is left still reads as a sentence. */
const withoutHedge: PhraseRule['suggestFor'] = (match, analysis) => {
  const matched = analysis.scan.slice(match.start, match.end);
  const rest =
    OWN_CLAUSE.test(matched) && MINIMISING_WORD.test(matched)
      ? sentenceWith(analysis, match, matched.replace(MINIMISING_WORD, ''))
      : sentenceWithout(analysis, match);
  return rest ? `Say it without the hedge: "${rest}"` : null;
};

const WHY_HEDGE =
  'Hedges and apologies tell the prospect you believe you are interrupting with nothing of value; a One-Up rep speaks as a peer who has something worth the time.';

/**
 * "Maybe", "perhaps" and "possibly" hedge the rep's own ask or presence, said with I, we or you
 * ("maybe we could meet", "perhaps you'd be open to…"). In a claim about others ("perhaps the
 * sharpest shift is in Ohio") or before a figure ("systems have maybe 20% of it") they estimate a
 * fact and leave the call as confident as it was.
 */
const EPISTEMIC_WORD = /^(?:maybe|perhaps|possibly)$/iu;
const BEFORE_A_FIGURE = /^\s*(?:about |around |only |just )?[$€£]?\d/iu;
/** A sentence with I, we or you in it, or a question (the ask itself: "would it be possible maybe to meet?"). */
const ASKS_OR_NAMES_A_PERSON =
  /(?<![\p{L}'’])(?:i|we|you|us|me)(?:['’](?:m|d|ll|ve|re))?(?![\p{L}'’])|\?\s*$/iu;
const hedgesTheCall: NonNullable<PhraseRule['accept']> = (match, analysis) =>
  !insideInstruction(match, analysis) &&
  (!EPISTEMIC_WORD.test(analysis.scan.slice(match.start, match.end)) ||
    (!BEFORE_A_FIGURE.test(textAfter(analysis, match, 24)) &&
      ASKS_OR_NAMES_A_PERSON.test(sentenceAround(analysis, match))));

/**
 * "[Reference Customer — use a recognisable logo if possible]": a template's instruction to the
 * rep, inside its brackets, is not said to the prospect. (Short slots are masked by the scan; a
 * long instruction is not.)
 */
function insideInstruction(
  match: Parameters<NonNullable<PhraseRule['accept']>>[0],
  analysis: Parameters<NonNullable<PhraseRule['accept']>>[1],
): boolean {
  return (
    /\[[^\]\n]*$/u.test(textBefore(analysis, match, 200)) &&
    /^[^[\n]*\]/u.test(textAfter(analysis, match, 200))
  );
}

/**
 * "I know you weren't expecting this call — I'll be upfront: this is a cold call." The surprise is
 * named to say openly what the call is (the label rule's "openly says this is a sales call"), not
 * to apologise for it; the same words before "do you have a minute?" still shrink the call.
 */
const OPENLY_A_COLD_CALL =
  /^[^.!?…]{0,12}[^\p{L}]*(?:i['’]ll be (?:upfront|straight|honest|direct)|this is a (?:cold|sales) call)/iu;
const namesTheColdCallOpenly: NonNullable<PhraseRule['accept']> = (match, analysis) =>
  /expecting/iu.test(analysis.scan.slice(match.start, match.end)) &&
  OPENLY_A_COLD_CALL.test(textAfter(analysis, match, 60));

export const HEDGING_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'hedging.apology',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "(?:so |really |very )?sorry (?:to (?:bother|disturb|interrupt|trouble|call|bug|reach out|intrude|pester|catch|cold call|barge|land|drop in|pop in|pop up|jump in|ambush|spring this|show up)|for (?:the|this|my|bothering|interrupting|calling|reaching out|disturbing|taking|the cold|intruding)|if (?:i'm|i am|this is|i) (?:bothering|interrupting|disturbing|catching|a bother))|(?:so |really |very )?sorry about (?:that|this)(?= ?(?:[.!?,;…]|$))|(?:i )?apologi[sz]e (?:for|if|in advance)|(?:i )?(?:don't|do not|didn't|did not) mean to (?:bother|interrupt|disturb|intrude|pester|bug|take up|catch you)|(?:i'm|i am) (?:so |really |very |terribly )?sorry(?= ?(?:,|[.!…]|$|i know|to (?!hear|read|learn|see)|for (?!your loss)|if|about this))|bear with me|(?:i'll|i will|before i|then i'll|and i'll) (?:stop|quit) (?:bothering|bugging|pestering) you|sorry (?:i|we) (?:missed|didn't catch|did not catch) you|(?:i )?hate to (?:bother|interrupt|disturb|bug|intrude)|(?:pardon|excuse|forgive) (?:the|my|me for the) (?:interruption|intrusion|cold call)|(?:forgive|excuse|pardon) me for (?:calling|interrupting|bothering|reaching|disturbing|intruding|the interruption)|(?:probably|likely|must be|might be|may be) (?:catching|calling|bothering|interrupting) you|hope (?:this isn't|this is not|it isn't|it's not|it is not|i'm not|i am not|this doesn't|this does not|i don't|i do not) (?:a |an )?(?:bother|bothering|disturbing|interrupting|intruding|imposition|intrusion|bad time|too much trouble|disturb|interrupt|catching you)|(?:this|it|now) (?:is|'s) (?:probably|likely|maybe|perhaps) (?:a |not a )?(?:bad|terrible|awful|inconvenient|not a good|not the best) (?:time|moment)" +
      // Non-native and unlisted forms of the same apology: "sorry for disturb you", "excuse me to
      // bother", "sorry to take your time", a bare "Sorry," opening a sentence, "excuse my English".
      "|(?:kindly |please )?accept (?:our|my) (?:deepest |sincere |sincerest |humble |heartfelt )?apologies|(?:sorry|excuse me|forgive me|pardon me) (?:to|for|for to) (?:bother|disturb|interrupt|trouble|intrud|pester)[\\p{L}]*|(?:sorry|excuse me|forgive me|pardon me) for (?:the |this |my )?(?:disturbance|inconvenience)|(?:please )?(?:don't|do not) be (?:angry|upset|mad|annoyed) (?:that|with|at|if)|sorry (?:to|for) (?:take|taking|steal|stealing|use|using|eat|eating) (?:up )?(?:a (?:bit|moment|minute) of )?your (?:time|day|morning|afternoon|evening)|(?<=(?:^|[.!?…:\\n]) ?)sorry(?= ?,)|(?:excuse|forgive|pardon|sorry for|sorry about) (?:my|the) (?:bad |poor |broken |limited )?(?:english|accent|grammar)|my english (?:is )?(?:not|isn't) (?:so |very |too )?(?:good|great|perfect)|(?:sorry|apologies) in advance|(?:probably|likely|must have|might have|may have) (?:caught|interrupted|disturbed) you|(?:this is|it is|it's|now is) (?:probably|likely|maybe|perhaps) not (?:a good|the best|the right|an ideal|a great) (?:time|moment)" +
      // A sentence that opens with an apology, whatever for: "Sorry for not having the pleasure
      // of knowing you", "Sorry about the cold email".
      '|(?<=(?:^|[.!?…:\\n]) ?)(?:so |really |very )?sorry (?:for|about) (?!your loss|the loss|what happened)[\\p{L}]+' +
      // "…sorry it took so long to get back to you".
      '|sorry (?:it|this) (?:took|has taken) (?:me )?(?:so|this|a bit|a while|too) ?long',
    message: 'Apologises for calling.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Cut the apology and say who you are and why you are calling.',

    examples: [
      'Sorry to bother you, Sam.',
      'Hi Ben, sorry to land in your voicemail like this — Carla Mendez from Heartland Implement.',
      'I apologize for the interruption.',
      'If this is irrelevant to your interests, kindly accept our deepest apologies.',
      'I hope I’m not interrupting your lunch.',
      'I’m likely calling you in the middle of payroll.',
      'I don’t mean to bother you.',
      'Bear with me for a moment.',
      'I know this is an interruption, sorry about that.',
      'I’m sorry, I know you’re in the middle of the month-end.',
      'Its a company called Lifemail, sorry it took so long to get back to you.',
      'Excuse me for interrupting your afternoon.',
      'I hope I’m not catching you at a bad time.',
      'This is probably a bad time, isn’t it?',
      'I didn’t mean to disturb you.',
      'One more thought before I stop bothering you.',
      'Sorry I missed you, I’ll try again Thursday.',
      'Sorry for disturb you, I am Ayşe from Kalıp Metal.',
      'Excuse me to bother you at work.',
      'Sorry to take your time this afternoon.',
      'Hi Tom. Sorry, I know it is Friday afternoon.',
      'Please excuse my English.',
      'Sorry in advance, this is a cold call.',
      'Look, I know I probably caught you in the middle of something.',
      'Sorry for to disturb you.',
      'Excuse me for the disturbance.',
      'Please do not be angry that I call.',
      'It’s probably not a good time.',
      'Sorry for not having the pleasure of knowing you before this offer.',
    ],
    valid: [
      'I hope this finds your renewal in good shape.',
      'Nobody on your floor was sorry about that switch to weekly counts.',
      'I’m sorry to hear the Reno site flooded; the insurers we track paid out in a week.',
      'Now is a bad time to sign a fixed fuel table: rates drop in May.',
      'Most buyers are sorry, later, that they signed the fixed table.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.wondering',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "(?:i was|i'm|i am|we were|we're|we are|i've been|i had been) (?:just |really |kind of )?wondering|(?:was|were) wondering (?:if|whether)|i (?:was )?wonder(?:ed)? (?:if|whether)|(?<=(?:and|but|so) )wondered (?:if|whether)|(?<=(?:^|[.!?…:,;—–\\n]) ?)(?:just )?wondering (?:if|whether)|(?:i was|we were|i'm|i am|we're|we are) (?:just |really |kind of )?hoping(?= (?:to|that|i|we)(?![\\p{L}]))",
    message: 'Says “I was wondering if…”.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestion: 'State it: "I’m proposing a 20-minute briefing Thursday at 10."',
    examples: [
      'I was wondering if maybe you had time.',
      'I run the tooling desk at Brenner and wondered whether the new rates reached you.',
      'We were hoping to find a slot with you later this month.',
      'I was hoping I could sponsor this project in exchange for a line in your README.',
      'I run a cleaning business. Wondering if that’s worth 5 minutes for the sites you manage?',
    ],
    valid: ['Plants hoping to cut scrap this year moved to weekly checks.'],
  },
  {
    kind: 'phrase',
    id: 'hedging.just',
    category: 'hedging',
    severity: 'warn',
    // "They just raised a Series B" and "just-in-time" use "just" for time, not as a minimiser,
    // so only the rep's own "I just…" and "just calling/checking/…" are matched. "Want it? Just
    // reply." tells the prospect how little their next step takes; the labelled sets split on it
    // (six tagged, five plain across quoted2–quoted10), so an imperative to the prospect counts
    // only as a favour to the rep ("just give me your address").
    pattern:
      "(?<=(?:^|[.!?…:,\\n]) ?)just (?:thought|figured|hoping|wondering|wondered|curious)|(?<=(?:^|[.!?…:,;—–]|\\s-) ?)just (?:want|wanted|wanna) (?:to|you)(?![\\p{L}])|(?<=(?:^|[.!?…:\\n]) ?)just [\\p{L}]+ing(?![\\p{L}-])|(?:i|i'm|i am|we|we're|i was|i've|i'd|i'll|we'd) just (?:don't want|do not want|noticed|wanted|want|wanna|thought|thinking|think|calling|called|left|sent|checking|reaching|need|needed|hoping|trying|curious|wanting|looking|writing|emailing|following|touching|a|to|dropping|popping|like|circling|bumping|figured|ringing|giving|sending|shooting)|(?:i'm|i am|we're|we are) just [\\p{L}]+ing(?![\\p{L}])|(?:i|we) (?:could|can|would|might|may|will) just|(?<=(?:^|[.!?…:\\n]) ?)just (?:need|wanted|want|checking)|(?<=(?:^|[.!?…:,;\\n]) ?)just (?:give|send|tell|let|shoot|drop|text|email|ring|call) (?:me|us)(?![\\p{L}])|just (?:trying|a note|a quick note|a short note|a brief note|a quick line|a short line|a quick message|a short message|a thought|a heads-up|a minute|a moment|a second|a sec|wanted|calling|checking|reaching|a quick|a couple|touching|following|writing|emailing|dropping|circling|bumping|popping|hoping|ringing|a heads up)|(?<=(?:(?:^|[.!?…:,;—–-])|calling|writing|emailing|reaching out|here|ringing|phoning|call|note|email|message|line|mail) ?)just to (?:introduce|see|check|touch|follow|say|let|ask|get|make sure|share|reach)|i just (?:had|have) (?:a )?(?:quick |small |simple )?(?:question|thought|idea)" +
      // "My job is just to inform you", "the reason for my call is just to say": the purpose of
      // the call, shrunk.
      "|(?:is|was|'s) just to (?:inform|introduce|tell|say|let|see|check|share|ask|get|give|make|touch|follow|reach|update)(?![\\p{L}])",
    message: 'Minimises the call with “just”.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Drop "just": "I’m calling because…"',
    // "Just checking in…" → "Checking in…": the sentence keeps its capital.
    replace: (matched) => {
      // "we could just" (the match ends at "just") loses the word and the space before it.
      const rest = /\sjust$/iu.test(matched)
        ? matched.replace(/\s+just$/iu, '')
        : matched.replace(/\bjust\s+/iu, '');
      return /^\p{Lu}/u.test(matched) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
    },
    examples: [
      'I just noticed your garage’s stairwell lights are on 24 hours a day.',
      'I just don’t want you to miss out on something special.',
      'Hi Tom. Just wondered if you had a minute to hear about something we’re doing.',
      'Hi Rebecca, just a short note: nurseries in your county cut spoilage by 40%.',
      'It’s just a minute of reading, promise.',
      'Hey, this is Sam Lee — I just left you a quick message about your lanes.',
      'I just had a quick question about your lanes.',
      'Hi Dana,\nJust checking whether the May rates reached you.',
      'Just to see if the new tariff reached your desk.',
      'I just wanted to reach out.',
      'Just checking in to see if you got my email.',
      'If we could just grab Tuesday at 9, I will bring the numbers.',
      'Hi Jo. Just figured I’d ring about the rates.',
      'I’m just running out the door, but can you call me back?',
      'No commitment — just want to show you what’s possible.',
      'Just give me your mail address and read the white paper.',
      'Just closing the loop on the missed-call report.',
      'So, my job is just to inform you about the program.',
      'If that time doesn’t work anymore, just let me know.',
    ],
    valid: [
      'We just had a question from three of your rivals about the same lane.',
      'Your buyers still log into six portals every morning just to see stock levels.',
      'Your rival just opened a second plant.',
      'The parts arrive just-in-time from Monterrey.',
      'Three of them just switched carriers.',
      'Just-in-time parts arrive from Monterrey.',
      'Rates just thought to be stable rose 6% in May.',
      'Want the list of the 40 engineers? Just reply.',
      'The fix is just to re-bid three lanes.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.maybe',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "maybe|perhaps|possibly|(?<!(?:what|which|this|that|the|any|some|every|a|one|same|right|new|these|those|all|your|our|my|his|her|their|its) )(?:kind|sort) of|i guess|i suppose|hopefully|if (?:it's|that's|it is|that is|it would be) (?:ok|okay|alright|all right|fine)(?: with you)?|if you (?:don't|do not) mind|if (?:it's|it is|it isn't|it is not|it wouldn't be|it would not be|it won't be|that's|that isn't|that is not) (?:not )?(?:too much (?:trouble|to ask|of a bother)|(?:a |any )?(?:trouble|bother|imposition|problem for you))|if (?:at all )?possible|i (?:would|'d) (?:kind of |sort of )?(?:hope|imagine)",
    accept: hedgesTheCall,
    message: 'Hedges with maybe, perhaps or “if that’s okay”.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Say it without the hedge, as something you will do.',
    examples: [
      'Maybe we could talk sometime, if that’s okay.',
      'Could we meet Thursday at 10, if it isn’t too much trouble?',
      'If possible, I would like to meet on Thursday.',
      'Perhaps you’d be open to a call next week.',
      'Would it be possible maybe to meet Thursday?',
    ],
    valid: [
      'Crusher liners at quarries on your kind of granite wear out 20% sooner.',
      'Most health systems we talk to have maybe 20% of this in place.',
      'Perhaps the sharpest shift this year is in Ohio: rates rose 9%.',
      'We helped [Reference Customer, a logo in their industry if possible] cut returns by 12%.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.be_quick',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "(?:i'll|i will|i'm going to|i'm gonna|let me|i'll try to|i promise to) (?:be (?:quick|brief|short|fast)|keep (?:this|it) (?:(?:super |really |very |nice and )?(?:short|brief|quick)|to (?:[\\p{L}\\d-]+ ){1,2}(?:lines|sentences|words|minutes|seconds)))|(?:this|it|i)(?: will|'ll| won't| will not| shouldn't| should not| should) (?:only |just )?(?:take|be) (?:long|(?:a )?(?:minute|second|sec|moment)|much of your time|more than (?:a|one|two|\\d+) (?:minutes?|seconds?)|(?:a |one |two |three |five |\\d+ |a few |a couple of )(?:quick )?(?:minutes?|mins?|seconds?|secs?|moments?))|(?:just|only) (?:a |one |two |three |five |ten |fifteen |\\d+ |a few |a couple of )(?:quick |short |brief )?(?:minutes?|mins?|seconds?|secs?|moments?) of your (?:time|day)|(?:it|this|that) (?:only|just) takes? (?:about |around |roughly )?(?:a |one |two |three |five |ten |fifteen |\\d+ |a few |a couple of )(?:quick )?(?:minutes?|mins?|seconds?|secs?)(?![\\p{L}])|(?<=(?:^|[.!?…:,;—–\\n]) ?)takes(?: only| just)? (?:about |around |roughly )?(?:(?:a |one |two |three |four |five |[1-9] |a few |a couple of )(?:quick )?(?:minutes?|mins?)|(?:\\d+ |a few |thirty |sixty |ten |a couple of )?(?:seconds?|secs?))(?![\\p{L}])|(?:i )?know you(?:'re| are) (?:(?:super|very|really|so|pretty|probably|incredibly|crazy) )?(?:busy|slammed|swamped|pressed for time|a busy)|(?:i )?know (?:your time is|you have) (?:valuable|precious|limited|tight|a lot on your plate|a busy)|(?:don't|do not) want to (?:take up|waste|eat up|use up|keep you|take) (?:too much (?:of )?|much (?:of )?|a lot of |any more of |any (?:of )?)?your (?:time|day)|(?:i )?know (?:i'm|i am) (?:interrupting|bothering|disturbing|intruding)|(?:you|you must|you probably|i'm sure you) get (?:lots|a lot|tons|dozens|hundreds|plenty) of (?:these|calls like this|emails like this|calls like mine|emails like mine)|(?:you|you must|you probably|i'm sure you) get (?:calls|emails|messages) like (?:this|mine) (?:all day|every day|constantly|all the time|non-stop)|(?:so |and )i(?:'ll)? keep (?:it|this) (?:tiny|short|brief|quick)|(?:i'll|i will|let me) (?:try to )?(?:make (?:this|it) (?:quick|short|brief|short and sweet|snappy)|be out of your hair|let you go)|(?:keep|make) (?:this|it) short and sweet|won't (?:take|keep you) (?:long|much)|(?:try|trying) not to (?:keep you|take (?:up )?(?:too much|much|long|a lot))|(?:not asking for|won't ask for) (?:too much|much|a lot) of your time|i promise (?:this|it|i)(?:'ll| will)? (?:be|take|won't)|(?:i )?(?:won't|will not|shouldn't|should not|am not going to|'m not going to) (?:take up|keep you|take|need) (?:much|long|a lot|too much|more than|any more|a lot of)(?![\\p{L}])|(?:this|it)(?:'ll| will| should)? (?:only )?be (?:super |really |very |extra |real )?(?:quick|short|brief|fast)(?= ?(?:[.!?,;…]|$|i promise))|(?:get|be) out of your hair|(?:won't|will not) take your (?:much |a lot of |too much )?time|(?:it|this)(?:'ll| will)? take (?:only )?(?:a )?(?:short|little|small) time|(?:i'll|i will|let me|i'll try to) be as (?:brief|quick|short) as (?:possible|i can)|(?:i'll|i will|let me|i promise to|i'll try to|i will try to) keep (?:it|this|the call) (?:to |under |to under )(?:a|one|two|three|\\d+|thirty|sixty) (?:minutes?|seconds?)|(?:i )?(?:won't|will not|promise not to|'ll try not to|will try not to) (?:waste|take up) (?:too much of |much of |a lot of )?your (?:time|day)|(?:wanted|want|wanna|like|going|trying|hoping) to (?:very |really |super )?quickly (?:introduce|ask|share|reach|touch|check|see|say|run|mention|follow|tell|show|go|walk|explain|get)|(?<=(?:^|[.!?…:\\n]) ?)(?:very|super|really) quick(?:ly)?(?= ?[,—–-])|(?:(?:i|we)(?:'ll| will|'d| would)? |(?<=(?:^|[.!?…:\\n]) ?))(?:only |just )?need (?:only |just )?(?:a |one |two |three |five |\\d+ |a few |a couple of )(?:quick )?(?:minutes?|mins?|seconds?|secs?|moments?)(?! (?:on|next|this|to (?:walk|show|share|go over|review|compare)|(?:mon|tues|wednes|thurs|fri)day))",
    message: 'Promises to be quick.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Be quick instead of saying so: get to the reason in your first sentence.',
    replace: () => '',
    examples: [
      'I’ll keep this super short, promise. Spot rates on your lane rose twice this month.',
      'I’ll be quick.',
      'I know you’re busy, so this will only take a minute.',
      'It’ll only take three minutes, I promise.',
      'Setup is painless; it only takes 15 minutes.',
      'Takes two minutes. Your Ohio lanes cost 9% more than your peers’.',
      'I’ll keep this to three lines so it doesn’t eat into your morning.',
      'We would need only ten minutes of your time.',
      'It’s Hamish Doyle from Thistle Print & Pack — I’ll try not to keep you long.',
      'I know you’re super busy.',
      'I don’t want to take up too much of your time.',
      'I’m sure you get lots of these calls.',
      'Jan de Vries from AgriDrone Benelux — you get calls like this all day, so I keep it tiny.',
      'I will make this short and sweet so you can get back to the floor.',
      'I won’t take up much of your time.',
      'This will be super short.',
      'I’ll get out of your hair in a sec.',
      'Only need two minutes, tops.',
      'I need only one minute.',
      'I’ll be as brief as possible.',
      'I’d only need a few minutes.',
      'I don’t want to waste any of your time.',
      'I will not take your much time.',
      'It will take only short time.',
      'I’ll keep it to under a minute.',
      'I won’t waste your time.',
      'I wanted to quickly introduce myself.',
      'Very quickly, the reason for my call is your Ohio lanes.',
    ],
    valid: [
      'Most audits take only ten minutes per store.',
      'Your buyers only need two minutes to read the report.',
      'The switch will be quick: carriers move the table in a week.',
      'I need 20 minutes on Thursday at 10 to walk your team through it.',
      'Your team can quickly cut 6% by re-bidding three lanes.',
      'I’ll bring the workflow the Ridgeview team used to keep it under 40 minutes.',
      'I won’t waste a word: your Ohio lanes cost 9% too much.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.just_a_few',
    category: 'hedging',
    severity: 'warn',
    // "No more. Just five?", "Only two minutes.": the time asked for, shrunk, said on its own. A
    // rule of its own, so that its two frequent first words try only this short pattern.
    pattern:
      '(?<=(?:^|[.!?…:\\n]) ?)(?:just|only) (?:one|two|three|five|ten|a few|a couple|\\d+)(?: (?:quick |short )?(?:minutes?|mins?|seconds?|secs?))?(?= ?(?:[.!?…]|$))',
    message: 'Shrinks the time it asks for (“Just five?”).',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestion: 'Ask for the time you need, on a day: "20 minutes on Thursday at 10?"',
    examples: ['Could I get 5 minutes of your time? No more. Just five?', 'Only two minutes.'],
    valid: ['Three plants re-bid in May. Only two saved money.', 'Just five plants re-bid.'],
  },
  {
    kind: 'phrase',
    id: 'hedging.filler',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "to be (?:honest|frank|candid)|honestly|frankly|basically(?! (?:all|every|everything|the same|nothing|any|anything))|um+|uh+|erm|if i'm being honest|to tell you the truth|trust me|believe me|i promise",
    message: 'Filler words.',
    why: 'Filler makes the rep sound unsure and spends the seconds the insight needs.',
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Delete the filler; the sentence is stronger without it.',
    examples: ['Honestly, I think you would like it.', 'Um, so, we do freight audits.'],
    // "…reporting and onboarding — basically all the repetitive work": "essentially", not filler.
    valid: [
      'I help agencies automate reporting and onboarding, basically all the repetitive work.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.low_confidence',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "(?:i'd|i would|i'll|i will) (?:totally |completely |fully |perfectly )?understand if you(?:'re| are) not|feel free to (?:tell me to (?:go away|get lost|buzz off)|hang up|ignore (?:me|this))|(?:you can|you're welcome to) hang up(?: on me)?|(?:i'm|i am|we're|we are) not (?:\\d+% |a hundred percent |one hundred percent )(?:sure|certain)|(?:i )?(?:realise|realize|know) (?:this|it) (?:is|'s) (?:a bit |a little |kind of |probably |totally )?(?:random|out of nowhere|unexpected|left field)|(?:i )?(?:don't|do not) know if (?:you|this|it|that)|(?:i )?(?:have|'ve got) no idea (?:if|whether|of whether|of if|what|of what)|you (?:probably|may|might) not (?:be interested|need|want|care)|(?:this|it) (?:may|might|could) (?:well )?not be (?:a fit|relevant|for you|of interest|interesting|on your radar|a priority|top of mind|something you)|(?:this|it) (?:may|might|could) (?:well )?(?:be|sound like) (?:a (?:long shot|shot in the dark|stretch|bit of a (?:long shot|stretch))|(?:a bit )?random)|(?:a|kind of a|bit of a) shot in the dark|(?:probably |likely |maybe |bit of |kind of )?(?<!(?:not|no) )a long shot|(?:i'm|i am|we're|we are) not (?:really |entirely |totally |quite )?(?:sure|certain) (?:this|it|that|you|whether|if)|(?:i|we) (?:wasn't|was not|weren't|were not) (?:really |entirely |quite )?(?:sure|certain) (?:if|whether)|(?:i|we) (?:totally |completely )?get (?:it|that) if you(?:'re| are) not|(?:i'm|i am) (?:a (?:little|bit) |kind of |so )?nervous|(?:this is|it's) my first (?:week|day|call|time calling)|(?:might|may|could) be of (?:some )?interest|before you delete (?:this|my)|(?:not|no|i'm not|i am not) (?:sure|certain) (?:if|whether) (?:you|this|it|that)|feel free to (?:ignore|say no|delete)|(?:i|we) (?:totally |completely |fully )?understand if (?:you're |you are )?(?:not|too busy|busy|swamped|slammed|pressed for time)|on the off(?:-| )chance|no (?:worries|pressure|problem) if not|if not,? no (?:worries|pressure|problem|hard feelings)|(?:understand|get it) if you (?:want|need|'d like|would like|'d rather|would rather) to (?:hang up|go|end|say no|pass)|if you're not the right person|(?:i'm|i am|i've|i have|i may have|i might have|i may be|i might be|that i'm|that i've) (?:reached|reaching|got|gotten|contacted|contacting|emailed|emailing|written to|writing to|called|calling|bothering|messaged|messaging) the wrong (?:person|contact|department|team|desk|people)|(?:i )?(?:totally |completely |fully )?understand if (?:now|this|it)(?:'s| is) not (?:the right|a good|a great|the best) time|(?:i )?(?:realize|realise|know|understand) (?:that )?your (?:inbox|calendar|schedule|day|week) (?:is|'s) (?:probably |likely |already |pretty |very |really )?(?:full|busy|overflowing|packed|slammed|crazy|swamped|flooded|hectic)|(?:(?:it|this|that) |(?<=(?:^|[.!?…,;:—–\\n]) ?))(?:might|may) be worth (?:a |an |your )?(?:quick |short |brief )?(?:chat|call|conversation|look|talk|minute|few minutes|while)|(?:i )?(?:hope|trust) (?:you don't mind|this is ok|this is okay|that's ok|that's okay|it's ok|it's okay)|i (?:might|may|could) be (?:totally |completely |way )?(?:wrong|mistaken|off base|way off|off (?:here|the mark))|(?:this|it) (?:may|might) or (?:may|might) not be|(?:i'm|i am) probably the (?:last|wrong) (?:person|call|email|voice)|(?:i )?(?:realise|realize|know|understand) (?:that )?(?:this|my) (?:call|email|note|message) (?:is|comes|was|'s) (?:a bit |a little |probably |totally |completely )?(?:random|out of nowhere|out of the blue|unexpected|unannounced|unsolicited|from left field)|(?<!(?:how|whether|if|what) )(?:i|we) (?:might|may) be able to (?:help|assist|support|save|be of (?:help|use|service))|(?:an idea|some ideas|ideas|a thought|some thoughts|a few ideas) (?:that|which) (?:might|may) (?:help|be (?:useful|helpful|of (?:help|use|value|interest)))",
    message: 'Signals that you doubt the call is worth their time.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion:
      'State what they get and let them judge it: "You will leave with the benchmark either way."',
    examples: [
      'Totally understand if now’s not the right time; the summary is yours either way.',
      'I realize your inbox is probably overflowing, so here is the short version.',
      'If you’re drowning in scheduling and invoices, might be worth a quick chat.',
      'If missed calls are costing you jobs, it might be worth a quick chat.',
      'I might be wrong, but your Ohio lanes look overpriced.',
      'This may or may not be relevant to your team.',
      'I’m probably the last person you want to hear from today.',
      'I realize this call is a bit out of the blue.',
      'I don’t know if this is relevant to you.',
      'Feel free to ignore this.',
      'I have no idea whether this is on your list.',
      'This might be a long shot, but your roof came up on the county’s solar map.',
      'This may well not be on your radar, but your price rise lands with the renewals.',
      'I uploaded a couple of videos which might be of interest to you.',
      'I’m not sure this is relevant, but here goes.',
      'This is probably a long shot.',
      'I totally get it if you’re not interested.',
      'I’m not 100% sure this is for you.',
      'I realise this is a little random.',
      'I’d fully understand if you’re not keen.',
      'Feel free to ignore this.',
      'You’re welcome to hang up on me.',
      'Totally possible I’m reaching the wrong person on this.',
      'I wasn’t sure if you handle the lab contracts.',
      'I totally understand if you’re busy.',
      'If that’s on your radar, happy to share what’s working. If not, no worries.',
      'I’m making a sales call, so I’ll understand if you want to hang up.',
      'I’m reaching out on the off chance you handle freight.',
      'Hope you don’t mind the cold email.',
      'I might be totally off here, but your lanes look high.',
      'If so, I have an idea that might help.',
      'After hearing what you need, I might be able to help you directly.',
    ],
    valid: [
      'Planners who might be wrong about May fuel prices re-bid in June.',
      'Your roof is not a long shot: it ranks third in the park.',
      'We are not 100% booked in May, so Tuesday works.',
      'Feel free to bring your planner on Thursday.',
      'Half of the claims we audited were sent to the wrong department.',
      'Rates that might help your budget fell 6% in May.',
      'We may be able to start Thursday at 9 if your planner joins.',
      'Ana suggested I call to see how we might be able to help.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.minimiser',
    category: 'hedging',
    severity: 'warn',
    pattern:
      "(?:a |the )?(?:tiny|little|small|wee|teeny|quick) (?:bit|slice|sliver) of your (?:time|day)|(?:i )?know you (?:didn't|did not) (?:ask for|expect|want) (?:this|my|a|an) (?:call|email|message|interruption)|(?:i'm sure|i bet|i imagine) you(?:'re| are) (?:really |very |super |so |pretty )?(?:busy|swamped|slammed|flat out|snowed under|drowning)|real quick|(?:i'll|i will|let me) be (?:super|really|very|extra) (?:quick|brief|short)|(?:apologies|sorry) (?:for|about) the (?:interruption|intrusion|cold call|call)|apologies (?:for|if)|(?:i know|i realize|i realise) (?:i'm|i am) calling (?:out of the blue|unannounced|cold)|(?:i know |i realize |i realise )?(?:i'm|i am) putting you on the spot|out of the blue|(?:i )?(?:realize|realise|know) you (?:weren't|were not|aren't|are not) expecting (?:my|this|a|our) call|(?:i )?(?:realize|realise|know|imagine|bet|guess|assume|understand) (?:that )?you(?:'re| are| must be| may be| might be| have| 've got| probably have)(?: probably)? (?:really |very |super |so |pretty |incredibly )?(?:busy|slammed|swamped|flat out|snowed under|a lot on|a million things|a lot going on|a packed|a full plate|pressed for time|in the middle of)|(?:know|realize|realise|understand|appreciate) how busy you (?:are|must be)|i'm sure you(?:'ve got|'ve| have got| have) (?:a million|a lot|lots|plenty|a ton|tons|better things)|out of nowhere|(?:i )?(?:know|realize|realise) (?:i'm|i am) (?:a |just a )?(?:complete |total |perfect |random )?stranger|(?:i )?(?:know|realize|realise) (?:that )?(?:cold calls?|calls like this|sales calls|these calls|this call|emails like this|cold emails?) (?:are|is|can be|must be) (?:annoying|a pain|irritating|unwelcome|an interruption|disruptive|a nuisance)|(?:i )?(?:know|realize|realise) (?:that )?you (?:weren't|were not|aren't|are not|didn't|did not) expect(?:ing)? (?:to hear from me|my call|this call|a call from|me|this)|(?:don't|do not) want to be a (?:bother|pest|nuisance)|(?:don't|do not) want to (?:disturb|bother|interrupt|trouble) you|(?:i )?humbly (?:request|ask|seek|submit)|(?:i know|i realize|i realise) (?:i've|i have) been (?:a bit |very |quite |really )?(?:persistent|pushy|a pest|bugging you|filling your inbox)|(?:i )?know you have (?:many|much|a lot of|lots of|so much) (?:work|things|tasks|calls|emails|meetings)(?![\\p{L}])|(?:i )?know (?:it's|it is|this is) (?:a )?(?:busy|hectic|crazy|chaotic|packed) (?:time|week|season|day|month)|i(?:'d| would) hate to (?:bother|interrupt|disturb|take up|waste|keep you|pester)|(?:i'm|i am) only (?:calling|writing|reaching out|emailing|ringing) (?:to|because|about)" +
      // "I only wanted to ask", "I simply wanted to…", "we merely want to…": "just" in other words.
      "|(?:i|we)(?:'m| am|'re| are)? (?:only|simply|merely) (?:(?:wanted|want|wanna|wish|wished) (?:to (?:ask|see|check|say|let|introduce|reach|touch|follow|share|get|give|tell|find|know|call|chat|talk|connect|flag|mention|drop|send|invite|confirm|hear|learn|put|run|make sure)|you to know)|calling|writing|reaching|hoping|ringing|emailing)(?![\\p{L}])" +
      // "I'm pretty sure I'm catching you at a bad time": the rep deciding for them that the call intrudes.
      "|(?:i'm|i am) (?:probably |likely |surely |no doubt )?(?:catching|bothering|interrupting|disturbing) you(?! (?:up|on|with))",
    accept: (match, analysis) => !namesTheColdCallOpenly(match, analysis),
    message: 'Minimises or apologises for the call.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion:
      'Cut it and start with why you called: the prospect hears confidence instead of an apology.',
    examples: [
      'I don’t want to be a bother, but your renewal is close.',
      'I’d hate to take up your afternoon.',
      'I’m only calling to see if the rates reached you.',
      'Hey Jordan, real quick.',
      'I’ll be super brief.',
      'Apologies for the interruption.',
      'I know I’m calling out of the blue.',
      'I know I’m a complete stranger ringing out of nowhere.',
      'I realize you weren’t expecting my call.',
      'I’ll only need a small slice of your day.',
      'I know you didn’t ask for an email from me.',
      'I bet you’re flat out this week.',
      'I know I’m putting you on the spot, but is this worth a look?',
      'I realise you’re probably busy.',
      'I understand you may be busy, but I wanted to make sure the rates reached you.',
      'I know how busy you are this month.',
      'I’m sure you’ve got a million things on.',
      'I know cold calls are annoying.',
      'I know it’s a busy time of year for you.',
      'I don’t want to disturb you much.',
      'I humbly request 20 minutes of your time on Thursday.',
      'I know I’ve been persistent, so here is something useful.',
      'I know you have many work.',
      'I know you weren’t expecting to hear from me.',
      'I only wanted to ask whether the May rates reached you.',
      'We simply want to introduce ourselves.',
      'I’m pretty sure I’m catching you at a bad time.',
    ],
    valid: [
      'Carriers only calling about price lost the bid.',
      'Prices moved quickly this quarter.',
      'It’s a busy time of year for shippers: rates rose 9%.',
      'I know you have many plants in Ohio, and rates there rose 9%.',
      'The shift came out of a change in the tariff.',
      'Buyers spend a small slice of their day on freight, yet it is 9% of cost.',
      'Most planners we interviewed know how busy the spring lanes get.',
      'I know you are expanding the Reno plant, and rates there rose 9%.',
      // The label rule names "just wanted" as a minimiser, not a plain "wanted": without "just"
      // (the hedging.just rule) it states a purpose.
      'I wanted to reach out because your renewal lands in March.',
      'I know you weren’t expecting this call — I’ll be upfront: this is a cold call.',
      'Buyers who only want the lowest rate lost 6% on detention.',
      'I only want to do business with people I know.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.i_think_it_could',
    category: 'hedging',
    severity: 'warn',
    // "I think I can save you money", "something I believe could benefit you": the rep's own
    // doubt wrapped round the value. "I think" before a finding ("I think you'll see the same
    // 12%") is not matched: it needs a modal of possibility and a word of benefit after it.
    pattern:
      '(?:i|we) (?:think|believe|feel|guess|hope) (?:that )?(?:[^\\s.?!…]+ ){0,8}?(?:can|could|might|may) (?:possibly |really |potentially |definitely )?(?:benefit|help|save|assist|be (?:helpful|useful|of (?:help|interest|value|use|service)|valuable|relevant|a (?:good )?fit|interesting))',
    message: 'Wraps the value in “I think it could…”.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Say what they get as a fact you can show: "Shops your size cut print costs 14%."',
    examples: [
      'Hi, my name is Bill. I think I can save you money on the cost of your print.',
      'I think there are some things about our tool that may be helpful to your clients.',
      'Be good to hear your thoughts on something I think could benefit you.',
    ],
    valid: [
      'I think you will see the same 12% gap in your lanes.',
      'We believe the rule change takes effect in March.',
    ],
  },
  {
    kind: 'phrase',
    id: 'hedging.softener',
    category: 'hedging',
    severity: 'warn',
    // Softeners the older rules do not hold, kept apart from their long lists: sparing their time
    // ("I don't want to steal your precious time", "I'll keep this painless, promise"), a way out
    // ("no worries at all if not"), the value hedged ("it might be worth your time"). ("I thought
    // you might be interested" was tried: most labellers do not call it a hedge.)
    pattern:
      "(?:don't|do not) want to (?:steal|take up|waste|eat into|use up) (?:your|any of your|too much of your) (?:precious |valuable )?time|(?:i'll|i will|let me|we'll|we will) keep (?:this|it) (?:painless|short|brief|quick|snappy|short and sweet)|no (?:worries|pressure|problem) at all if not|(?:might|may|could) be worth your (?:while|time)",
    message: 'Softens the call: spares their time, hedges its worth or offers a way out.',
    why: WHY_HEDGE,
    evidence: EVIDENCE.methodHedging,
    suggestFor: withoutHedge,
    suggestion: 'Cut it and say the finding: the prospect decides whether it is worth their time.',
    examples: [
      'I don’t want to steal your precious time, but I would like your help.',
      'Hi Olga, Marco Lenz from Brightfield Packaging. I’ll keep this painless, promise.',
      'Thursday at 2 work? No worries at all if not.',
      'Depending on what you ship, it might be worth your time to talk.',
    ],
    valid: [
      'Plants your size thought the rule did not apply; 40 of them paid the fine.',
      'The fix is worth your team’s time: it cut recalls by a third.',
    ],
  },
];
