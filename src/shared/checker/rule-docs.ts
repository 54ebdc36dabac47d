import { CALIBRATION } from './calibration';
import { RULES } from './catalog';
import type { Calibration } from './rule-table';
import type { Rule } from './rule-types';
import { severityIn } from './rule-types';
import { CORROBORATED_BLOCKS } from './rules/policy';
import { SCORE_FORMULA } from './score';
import { CATEGORIES, CHECK_MODES } from './types';

/**
 * The verdict policy, first in the docs because it is what a rep argues with. A block stops the
 * dial (or asks for a written reason), so it is kept for evidence the checker is sure of.
 */
const VERDICT_POLICY: readonly string[] = [
  '## Verdict policy',
  '',
  'The verdict follows the label rule of OPENER-LABELS.md: a One-Down opener is **blocked**, a mixed one ' +
    '**needs work**, a One-Up one is **ready** (and never blocked). A block stops the dial or asks for a ' +
    'written reason, so the checker blocks only on evidence it is sure of:',
  '',
  '1. **A request for time right now or for permission to talk**, in any wording ("is now a good time", ' +
    '"got a sec?", "am I catching you at an okay moment?"). The method names it the first One-Down sign, and ' +
    'Gong found "bad time" openers ~40% below the baseline. A future meeting ("20 minutes on Thursday?") is not one.',
  '2. **Deception or a pretext**: fake familiarity with no prior contact on record, phantom follow-ups, ' +
    '"returning your call", invented referrals, "this isn’t a sales call", survey or service-call pretexts. ' +
    'Context (`priorContact`, `referralOnRecord`) turns the honest ones into notes.',
  '3. **An opener with no ask at all**: not even a question, a vague "sometime", a next step with its day, ' +
    'time or length written without a request verb ("I’m at your yard Wednesday and can go over it at 11") or a ' +
    'way back ("I’ll try you again Monday at 9", "my number’s…"). Those are asks the reader is unsure of, so ' +
    'they warn.',
  '4. **A pure pitch**: no insight, and the opener talks about us (self-focus, a weak offer such as a demo, ' +
    'buzzwords), or it states nothing about the prospect’s world at all. The ask’s wording alone ("a quick ' +
    'chat", "a demo") is no proof of a pitch where the opener names an outcome for the contact: that warns. ' +
    'Talk about us in two sentences or more is a pitch whatever else the opener holds (one sentence about us ' +
    'beside a real insight warns).',
  '5. **Two of identity, reason and ask missing** (the label rule’s structural One-Down). A vague ask ' +
    '("let me know if you have questions") counts as no ask here, as the label rule says; an insight about ' +
    'the prospect’s world counts as the reason, since it says why they are contacted; an email with no ' +
    'signature and no name or company in its text counts as no identity, as the label rule says.',
  '',
  '**An unfilled placeholder** (`{x}`, `{{x}}`, `[x]`, `<x>`, `%X%`, the builder’s "(pick …)" prompts) ' +
    'keeps the opener from being ready (one finding on each slot) and the dial gate refuses it outright, ' +
    'whatever the reason given: the prospect would hear the template. It is not a block, because a slot says ' +
    'nothing about the opener’s craft and the labelling rule counts it as given (a One-Up template stays ' +
    'One-Up); a slot never softens a block the opener has for another reason.',
  '',
  'Everything else **warns**. In particular a single missing part warns and says what the checker looked ' +
    'for: parts are found by role (sentence and clause: `reader.ts` reads wording, `language/roles.ts` reads ' +
    'syntax and entities from wink-nlp — part of speech, negation, durations, dates, times, percents, money, ' +
    'counts), which is good but not certain, and a ' +
    'good opener written in words the checker has not seen must never be blocked for a missing part. Hedging, ' +
    'jargon, self-focus next to a real insight, length and vague asks also warn: they make an opener mixed, ' +
    'not One-Down. A finding that blocks only in a situation says why in `blockedBecause`, shown to the rep as ' +
    '"Blocks because".',
  '',
  '**How sure the checker is that a part is missing.** The parts checklist reads each part the many ways reps ' +
    'write it, because a part missed by the reader would otherwise block a good opener: identity from a name and ' +
    'a company in separate sentences ("Name’s Felix Brandt. I look after leasing at Northgate Credit.") or an ' +
    'email’s signature, with or without a sign-off ("Ella Novak | Sunfield Solar"; an email with no sender at ' +
    'all warns, as a call does); a reason as "I’m calling because…", a purpose ("I’d like to ' +
    'walk you through…", "I was wondering whether…") or a trigger in the prospect’s own world ("Your permit ' +
    'expires in May."); an insight as a number, a comparison or a pattern ("typically open with twice the ' +
    'loaves") or a change or risk with no number ("the council has started refusing…", "two we advised on were ' +
    'sent back"), which also carries the benefit; an ask as a question, "let’s…", a date like "the 14th", or an ' +
    'event close ("Can I save you a seat?") whose details sit in the sentence before. The label rule counts a ' +
    'weak reason as a reason (the weak-value rules judge it) and a vague ask ("sometime", "let me know") as no ' +
    'ask: the checklist then shows the ask missing and the one `vague_ask` finding says why, with no second ' +
    '"missing ask" finding. So a missing part blocks only with the strong evidence above (no ask-like sentence ' +
    'at all, no value at all, or two structural parts gone); one part the reader could not find warns and names ' +
    'what it looked for.',
  '',
];

/** How a rule may block, from the catalog: on its own, only when corroborated, or never. */
function blockPolicy(rule: Rule): string {
  const blocks = CHECK_MODES.some((mode) => severityIn(rule, mode) === 'block');
  if (blocks) return rule.relaxedBy ? `alone (note when \`${rule.relaxedBy}\`)` : 'alone';
  if (rule.kind === 'structural' && rule.blockWhen) return 'corroborated';
  if (CORROBORATED_BLOCKS[rule.category]) return 'corroborated';
  return 'never';
}

/**
 * The numbers the policy was calibrated on (calibration.ts, written by `npm run eval:checker --
 * --rules --write`): per rule, the openers of each label it blocked and found anything on, and
 * the One-Down openers it alone blocked. Rules that never fired on a dev set are left out.
 */
function calibrationSection(rules: readonly Rule[], calibration: Calibration): string[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const counted = calibration.rules.filter((count) => byId.has(count.ruleId));
  const { rows } = calibration;
  const blocking = counted.filter((count) => blockPolicy(byId.get(count.ruleId)!) !== 'never');
  const warning = counted.filter((count) => blockPolicy(byId.get(count.ruleId)!) === 'never');
  const sum = (list: typeof counted, pick: (c: (typeof counted)[number]) => number): number =>
    list.reduce((total, c) => total + pick(c), 0);
  const wouldCost = warning.filter((c) => c.fires.one_up > 0);
  const cells = (c: (typeof counted)[number]): string =>
    `${c.blocks.one_up} | ${c.blocks.mixed} | ${c.blocks.one_down} | ${c.onlyBlockOnOneDown} | ` +
    `${c.fires.one_up} / ${c.fires.mixed} / ${c.fires.one_down}`;
  return [
    '### How the policy was calibrated',
    '',
    `Measured with \`npm run eval:checker -- --rules\` on the dev sets with no context (${calibration.sets.join(', ')}: ` +
      `${rows.one_up} One-Up, ${rows.mixed} mixed and ${rows.one_down} One-Down openers). For each rule: the openers ` +
      'of each label it blocked, the One-Down openers no other rule blocked (what the block buys: without it they ' +
      'would not be blocked), and the openers of each label it found anything on (what a block would cost). A ' +
      'block on a mixed opener is allowed by the label rule (mixed means not ready: needs work, or blocked where ' +
      'the habit is serious); a block on a One-Up opener is the error the policy is built to avoid.',
    '',
    '- **Blocks alone**: the permission and deception phrases, and boilerplate as the only benefit: the ' +
      'label rule makes deception One-Down, and a request for time now is the method’s first One-Down sign. ' +
      'Deception rules about earlier contact become notes when `priorContact` is on record (the dev ' +
      'corpus’s One-Up openers that carry it are blocked in this no-context run).',
    '- **Blocks only when corroborated**: the missing parts. A part the reader did not find may be there in an ' +
      'unfamiliar form, so a second, independent sign must agree: no value blocks only with no insight, no claim ' +
      'about peers or a change, and no figure about the prospect’s world (a count, a length, an amount outside ' +
      'who calls, the ask and talk about us; a year, a date, a quarter such as Q3, a clock time or a phone number is no such figure); ' +
      'no insight blocks only next to talk about us; no ask blocks only with no question, no vague ask, no way ' +
      'back and no step the prospect is told to take ("reply YES", "send me two dates"); and two of who, why ' +
      'and the ask count as missing only where each is surely missing (a figure about their world is a reason, ' +
      'a step they are told to take is an ask). A weak offer (a demo, a product tour, "learn about us") is ' +
      'One-Down by the label rule but blocks only next to talk about us (a self-focus finding or a sentence ' +
      'describing our company): then the meeting offered is a pitch. On the dev sets the two together never ' +
      'fell on a One-Up opener.',
    `- **Warns, never blocks**: every other habit. ${wouldCost.length} of these rules found something on ` +
      `One-Up openers (${sum(wouldCost, (c) => c.fires.one_up)} finds; placeholders, vague asks and email form ` +
      'most of all), each a false block if it blocked. Self-focus, hedging, jargon and length make an opener ' +
      'mixed by the label rule, not One-Down.',
    '',
    `Blocks by the rules that can block (one per rule and opener): ${sum(blocking, (c) => c.blocks.one_up)} on ` +
      `One-Up openers, ${sum(blocking, (c) => c.blocks.mixed)} on mixed ones and ` +
      `${sum(blocking, (c) => c.blocks.one_down)} on One-Down ones.`,
    '',
    '| rule | blocks | One-Up blocked | mixed blocked | One-Down blocked | only block on One-Down | found on One-Up / mixed / One-Down |',
    '|---|---|---|---|---|---|---|',
    ...blocking.map(
      (c) => `| \`${c.ruleId}\` | ${blockPolicy(byId.get(c.ruleId)!)} | ${cells(c)} |`,
    ),
    ...wouldCost.map((c) => `| \`${c.ruleId}\` | never | ${cells(c)} |`),
    '',
  ];
}

/**
 * Renders docs/checker-rules.md from the catalog. Pure so the freshness test can compare the
 * committed file with what the catalog says today.
 */
export function renderRuleDocs(rules: readonly Rule[] = RULES): string {
  const out: string[] = [];
  out.push('# Opener checker rules');
  out.push('');
  out.push(
    '<!-- Generated from src/shared/checker/catalog.ts by `npm run docs:rules`. Do not edit by hand. -->',
  );
  out.push('');
  out.push(
    `The One-Up opener checker applies ${rules.length} rules in ${CATEGORIES.length} categories. ` +
      'Each finding carries the rule id, its severity, the exact span, why it matters and a suggested rewrite.',
  );
  out.push('');
  out.push(...VERDICT_POLICY);
  out.push(...calibrationSection(rules, CALIBRATION));
  out.push('## Verdict and score');
  out.push('');
  out.push(
    '- **blocked**: at least one `block` finding. **needs work**: at least one `warn`. **ready**: otherwise.',
  );
  out.push(`- Score: ${SCORE_FORMULA}`);
  out.push(
    '- Context: a rule marked "relaxed by" reports `info` instead of its severity when that fact is on record ' +
      '(`priorContact`, `referralOnRecord`). `transactional` drops the insight requirement, and an order, ' +
      'reorder or renewal close ("Are you ready to reorder the 40 pallets?") is the ask.',
  );
  out.push(
    '- Modes: `call` (the default), `email` (a `Subject:` first line or a separate subject means email) and ' +
      '`voicemail`: nobody can answer a voicemail, so its ask is the way back it leaves (a number, a time ' +
      'you will call again, an email you will send), and `missing_ask.callback` replaces the meeting ask.',
  );
  out.push('');
  out.push('## Summary');
  out.push('');
  out.push('| rule | category | call | email | voicemail | relaxed by |');
  out.push('|---|---|---|---|---|---|');
  for (const rule of rules) {
    const severities = CHECK_MODES.map((mode) => severityIn(rule, mode) ?? '—').join(' | ');
    out.push(`| \`${rule.id}\` | ${rule.category} | ${severities} | ${rule.relaxedBy ?? ''} |`);
  }
  for (const category of CATEGORIES) {
    const inCategory = rules.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    out.push('');
    out.push(`## ${category}`);
    for (const rule of inCategory) {
      out.push('');
      out.push(`### \`${rule.id}\``);
      out.push('');
      out.push(`${rule.message}`);
      out.push('');
      out.push(
        `- **Severity**: ${CHECK_MODES.map((mode) => `${mode} ${severityIn(rule, mode) ?? 'not checked'}`).join(', ')}${rule.relaxedBy ? `; info when \`${rule.relaxedBy}\`` : ''}.`,
      );
      if (rule.kind === 'structural' && rule.blockWhen)
        out.push(`- **Blocks when**: ${rule.blockWhen.because}`);
      out.push(
        `- **Matcher**: ${rule.kind === 'phrase' ? 'phrase pattern' + (rule.accept ? ' with a context check' : '') : 'whole-opener check'}.`,
      );
      out.push(`- **Why**: ${rule.why}`);
      if (rule.evidence)
        out.push(`- **Evidence**: ${rule.evidence.fact} (${rule.evidence.source})`);
      out.push(`- **Fix**: ${rule.suggestion}`);
      const example = rule.examples[0];
      if (example !== undefined) out.push(`- **Example**: “${example.replace(/\n/g, ' / ')}”`);
    }
  }
  out.push('');
  return out.join('\n');
}
