import { RULES } from './catalog';
import type { Rule } from './rule-types';
import { severityIn } from './rule-types';
import { SCORE_FORMULA } from './score';
import { CATEGORIES } from './types';

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
  out.push('## Verdict and score');
  out.push('');
  out.push(
    '- **blocked**: at least one `block` finding. **needs work**: at least one `warn`. **ready**: otherwise.',
  );
  out.push(`- Score: ${SCORE_FORMULA}`);
  out.push(
    '- Context: a rule marked "relaxed by" reports `info` instead of its severity when that fact is on record ' +
      '(`priorContact`, `referralOnRecord`). `transactional` drops the insight requirement.',
  );
  out.push('');
  out.push('## Summary');
  out.push('');
  out.push('| rule | category | call | email | relaxed by |');
  out.push('|---|---|---|---|---|');
  for (const rule of rules) {
    out.push(
      `| \`${rule.id}\` | ${rule.category} | ${severityIn(rule, 'call') ?? '—'} | ${severityIn(rule, 'email') ?? '—'} | ${rule.relaxedBy ?? ''} |`,
    );
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
        `- **Severity**: call ${severityIn(rule, 'call') ?? 'not checked'}, email ${severityIn(rule, 'email') ?? 'not checked'}${rule.relaxedBy ? `; info when \`${rule.relaxedBy}\`` : ''}.`,
      );
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
