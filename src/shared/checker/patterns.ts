/**
 * The small regex dialect the rule catalog is written in, so that rules stay readable as data:
 * a space stands for any run of whitespace (line breaks and non-breaking spaces included) and an
 * apostrophe stands for either the typed or the typographic one; " ?" is optional whitespace.
 */

/** Not after / not before a letter, digit or combining mark of any script (accents, right-to-left names). */
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}\p{M}_])`;
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}\p{M}_])`;

export function dialectToSource(pattern: string): string {
  if (/\[[^\]]*[ ']/.test(pattern)) {
    // A space or apostrophe inside a character class would be rewritten into nonsense.
    throw new Error(`pattern has a space or apostrophe inside [...]: ${pattern}`);
  }
  return pattern
    .replace(/'/g, "['’]")
    .replace(/ \?(?![:=!<])/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`);
}

/** Groups in a source, so the combined scanner can tell alternatives apart by group index. */
export function capturingGroupCount(source: string): number {
  const probe = new RegExp(`${source}|`, 'u').exec('');
  return probe ? probe.length - 1 : 0;
}

/** One rule's pattern as a standalone, whole-word regex (used by tests and the floor benchmark). */
export function wholeWordRegExp(pattern: string, flags = 'giu'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${dialectToSource(pattern)})${NOT_BEFORE_WORD}`, flags);
}
