import { OWN_PRICE_LEAD } from './patterns';

/**
 * Cues that show a One-Up component is present. They are not findings: the scanner collects them
 * in the same single pass as the phrase rules, and components.ts turns them into the checklist and
 * into the missing_* findings. Patterns use the dialect in patterns.ts.
 */

export type CueKind =
  'reason' | 'insight' | 'benefit' | 'request' | 'length' | 'when' | 'vagueRequest';

export interface Cue {
  kind: CueKind;
  pattern: string;
}

// A day, or days ("Tuesdays at 10"), or a day cut short ("Tue 10am"). Not WEEKDAY of
// patterns.ts: with its lookahead inside these alternations every check ran about a third slower
// (bench/checker-ab.ts), and a cue's words end where the dialect says they do.
const WEEKDAYS =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|weds|thu|thur|thurs|fri)';

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a dozen|dozens|hundreds|thousands)';
const MEETING =
  '(?:briefing|meeting|call|session|conversation|review|walkthrough|working session|chat|workshop|readout|debrief|slot)';

/**
 * "Re-bidding those lanes could lower…": a benefit verb after an -ing phrase. The pattern repeats
 * it as a lookahead before the look back over up to three words, so that costly look back runs
 * only where the benefit verb actually follows (it used to run at every word the cue is tried at,
 * which made it a quarter of a whole check). Same matches either way.
 */
const AFTER_ING_BENEFIT =
  '(?:would|could|will|can|should) (?:also |likely )?(?:protect|save|cut|keep|put|give|let|free|get|lower|reduce|stop|prevent|fund|pay|shave|bring|return|recover|lift|raise|speed|shorten|avoid|catch|fix|mean)';

export const CUES: readonly Cue[] = [
  // Reason: the rep says why they are calling or writing.
  {
    kind: 'reason',
    pattern:
      "(?:i'm|i am|we're|we are|i was|i) (?:calling|ringing|writing|reaching out|emailing|getting in touch|contacting you)(?: you)?(?: today| now)? (?:because|about|since|to (?:share|tell|let|show|give|flag|warn|offer|ask|invite|pass|bring|see)|with|regarding|on behalf|after|as)",
  },
  {
    kind: 'reason',
    pattern:
      "(?:the|my|a|one|quick) reason (?:for|i'm|i am|i'm|i|that i|behind) (?:my |this |the )?(?:call|calling|email|note|message|writing|called|reaching out|wrote|contacting)",
  },
  {
    kind: 'reason',
    pattern:
      "(?:i called|i'm calling|calling|writing|reaching out|i wrote|i'm writing|i'm reaching out) (?:you )?(?:because|since|to share|to flag|to let you know|to tell you|to show you|to give you|to offer)",
  },
  { kind: 'reason', pattern: "why i'm (?:calling|writing|reaching out)" },
  {
    kind: 'reason',
    pattern:
      "(?:i'm|i am|i was|i) (?:calling|writing|reaching out|emailing|ringing)(?: you)?(?: today| now| again)? to [\\p{L}]+|(?:call|calling|called|write|writing|reach out|email|emailing) (?:you )?(?:because|since|regarding)",
  },
  {
    kind: 'reason',
    pattern: "(?:i'm|i am) (?:calling|writing) (?:you )?(?:to|about|because|with|regarding|re)",
  },
  // What the rep is contacting them for, said outright: "we're offering you a pre-approved loan",
  // "I'm interested in buying the house on Elm St", "I'm seeking a developer for a Wellington role".
  {
    kind: 'reason',
    pattern:
      "(?:i'm|i am|we're|we are) (?:currently )?(?:offering (?:you|your)|interested in (?:buying|purchasing|acquiring|hiring|leasing|renting)|seeking (?:a|an)|recruiting (?:a|an|for)|hiring (?:a|an) )",
  },

  // Insight: something learned across many clients that the prospect cannot read on a website.
  {
    kind: 'insight',
    pattern: '\\d[\\d,]*(?:\\.\\d+)? ?(?:%|percent|per cent|pct|bps|basis points)',
  },
  // The same figure in words: "copper's up eleven percent", "about forty-five per cent".
  {
    kind: 'insight',
    pattern:
      '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))? (?:percent|per cent)',
  },
  {
    kind: 'insight',
    pattern:
      // Not our own price: "from £350", "starting at $49/month", "I can fix this for £500/month",
      // "($500-1.5K range)".
      '(?<=[$€£])(?<!(?<![\\p{L}])' +
      OWN_PRICE_LEAD +
      ' ?\\(?[$€£])(?![\\d,.]*k? ?- ?[$€£]?\\d[\\d,.]*k? range)\\d[\\d,]*(?:\\.\\d+)?(?: ?(?:k|m|mm|bn|b|million|billion|thousand|a (?:year|month|week|load|unit|shipment)|per))?',
  },
  {
    kind: 'insight',
    pattern: `(?:\\d+|${NUMBER_WORD}) (?:out )?of (?:every |the |our |their )?(?:\\d+|${NUMBER_WORD}|(?:\\d+ )?(?:[\\p{L}-]+ )?(?:companies|clients|customers|distributors|firms|teams|plants|hospitals|practices|carriers|shippers|manufacturers|brands|retailers|banks|peers|accounts|sites|schools|districts|cfos|ctos|cios|vps))`,
  },
  {
    kind: 'insight',
    pattern:
      '\\d+(?:\\.\\d+)?x|(?:doubled|tripled|halved|quadrupled|twice as|three times|ten times)',
  },
  {
    kind: 'insight',
    pattern:
      "(?:we|i|our team|my team) (?:recently |just |have |'ve )?(?:benchmarked|surveyed|analy[sz]ed|studied|tracked|audited|measured|compared|reviewed|looked at|mapped|modeled|modelled|interviewed|pulled|ran the numbers|crunched)",
  },
  {
    kind: 'insight',
    pattern:
      "(?:we've|we have|i've|i have|we're|we are|i'm|i am|we|i) (?:been |consistently |repeatedly |now |also )?(?:seeing|seen|found|noticed|finding|noticing|learned|watching|watched|hearing|heard) (?:that |a |an |the |three |two |most |many |more |fewer |how |what |it |this |companies |teams |\\d+)",
  },
  {
    kind: 'insight',
    pattern:
      '(?:our|the|this|new|latest|recent) (?:data|research|benchmark|benchmarks|analysis|study|survey|numbers|report|index|audit) (?:shows?|showed|found|finds|suggests?|says|points|of|across|on)',
  },
  {
    kind: 'insight',
    pattern:
      '(?:across|among|in) (?:the |our |more than |over |nearly |almost )?(?:\\d[\\d,]*|dozens of|hundreds of) (?:[\\p{L}-]+ ){0,2}?(?:companies|clients|customers|distributors|firms|teams|plants|hospitals|practices|carriers|shippers|manufacturers|brands|retailers|banks|accounts|sites|schools|districts|stores|deployments|audits|contracts|renewals|calls|shipments|lanes|facilities|portfolios|projects)',
  },
  {
    kind: 'insight',
    pattern:
      '(?:a |the |this )?(?:new|upcoming|pending|proposed|recent) (?:regulation|rule|ruling|law|tariff|tariffs|mandate|requirement|standard|deadline|guidance|policy|surcharge|index|rate)',
  },
  {
    kind: 'insight',
    pattern:
      "(?:most|many|few|half of|a third of|two-thirds of|two thirds of|the majority of) (?:your |of your )?(?:peers|competitors|companies|firms|teams|distributors|manufacturers|cfos|ctos|cios|buyers|shippers|carriers|hospitals|practices|brands|retailers|banks|clinics|operators|plants|schools|controllers|finance teams|it teams|sales teams|leaders|[\\p{L}-]+ (?:teams|leaders|companies|firms|managers)) (?:are|aren't|don't|do not|haven't|have not|miss|overpay|underestimate|still|now|will|we|i|can't|can not|cannot|lose|pay|spend|report|quietly|never)",
  },
  {
    kind: 'insight',
    pattern:
      "(?:i|we) know something (?:you|most) (?:don't|do not|might not|may not)|(?:what|something) (?:most|few|many) (?:\\p{L}+ ){0,3}(?:don't|do not|haven't|miss|overlook)",
  },
  {
    kind: 'insight',
    pattern: "(?:what's|what is|what are) (?:changing|shifting|driving|happening)",
  },
  {
    kind: 'insight',
    pattern: `(?:\\d+|${NUMBER_WORD}) in (?:every )?(?:\\d+|${NUMBER_WORD})`,
  },
  {
    kind: 'insight',
    pattern:
      '(?:averaged?|averaging|on average|median|typically) (?:of |about |around |just |nearly |over |under )?\\$?\\d[\\d.,]*%?|\\d[\\d.,]* (?:[\\p{L}-]+ )?on average|\\d[\\d.,]* (?:days|weeks|months|hours|years|minutes|points) (?:sooner|faster|earlier|later|longer|shorter|ahead|behind|early|late|quicker)',
  },
  {
    kind: 'insight',
    pattern:
      "(?:from|to) \\$?\\d[\\d.,]* ?(?:%|[\\p{L}]+ )?to \\$?\\d[\\d.,]*%?|(?:across|among|in|of|at) (?:the |our |more than |over |nearly |almost |about |roughly )?\\d[\\d,]*\\+? (?:(?!(?:so|and|but|or|then|if|when|because|to|am|pm|o'clock)(?![\\p{L}]))[\\p{L}-]+ ){0,4}?(?:we(?:'ve)?|that we|our team|i) (?:\\p{L}+)",
  },
  {
    kind: 'insight',
    pattern:
      '(?:the |a |one )(?:trend|shift|pattern|risk|blind spot|gap|leak) (?:in|we|i|that|most|across|toward|towards|nobody)',
  },

  // Benefit: what the prospect gets out of the meeting, even if they never buy.
  {
    kind: 'benefit',
    pattern:
      "so (?:that )?(?:you|your team) (?:can|could|will|'ll|know|have|get|see|walk away|leave|keep|decide)",
  },
  {
    kind: 'benefit',
    pattern:
      "(?:you|you'll|you will|you'd|you would|your team will|your team'd) (?:walk away|leave|come away|get to keep|keep|take away|get|have|see|(?<!(?<![\\p{L}\\u0027\\u2019])you )know)(?: with)? (?:a |the |your |an |where|how|what|exactly|which|it|them|a copy|our|that)",
  },
  { kind: 'benefit', pattern: '(?:help|helps|helping|helped) (?:you|your)' },
  // Their thing kept for them before a deadline: "call me back by Friday so we hold your spot".
  {
    kind: 'benefit',
    pattern:
      "so (?:that )?(?:we|i) (?:can |could |'ll |will )?(?:hold|keep|save|reserve|lock in|protect|secure) (?:your|you)",
  },
  // A person who fits their need is the value of an introduction: "introduce you to a candidate
  // who could be a great fit", "connect you with two engineers who…". The cue starts at the
  // person, since the weak-value rules already claim the word "introduce".
  {
    kind: 'benefit',
    pattern:
      '(?<=(?:introduce|connect) you (?:to|with) )(?:a|an|one|two|three|four|five|\\d+) (?:[\\p{L}-]+ ){0,3}?(?:[\\p{L}-]+ who|(?:candidates?|engineers?|hires?|experts?|peers?|buyers?|specialists?|suppliers?|millers?|vendors?) (?:that|with))',
  },
  {
    kind: 'benefit',
    pattern:
      '(?:even if|whether or not|regardless of whether|(?<!(?:thanks|thank you|cheers|pressure|worries|obligation),? )either way(?! ?(?:is|works|\\u0027s)(?![\\p{L}])|(?:,|—|–|-| )*(?:good luck|no worries|thanks|no pressure|all good|have a|hope))|whatever you decide|even if you never|useful even if|valuable even if)(?: you)?',
  },
  {
    kind: 'benefit',
    pattern:
      '(?:worth|useful|valuable|helpful) (?:to|for) (?:you|your)|what (?:it|this|that) means for (?:you|your)|(?:where|how) you (?:stand|compare|rank|stack up)|(?:benchmark|compare|score) (?:you|your)',
  },
  {
    kind: 'benefit',
    pattern:
      '(?:you|your team|your \\p{L}+) (?:could|can|would|might|will|should) (?:save|cut|recover|avoid|reduce|free up|lower|win back|reclaim|protect|get back|catch|recoup|claw back|stop)',
  },
  {
    kind: 'benefit',
    pattern:
      '(?:save|saves|saving|cut|cutting|recover|reduce|lower|protect|recoup|reclaim|free up|return) (?:you|your)',
  },
  {
    kind: 'benefit',
    pattern:
      '(?:yours to keep|no strings|no obligation|no cost to you|free of charge|at no cost|a copy (?:of|for you)|you can use|you can take|take (?:it|them|that|this) (?:back )?to your|share (?:it|them|the (?:\\p{L}+ )?(?:data|numbers|findings|benchmark|results)) with (?:you|your)|(?:happy|glad) to (?:share|send) (?:the|it|them|a))',
  },
  {
    kind: 'benefit',
    pattern:
      "(?:show|walk|take) you (?:through )?(?:where you|how you|how your|what you|which of your|exactly where|the (?:data|numbers|benchmark|findings|three|two|five))|(?:for|at) (?:a |an )?(?:[\\p{L}-]+ )?your size,? (?:that|that's|that is|is|means|would be|comes to|works out)",
  },

  {
    kind: 'benefit',
    pattern:
      "(?:would|could|will|can|should|may|might|(?:i|we|it|that|this|which|they)'(?:d|ll)) (?:also |still |even |quickly |easily |likely |probably )?(?!(?:you|we|i|they|he|she|it|this|that|love|like|want|be|have|need|mind|ask|talk|learn|hear|discuss|review|meet|set|book|schedule|spare(?= (?:\\d|a |an |some |half |fifteen|twenty|thirty|ten|five|me|us))|do|show|tell|introduce|look|chat|call|speak|send|touch|pick|walk|share|go|sit|grab|hop|connect|explore|understand|know|see|also|just|appreciate|welcome|enjoy|offer|provide|sell|wait|shoot|email|drop|follow|try|ring|text|reach|contact|let me|let us)(?![\\p{L}]))[\\p{L}]+(?: [\\p{L}\\p{N}\\u0027\\u2019-]+){0,4}? (?:you|your|yours|them|their)",
  },
  {
    kind: 'benefit',
    pattern: `(?:that|this|which|doing that|fixing that|switching) (?:alone )?(?:would|could|will|can|might|may) (?!(?:be|have|sound|seem|help us|interest|work for)(?![\\p{L}]))[\\p{L}]+|(?=${AFTER_ING_BENEFIT})(?<=[\\p{L}]ing(?: (?!(?:you|we|i|they|he|she)(?![\\p{L}]))[\\p{L}\\p{N}-]+){0,3} )${AFTER_ING_BENEFIT}`,
  },
  {
    kind: 'benefit',
    pattern:
      '(?:keeps|locks|saves|gives|protects|cuts|lowers|spares|frees|gets|puts|lets|shields|buys|earns|wins) (?:[\\p{L}\\p{N}\\u0027\\u2019-]+ ){0,2}?(?:you|your)',
  },
  {
    kind: 'benefit',
    pattern:
      "(?:you|your(?: [\\p{L}\\u0027\\u2019-]+){1,2}) (?:could|can|would|will|'d|'ll|might|should) (?:still |also |then |finally |likely |easily )?(?!(?:have|be(?! [\\p{L}]+ing)|need|like|want|mind|spare|do|prefer|get back|let me|reply|send|share|use)\\b)[\\p{L}]+",
  },
  {
    kind: 'benefit',
    pattern: 'so (?:that )?(?:you|your(?: [\\p{L}-]+){1,2}) (?:[\\p{L}\\u0027\\u2019-]+)',
  },

  // Request: the rep asks for a meeting.
  {
    kind: 'request',
    pattern:
      '(?:would|could|can|shall|should|may) (?:we|i|you) (?:(?:be )?open to|set up|schedule|book|grab|hold|find|get|have|do|meet|take|put|spend|pencil|lock|walk|show|share|pick|compare|go over|review|hop)',
  },
  {
    kind: 'request',
    pattern: `(?:are|would) you (?:be )?(?:open|free|available|up) (?:to|for|on|at|this|next|tomorrow)|(?:how|what) (?:does|do|about|is|would) (?:${WEEKDAYS}|tomorrow|next|this|\\d+)`,
  },
  {
    kind: 'request',
    pattern: `(?:does|do|would|will|could|can) (?:${WEEKDAYS}|tomorrow|next ${WEEKDAYS}|either|one of those|that time|\\d[\\d:]* ?(?:am|pm)?) (?:work|suit|fit|be)`,
  },
  {
    kind: 'request',
    pattern: `(?:let's|let us|i'd like to|i would like to|i'd love to|i want to|i'm proposing|i propose|i'm suggesting|i suggest|i'd suggest|i'm asking for|i'm asking|my ask is|i'd ask for|the ask is) (?:(?:to )?(?:meet|schedule|book|set up|put|find|grab|get|hold|walk|show|share|brief|invite|propose|offer|take|talk|compare|run|go|review|spend|ask|a|an|\\d+)|${NUMBER_WORD})`,
  },
  {
    kind: 'request',
    pattern: `(?:worth|open to|up for|interested in|room for|time for) (?:a |an |\\d+|${NUMBER_WORD}|the )(?:[\\p{L}-]+ ){0,3}?${MEETING}`,
  },
  // A meeting proposed as whether it is worth it: "Would it make sense to compare notes?", like
  // the label rule's "Would it be worth a quick chat…?"; comparing notes is itself a meeting
  // ("Worth comparing notes on your Elm Street asset?").
  {
    kind: 'request',
    pattern:
      '(?:would|does|could) it make sense (?:for us )?to (?:meet|talk|compare notes|connect|sit down|get together|speak|chat|set up|grab|hop on)|worth (?:comparing|swapping|trading) notes',
  },
  {
    kind: 'request',
    pattern: `(?:can|could|may) i (?:have|get|book|borrow|grab|take|steal|ask for) (?:\\d+|${NUMBER_WORD}|half an hour|an hour|a (?:\\d+|${NUMBER_WORD}))`,
  },
  {
    kind: 'request',
    pattern:
      '(?:could|would|can|will) you (?:also |please |kindly )?(?:send|share|forward|introduce|connect|point|loop|reply|fill|take a look|look|sign|book|grab|pick)',
  },
  {
    kind: 'request',
    pattern: `(?:i've|i have) (?:penciled|pencilled|held|blocked|proposed|sent) (?:in )?(?:a |an |\\d+|${NUMBER_WORD})`,
  },

  // Vague requests: an ask of sorts, with nothing concrete to say yes to.
  {
    kind: 'vagueRequest',
    pattern:
      'let me know (?:if|when|what|your|whether|how)|(?:any|some) (?:interest|thoughts)|(?:open|interested) to (?:learn|hear|chat|connect|talk)|(?:would|are) you (?:be )?interested',
  },

  // Time: a meeting length, a day or a clock time, which makes an ask concrete.
  {
    kind: 'length',
    pattern: `(?:\\d+(?: |-| ?)|(?:${NUMBER_WORD}|half an|an)(?:-| ))(?:minutes?|mins?|hours?|hrs?)`,
  },
  { kind: 'when', pattern: `${WEEKDAYS}|tomorrow|tmrw` },
  {
    kind: 'when',
    pattern: '\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|noon',
  },
  {
    kind: 'when',
    pattern:
      '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}/\\d{1,2}',
  },
  // A day of the month on its own ("on the 18th", "Wednesday the 4th"): a date, as concrete as a
  // weekday.
  { kind: 'when', pattern: '(?:the |on )\\d{1,2}(?:st|nd|rd|th)' },
];
