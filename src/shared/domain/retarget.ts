/** Who an opener is addressed to: the names it says. */
export interface Addressee {
  name: string;
  company: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const firstName = (name: string) => name.trim().split(/\s+/u)[0] ?? '';
const lastName = (name: string) => {
  const parts = name.trim().split(/\s+/u);
  return parts.length > 1 ? parts[parts.length - 1]! : '';
};

/**
 * An opener written for one prospect, addressed to another: their full name, first name, last
 * name and company are swapped wherever the opener says them as whole words (longest first, so
 * "Priya Raman" is not half-replaced by "Priya"). Anything the new prospect lacks (no company on
 * record) is left as it was, for the rep to see in the plan; nothing else is touched.
 */
export function retargetOpener(opener: string, from: Addressee, to: Addressee): string {
  const swaps = new Map<string, string>();
  for (const [before, after] of [
    [from.company.trim(), to.company.trim()],
    [from.name.trim(), to.name.trim()],
    [lastName(from.name), lastName(to.name)],
    [firstName(from.name), firstName(to.name)],
  ] as const) {
    if (before !== '' && after !== '' && !swaps.has(before)) swaps.set(before, after);
  }
  if (swaps.size === 0) return opener;
  // One pass over the text, longest name first: a name just put in is never replaced again
  // ("Ann Lee" → "Lee Park" stays "Lee Park", though "Lee" is also swapped).
  const alternatives = [...swaps.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  return opener.replace(pattern, (match) => swaps.get(match) ?? match);
}
