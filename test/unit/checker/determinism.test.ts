import { CORROBORATED_BLOCKS } from '../../../src/shared/checker/rules/policy';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckInput, CheckResult } from '../../../src/shared/checker/index';
import { checkOpener, RULES, RULES_BY_ID } from '../../../src/shared/checker/index';
import { parseCorpus } from '../../../src/shared/checker/eval';

/**
 * The checker's output is stored with every dialed call, and it is tuned for speed. This pins the
 * full result for a few hundred inputs so a faster checker cannot quietly report something else:
 * every corpus opener as labeled, the same text with no context in the other mode, a half-typed
 * prefix (what the plan screen checks on each keystroke), and every rule's own examples.
 *
 * When a change of behaviour is intended, regenerate the snapshot and review its diff:
 *   ONEUP_UPDATE_CHECKER_SNAPSHOT=1 npx vitest run test/unit/checker/determinism.test.ts
 */
const SNAPSHOT_URL = new URL('../../fixtures/checker-results.snapshot.json', import.meta.url);
const UPDATE = process.env.ONEUP_UPDATE_CHECKER_SNAPSHOT === '1';

interface Case {
  id: string;
  input: CheckInput;
}

function cases(): Case[] {
  const corpus = parseCorpus(
    readFileSync(new URL('../../fixtures/openers.jsonl', import.meta.url), 'utf8'),
  );
  const all: Case[] = [];
  for (const entry of corpus) {
    all.push({
      id: entry.id,
      input: {
        text: entry.text,
        ...(entry.mode ? { mode: entry.mode } : {}),
        ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
        ...(entry.context ? { context: entry.context } : {}),
      },
    });
    const otherMode = entry.mode === 'email' ? 'call' : 'email';
    all.push({ id: `${entry.id}/${otherMode}-bare`, input: { text: entry.text, mode: otherMode } });
    const cut = Math.floor(entry.text.length * 0.6);
    all.push({ id: `${entry.id}/typing`, input: { text: entry.text.slice(0, cut) } });
  }
  // A long text exercises what short openers never reach: growing buffers, many sentences.
  const long = corpus
    .slice(0, 40)
    .map((entry) => entry.text)
    .join('\n\n');
  all.push({ id: 'long/first-40-joined', input: { text: long, mode: 'call' } });
  for (const rule of RULES) {
    rule.examples.forEach((text, index) => {
      all.push({ id: `${rule.id}/example-${index}/call`, input: { text, mode: 'call' } });
      all.push({ id: `${rule.id}/example-${index}/email`, input: { text, mode: 'email' } });
    });
  }
  return all;
}

/**
 * A finding's category, message, why, suggestion and evidence are its rule's (checked below), so
 * the snapshot keeps only what the check itself decided: which rule, how severe, where, and any
 * replacement. Everything else in the result is kept as it is, in its order.
 */
const FROM_THE_RULE = ['category', 'message', 'why', 'suggestion', 'evidence'] as const;

function pinnedForm(result: CheckResult): unknown {
  return {
    ...result,
    findings: result.findings.map((finding) => {
      const decided: Record<string, unknown> = { ...finding };
      for (const key of FROM_THE_RULE) delete decided[key];
      return decided;
    }),
  };
}

/** One case per line, so a behaviour change shows up as a readable diff of the cases it touched. */
function serialize(results: Map<string, CheckResult>): string {
  const lines = [...results].map(
    ([id, result]) => `${JSON.stringify(id)}: ${JSON.stringify(pinnedForm(result))}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

describe('checker determinism', () => {
  const all = cases();
  // A JSON round trip drops undefined fields, exactly as storing the result with a call does.
  const results = new Map(
    all.map((c) => [c.id, JSON.parse(JSON.stringify(checkOpener(c.input))) as CheckResult]),
  );

  it('has distinct case ids', () => {
    expect(results.size).toBe(all.length);
  });

  it('reports exactly the pinned result for every corpus opener, variant and rule example', () => {
    if (UPDATE) writeFileSync(SNAPSHOT_URL, serialize(results));
    expect(existsSync(SNAPSHOT_URL), 'run with ONEUP_UPDATE_CHECKER_SNAPSHOT=1 to create it').toBe(
      true,
    );
    const pinned = JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(pinned).sort()).toEqual([...results.keys()].sort());
    const changed: string[] = [];
    for (const [id, result] of results) {
      if (JSON.stringify(pinnedForm(result)) !== JSON.stringify(pinned[id])) changed.push(id);
    }
    expect(changed).toEqual([]);
  });

  it("words every finding exactly as its rule does, in the rule's field order", () => {
    const wrong: string[] = [];
    for (const [id, result] of results) {
      for (const finding of result.findings) {
        const rule = RULES_BY_ID.get(finding.ruleId);
        const expected = rule && {
          ruleId: rule.id,
          category: rule.category,
          severity: finding.severity,
          field: finding.field,
          start: finding.start,
          end: finding.end,
          message: rule.message,
          why: rule.why,
          // A suggestion may be built from the opener's own words and context.
          suggestion: rule.suggestFor ? finding.suggestion : rule.suggestion,
          ...(rule.evidence
            ? { evidence: { fact: rule.evidence.fact, source: rule.evidence.source } }
            : {}),
          ...(finding.replacement !== undefined ? { replacement: finding.replacement } : {}),
          // A part's rule that blocks says its own reason; a habit that blocks where a second
          // finding agrees says the policy's (rules/policy.ts).
          ...(finding.blockedBecause !== undefined
            ? {
                blockedBecause:
                  rule.kind === 'structural' && rule.blockWhen
                    ? rule.blockWhen.because
                    : CORROBORATED_BLOCKS[rule.category]?.because,
              }
            : {}),
        };
        if (JSON.stringify(finding) !== JSON.stringify(expected))
          wrong.push(`${id} ${finding.ruleId}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same result when the same input is checked again after others', () => {
    // Caches inside the checker (compiled scanners, token tables) must not leak between checks.
    for (const c of all.slice(0, 60)) {
      expect(JSON.parse(JSON.stringify(checkOpener(c.input)))).toEqual(results.get(c.id));
    }
  });
});
