/**
 * `npm run eval:reword [-- --verbose]`: how often a change of wording alone turns a good opener
 * into a blocked one. Every One-Up opener of the dev sets (test/fixtures/openers-dev-*.jsonl) that
 * the checker does not block as written is rewritten in each way a rep might write the same thing
 * (all lower case, contractions spelled out or shortened, a number in words, a weekday cut short,
 * other quotes, no commas) and checked again. The meaning stays; a block that appears is the
 * checker reading wording, not meaning. `--verbose` lists each opener that turns blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckMode } from '../src/shared/checker/index';
import { checkOpener } from '../src/shared/checker/index';
// The checker's language model, loaded once on the first check, as the backend loads it.
import '../src/main/checker-model';

const NUMBER_WORDS: Record<string, string> = {
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '10': 'ten',
  '15': 'fifteen',
  '20': 'twenty',
  '30': 'thirty',
  '45': 'forty-five',
};
const SHORT_DAYS: Record<string, string> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
};

/** Each way of writing the same opener, by name. A rewording that changes nothing is skipped. */
export const REWORDINGS: Readonly<Record<string, (text: string) => string>> = {
  'lower case': (text) => text.toLowerCase(),
  'contractions spelled out': (text) =>
    text
      .replace(/\bI['’]m\b/g, 'I am')
      .replace(/\b(we|you|they)['’]re\b/gi, '$1 are')
      .replace(/\b(won|can)['’]t\b/gi, (_, verb: string) =>
        verb.toLowerCase() === 'won' ? 'will not' : 'cannot',
      )
      .replace(/\b(do|does|did|is|are|was|were|have|has|had)n['’]t\b/gi, '$1 not')
      .replace(/\bI['’]d\b/g, 'I would')
      .replace(/\b(it|that|here)['’]s\b/gi, '$1 is')
      .replace(/\b(I|we|you)['’]ll\b/g, '$1 will')
      .replace(/\b(I|we|you)['’]ve\b/g, '$1 have'),
  'contractions shortened': (text) =>
    text
      .replace(/\bI am\b/g, 'I’m')
      .replace(/\bwe are\b/g, 'we’re')
      .replace(/\bdo not\b/g, 'don’t')
      .replace(/\bI would\b/g, 'I’d')
      .replace(/\bit is\b/g, 'it’s')
      .replace(/\bI will\b/g, 'I’ll'),
  'a number in words': (text) =>
    text.replace(
      /\b(2|3|4|5|10|15|20|30|45)(?=[ -](?:min|minutes|weeks|days|hours)\b)/g,
      (figure) => NUMBER_WORDS[figure] ?? figure,
    ),
  'a weekday cut short': (text) =>
    text.replace(
      /\b(monday|tuesday|wednesday|thursday|friday)\b/gi,
      (day) => SHORT_DAYS[day.toLowerCase()] ?? day,
    ),
  'straight quotes': (text) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"'),
  'curly apostrophes': (text) => text.replace(/'/g, '’'),
  'no commas': (text) => text.replace(/,/g, ''),
};

interface Opener {
  id: string;
  text: string;
  mode?: CheckMode;
}

function goodOpeners(dir: string): Opener[] {
  const openers: Opener[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.startsWith('openers-dev') || !file.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; mode?: CheckMode; label: string };
      if (row.label === 'one_up') openers.push({ id: row.id, text: row.text, mode: row.mode });
    }
  }
  return openers;
}

const blocked = (text: string, mode: CheckMode | undefined): boolean =>
  checkOpener(mode ? { text, mode } : { text }).verdict === 'blocked';

function main(): void {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const openers = goodOpeners('test/fixtures').filter((o) => !blocked(o.text, o.mode));
  console.log(
    `${openers.length} One-Up dev openers the checker does not block as written; each rewritten and checked again:\n`,
  );
  for (const [name, reword] of Object.entries(REWORDINGS)) {
    let tried = 0;
    const turned: string[] = [];
    for (const opener of openers) {
      const text = reword(opener.text);
      if (text === opener.text) continue;
      tried++;
      if (blocked(text, opener.mode)) turned.push(`  ${opener.id}: ${text.slice(0, 160)}`);
    }
    console.log(`${name.padEnd(26)} blocked ${turned.length} of ${tried} rewritten`);
    if (verbose) for (const line of turned) console.log(line.replace(/\s+/g, ' '));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
