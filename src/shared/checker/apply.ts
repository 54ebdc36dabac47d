/**
 * Puts a finding's replacement in place of its span and tidies what a removal leaves behind:
 * a doubled space, a space before punctuation, or a stray comma or period at a sentence start.
 */
export function applyReplacement(
  text: string,
  start: number,
  end: number,
  replacement: string,
): string {
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (replacement === '') {
    after = after.replace(/^[ \t]+/u, '');
    // "Hi. I'll be quick. Here is…" → drop the period that ended the removed sentence.
    if (/(^|[.!?]\s*)$/u.test(before) && /^[.,;:!]/u.test(after))
      after = after.slice(1).replace(/^[ \t]+/u, '');
    if (/[ \t]$/u.test(before) && /^[.,;:!?]/u.test(after)) before = before.replace(/[ \t]+$/u, '');
    const joiner =
      before !== '' && !/\s$/u.test(before) && after !== '' && !/^[\s.,;:!?]/u.test(after)
        ? ' '
        : '';
    return before + joiner + after;
  }
  return before + replacement + after;
}
