/**
 * A small fuzzy matcher for command titles: every typed character must appear in order; runs of
 * consecutive characters and matches at the start of a word score higher, so "sett" puts
 * "Go to Settings" before "Show keyboard shortcuts". Returns null when there is no match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const needle = query.toLocaleLowerCase().replace(/\s+/gu, '');
  if (needle === '') return 0;
  const haystack = text.toLocaleLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of needle) {
    const at = haystack.indexOf(char, from);
    if (at === -1) return null;
    const wordStart = at === 0 || /[\s\-_/.:]/u.test(haystack[at - 1]!);
    score += 1;
    if (at === previous + 1) score += 4;
    if (wordStart) score += 6;
    // Characters skipped cost a little, so tighter matches win ties.
    score -= Math.min(at - from, 10) * 0.1;
    previous = at;
    from = at + 1;
  }
  // A contiguous substring match is what people usually mean.
  if (haystack.includes(needle)) score += 10;
  return score;
}
