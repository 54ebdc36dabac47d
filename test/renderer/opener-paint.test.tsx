import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { paint } from '../../src/renderer/src/features/plans/OpenerEditor';
import type { Finding, Severity } from '../../src/shared/checker';

const finding = (ruleId: string, severity: Severity, start: number, end: number): Finding => ({
  ruleId,
  category: 'hedging',
  severity,
  message: ruleId,
  why: '',
  suggestion: '',
  field: 'text',
  start,
  end,
});

const marks = (text: string, spans: Finding[]) =>
  [
    ...renderToStaticMarkup(<>{paint(text, spans)}</>).matchAll(
      /<mark class="hl hl-(\w+)" data-rule="([\w.]+)">([^<]*)<\/mark>/gu,
    ),
  ].map(([, severity, rule, words]) => `${severity}:${rule}:${words}`);

describe('the opener editor paints findings under the text', () => {
  const text = 'Sorry, is now a good time to talk about freight?';
  const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
  const block = finding('permission.good_time', 'block', ...at('is now a good time'));

  it('keeps a block visible inside a longer warning, and the warning around it', () => {
    expect(marks(text, [finding('hedging.long', 'warn', 0, at('to talk')[1]), block])).toEqual([
      'warn:hedging.long:Sorry, ',
      'block:permission.good_time:is now a good time',
      'warn:hedging.long: to talk',
    ]);
  });

  it('on equal severity the finding that starts first keeps its words whole', () => {
    expect(
      marks(text, [
        finding('a.wide', 'warn', 0, at('a good')[1]),
        finding('b.narrow', 'warn', ...at('is now')),
      ]),
    ).toEqual(['warn:a.wide:Sorry, is now a good']);
  });

  it('gives back the text unchanged, every character once', () => {
    const html = renderToStaticMarkup(
      <>{paint(text, [block, finding('x.y', 'info', ...at('about freight'))])}</>,
    );
    expect(html.replace(/<[^>]+>/gu, '')).toBe(text);
  });
});
