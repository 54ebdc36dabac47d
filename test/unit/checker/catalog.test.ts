import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, checkOpener, PHRASE_RULES, RULES } from '../../../src/shared/checker/index';
import { CUES } from '../../../src/shared/checker/cues';
import { renderRuleDocs } from '../../../src/shared/checker/rule-docs';
import { hasCapturingGroup } from '../../../src/shared/checker/patterns';
import { compileScanner } from '../../../src/shared/checker/scanner';
import { triggersOf } from '../../../src/shared/checker/triggers';

describe('the rule catalog', () => {
  it('has at least 40 rules with unique ids named after their category', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
      expect(rule.message && rule.why && rule.suggestion, rule.id).toBeTruthy();
    }
  });

  it('covers every category', () => {
    expect(new Set(RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it('flags each rule’s own examples with that rule', () => {
    for (const rule of RULES) {
      for (const example of rule.examples) {
        const mode =
          rule.modes?.length === 1
            ? rule.modes[0]
            : rule.emailSeverity === undefined && rule.category === 'email'
              ? 'email'
              : undefined;
        const result = checkOpener(mode ? { text: example, mode } : { text: example });
        expect(
          result.findings.map((f) => f.ruleId),
          `${rule.id}: ${example}`,
        ).toContain(rule.id);
      }
    }
  });

  it('does not flag any rule’s near misses (its valid examples) with that rule', () => {
    // RuleTester style: every rule lists texts it must flag (examples) and texts it must not.
    const wrong: string[] = [];
    for (const rule of RULES)
      for (const text of rule.valid ?? []) {
        const mode = rule.modes?.length === 1 ? rule.modes[0] : undefined;
        const ids = checkOpener(mode ? { text, mode } : { text }).findings.map((f) => f.ruleId);
        if (ids.includes(rule.id)) wrong.push(`${rule.id}: ${text}`);
      }
    expect(wrong).toEqual([]);
    expect(RULES.filter((r) => (r.valid ?? []).length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('knows which words every pattern can start with, so the scan never tries a pattern everywhere', () => {
    for (const rule of RULES)
      if (rule.kind === 'phrase') expect(triggersOf(rule.pattern), rule.id).not.toBeNull();
    for (const cue of CUES) expect(triggersOf(cue.pattern), cue.pattern).not.toBeNull();
    expect(() => compileScanner(PHRASE_RULES, 'call')).not.toThrow();
    expect(() => compileScanner(PHRASE_RULES, 'email')).not.toThrow();
    expect(() => compileScanner(PHRASE_RULES, 'voicemail')).not.toThrow();
  });

  it('refuses a pattern with a capturing group, read from the text without compiling it', () => {
    for (const source of ['(a)', '(?<when>a)', 'x|(b c)'])
      expect(hasCapturingGroup(source)).toBe(true);
    for (const source of [
      '(?:a)',
      '(?<=a)b',
      '(?<!a)b',
      '(?=a)',
      '[(]a',
      String.raw`\(a`,
      String.raw`[\]( ]`,
    ])
      expect(hasCapturingGroup(source), source).toBe(false);
    const [rule] = PHRASE_RULES;
    expect(() => compileScanner([{ ...rule!, pattern: 'we (really) help' }], 'call')).toThrow(
      /\(\?:…\) groups only/,
    );
  });
});

describe('docs/checker-rules.md', () => {
  it('is up to date with the catalog (run `npm run docs:rules`)', () => {
    const committed = readFileSync(
      new URL('../../../docs/checker-rules.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderRuleDocs());
  });

  it('documents every rule and the score formula', () => {
    const docs = renderRuleDocs();
    for (const rule of RULES) expect(docs).toContain(`\`${rule.id}\``);
    expect(docs).toContain('25 × blocks');
  });
});
