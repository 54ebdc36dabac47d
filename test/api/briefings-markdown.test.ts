import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { filenameFor, inline } from '../../src/main/briefings/markdown';
import type { Briefing } from '../../src/shared/domain/briefing';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
const unescape = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/gu, '$1');

/** The characters that would change the document's structure if they reached it unescaped. */
function unescapedSpecials(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]!;
    if (char === '\\') {
      i++; // the next character is escaped
      continue;
    }
    if ('`*_[]<>|~#$'.includes(char)) found.push(char);
  }
  return found;
}

describe('the Markdown export', () => {
  it('keeps hostile text as text: no stray headings, tables, emphasis, code or HTML', async () => {
    const b = openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
    const nasty = await call(b, 'insights:create', {
      headline: '# 50% | of *ops* leaders `rm -rf` <script>alert(1)</script> ##',
      detail: '## not a heading\n- not a list\n\n> not a quote\n---\n    not code\n1. not ordered',
      evidence: '| a | b |\n|---|---|\n| 1 | 2 |',
      source: '[click](javascript:alert(1)) & &amp; 🚚',
      sourceUrl: 'https://example.com/a b?x=<y>',
      isPublic: true,
    });
    const prospect = await call(b, 'prospects:create', {
      name: 'Zoë *Star* Ångström 🚀',
      company: '_Tide_ | water',
    });
    const briefing = await call(b, 'briefings:create', {
      title: '=== Q3 `review` 🚚 ===',
      prospectId: prospect.id,
      items: [
        {
          insightId: nasty.id,
          talkingPoints:
            '* first *bold*\n\n  - second\n+ third | with pipe\n1) fourth\n- - nested?\n\t#hash',
        },
      ],
      questions: ['# Is *this* a heading?', '<b>Bold?</b> `code`', '2. twice numbered 👍'],
      lengthMinutes: 45,
    });
    const { markdown, filename } = await call(b, 'briefings:export-markdown', {
      id: briefing.id,
    });

    const lines = markdown.split('\n');
    // Exactly the headings the export itself writes: the title, one per insight, the questions.
    expect(lines.filter((line) => /^#{1,6} /u.test(line))).toEqual([
      '# \\=== Q3 \\`review\\` 🚚 ===',
      '## 1. \\# 50% \\| of \\*ops\\* leaders \\`rm -rf\\` \\<script\\>alert(1)\\</script\\> \\#\\#',
      '## Questions to ask',
    ]);
    // No line the rep typed opens a block: quote, table, code, rule, setext underline or list.
    const structural = lines.filter(
      (line) =>
        /^(?:>|\||`{3}|~{3}| {4}|-{3}|={3})/u.test(line) ||
        (/^(?:[-*+]|\d+[.)]) /u.test(line) &&
          !/^- (?:first|second|third|fourth|\\- nested|\\#hash)/u.test(line) &&
          !/^[123]\. /u.test(line)),
    );
    expect(structural).toEqual([]);
    expect(lines).toContain('- first \\*bold\\*');
    expect(lines).toContain('- \\- nested?');
    expect(lines).toContain('1. \\# Is \\*this\\* a heading?');
    expect(lines).toContain('3. 2\\. twice numbered 👍');
    expect(markdown).toContain('**For:** Zoë \\*Star\\* Ångström 🚀, \\_Tide\\_ \\| water\\');
    // The source is a link only to the real http(s) URL, with the hostile label escaped.
    expect(markdown).toContain(
      '**Source:** [\\[click\\](javascript:alert(1)) & \\&amp; 🚚](<https://example.com/a%20b?x=%3Cy%3E>) (public source)',
    );
    expect(markdown).not.toMatch(/<script>/u);
    // Nothing the rep typed is lost: unescaping the body gives their words back.
    expect(unescape(markdown)).toContain(
      '# 50% | of *ops* leaders `rm -rf` <script>alert(1)</script> ##',
    );
    expect(unescape(markdown)).toContain('> not a quote');
    expect(filename).toBe('Q3 review - Zoe Star Angstrom.md');
    b.close();
  });

  it('escapes any line so that unescaping gives it back and nothing special is left', () => {
    const alphabet = [...'#*_`|<>[]()!~&$\\-+=.1 a', 'é', '🚚', '&amp;', '\n'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 2_000; round++) {
      const length = Math.floor(random() * 20);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const escaped = inline(text);
      const expected = text.replace(/\s*\n\s*/gu, ' ').trim();
      expect(unescape(escaped), JSON.stringify(text)).toBe(expected);
      expect(unescapedSpecials(escaped), JSON.stringify(text)).toEqual([]);
      expect(escaped, JSON.stringify(text)).not.toMatch(/^(?:[-+=>]|\d+[.)])/u);
      expect(escaped).not.toMatch(/(?<!\\)&[#\w]+;/u);
    }
  });

  it('names the file after the briefing and its prospect, in characters every disk accepts', () => {
    const named = (title: string, prospect: string | null) =>
      filenameFor({
        title,
        prospect: prospect === null ? null : { id: 1, name: prospect, title: '', company: '' },
      } as Briefing);
    expect(named('Freight: Q3 / Q4?', 'Dana')).toBe('Freight Q3 Q4 - Dana.md');
    expect(named('../../etc/passwd', null)).toBe('etc passwd - template.md');
    expect(named('🚚🚚', null)).toBe('template.md');
    expect(named('x'.repeat(300), null)).toHaveLength(83);
  });
});
