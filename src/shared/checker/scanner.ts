import type { Analysis } from './analysis';
import { PHRASE_RULES } from './catalog';
import type { Cue } from './cues';
import { CUES } from './cues';
import { capturingGroupCount, dialectToSource, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './patterns';
import type { PhraseMatch, PhraseRule } from './rule-types';
import type { CheckMode } from './types';

/**
 * The single pass over the text. All phrase rules active in a mode and all component cues are
 * compiled once into one alternation, each alternative in its own capture group; a match's group
 * says which rule or cue it was. After a match the scan resumes one character later rather than
 * after the match, so a phrase that starts inside another ("our solutions" → "solutions") is
 * still seen.
 */
type Entry = { kind: 'rule'; rule: PhraseRule } | { kind: 'cue'; cue: Cue };

interface CompiledScanner {
  regex: RegExp;
  entries: Entry[];
}

export interface RuleHit extends PhraseMatch {
  rule: PhraseRule;
}

const compiled = new Map<CheckMode, CompiledScanner>();

function entrySource(pattern: string, label: string): string {
  const source = dialectToSource(pattern);
  if (capturingGroupCount(source) !== 0) {
    throw new Error(`${label}: patterns must use (?:…) groups only`);
  }
  return `(${source})${NOT_BEFORE_WORD}`;
}

export function scannerFor(mode: CheckMode): CompiledScanner {
  const cached = compiled.get(mode);
  if (cached) return cached;
  const entries: Entry[] = [];
  const sources: string[] = [];
  for (const rule of PHRASE_RULES) {
    if (rule.modes && !rule.modes.includes(mode)) continue;
    entries.push({ kind: 'rule', rule });
    sources.push(entrySource(rule.pattern, rule.id));
  }
  for (const cue of CUES) {
    entries.push({ kind: 'cue', cue });
    sources.push(entrySource(cue.pattern, `cue ${cue.kind}`));
  }
  const regex = new RegExp(`${NOT_AFTER_WORD}(?:${sources.join('|')})`, 'giu');
  const scanner = { regex, entries };
  compiled.set(mode, scanner);
  return scanner;
}

/** Scans the body once; fills `analysis.cues` and returns the rule matches in text order. */
export function scan(analysis: Analysis): RuleHit[] {
  const { regex, entries } = scannerFor(analysis.mode);
  const hits: RuleHit[] = [];
  const text = analysis.scan;
  regex.lastIndex = analysis.bodyStart;
  for (;;) {
    const match = regex.exec(text);
    if (!match || match.index >= analysis.bodyEnd) break;
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    const entry = entries[group - 1];
    const start = match.index;
    const end = start + match[0].length;
    regex.lastIndex = start + 1;
    if (!entry || end > analysis.bodyEnd) continue;
    if (entry.kind === 'cue') {
      analysis.cues[entry.cue.kind].push({ start, end });
    } else {
      hits.push({ rule: entry.rule, start, end });
    }
  }
  return hits;
}
