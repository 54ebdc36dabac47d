import { EVIDENCE } from '../evidence';
import type { PhraseRule } from '../rule-types';

/** Asks with nothing concrete to say yes to: no length, no day, no time. */
const WHY_VAGUE =
  'A vague ask is easy to postpone forever; one concrete proposal (what, how long, when) is easy to accept or to counter with another time.';
const CONCRETE_ASK =
  'Propose one concrete slot: "Could we take 20 minutes Thursday at 10 for the briefing?"';

export const VAGUE_ASK_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'vague_ask.sometime',
    category: 'vague_ask',
    severity: 'warn',
    marks: 'vagueRequest',
    pattern:
      "sometime|some time (?:next|this|soon|in the|later|over the)|at your (?:earliest )?convenience|whenever (?:works|is convenient|suits|you(?:'re| are) (?:free|available|ready)|you (?:have|get) (?:a )?(?:moment|minute|chance|second|time))|when(?:ever)? you (?:have|get|find) (?:a )?(?:free )?(?:moment|minute|second|chance|time)|(?:a|some) time that works (?:for you|best)|(?:find|grab|set up|schedule) (?:a |some )?time (?:to|for|that)|when(?:ever)? (?:works|suits) (?:for )?you|(?:in|over) the (?:coming|next few) (?:days|weeks)|down the road|at some point|one of these days",
    message: 'Asks for “sometime” instead of a concrete slot.',
    why: WHY_VAGUE,
    evidence: EVIDENCE.methodConcreteMeeting,
    suggestion: CONCRETE_ASK,
    examples: ['Could we talk sometime next week?', 'Let me know when you have a moment.'],
  },
  {
    kind: 'phrase',
    id: 'vague_ask.few_minutes',
    category: 'vague_ask',
    severity: 'warn',
    marks: 'vagueRequest',
    pattern:
      '(?:a few|a couple(?: of)?|some|a little|a bit of) (?:minutes|mins|moments|time) (?:of your time|on your calendar|to (?:chat|talk|connect|discuss|learn|share|show|go over|walk)|next week|this week|sometime|with you)|(?:a few|a couple of) minutes of your (?:time|day)|(?:a |some )?(?:quick |brief )?(?:minutes|time) on your calendar|(?:a|some) (?:quick |brief )?(?:call|chat|conversation|meeting) (?:sometime|soon|at some point)',
    message: 'Asks for “a few minutes” with no time or length.',
    why: WHY_VAGUE,
    evidence: EVIDENCE.methodConcreteMeeting,
    suggestion: CONCRETE_ASK,
    examples: ['I’d love a few minutes of your time.', 'Can I get some time on your calendar?'],
  },
  {
    kind: 'phrase',
    id: 'vague_ask.interested',
    category: 'vague_ask',
    severity: 'warn',
    marks: 'vagueRequest',
    pattern:
      "(?:would|are|will) you be (?:interested|open) (?:in|to) (?:learning|hearing|seeing|chatting|talking|exploring|connecting)|(?:are you|you might be|if you're|if you are|would you be|you may be) interested(?! in (?:a|an|having a|setting up a|booking a) (?:[\\p{L}\\d-]+ ){0,2}?(?:call|chat|meeting|demo|briefing|conversation|session|walkthrough|walk-through|coffee|visit|workshop|review))|let me know if interested|let me know (?:if|whether) (?:you(?:'re| are)|this|it|that|there's|there is)(?: [\\p{L}\\u2019\\u0027]+){0,3}? (?:interested|of interest|relevant|makes sense|sounds|a fit|worth)|(?:does|would|could) (?:this|that|it) (?:sound|be) (?:interesting|of interest|relevant|like something|useful|helpful)(?! if (?:i|we) (?:shared|sent|ran|showed|built|forwarded|emailed|send|share|show|run|build|forward|email) )|(?:is|would) (?:this|that|it) (?:be )?(?:of interest|something you(?:'d| would)? (?:be interested|want|like))|let me know (?:your thoughts|what you think|if you have (?:any )?questions|how you'd like to proceed|if you'd like to (?:learn|hear|chat|talk|connect)|if you(?:'d| would) like (?:any |some )?(?:more |further |additional )?(?:information|info|details))|(?:does|would) (?:this|that|it) (?:match|fit|line up with|ring true (?:with|for)|reflect) (?:what you(?:'re| are) seeing|your experience|what you see)(?= ?\\?)|(?:any|your) thoughts(?= ?\\?)|thoughts(?= ?\\?)|worth a (?:quick )?look(?= ?\\?)|open to (?:a )?(?:chat|conversation|connecting|learning more)(?= ?\\?)|on your radar(?=[^.!?…]{0,30}\\?)",
    message: 'Closes with “let me know if you’re interested”.',
    why: WHY_VAGUE,
    evidence: EVIDENCE.methodConcreteMeeting,
    suggestion: CONCRETE_ASK,
    examples: [
      'Let me know if you’re interested.',
      'Let me know if you’d like any more information.',
      'Your six locations run on paper timesheets for side work. Does that match what you’re seeing?',
      'Would you be interested in learning more?',
      'Thoughts?',
      'Is heat planning on your radar this year?',
    ],
    // Interest in a named meeting proposes the meeting; vague_ask.no_time asks for its slot. An
    // offer to hand over a named thing is a next step they can take up.
    valid: [
      'Would you be interested in a 20-minute briefing on the rye numbers?',
      'Would you be interested in a private walkthrough of the rye numbers?',
      'Would it be useful if I sent the price sheet for your two shops?',
    ],
  },
];
