// No zod here: the first screen imports this, and zod's schemas cost start-up time to build.

/**
 * True while a search box holds a single letter or digit still being typed. The backend leaves a
 * one-letter prefix out of the query (it would scan every word starting with that letter), so a
 * list keeps showing what it showed until the second letter arrives.
 */
export function awaitsSecondLetter(text: string): boolean {
  return /^\s*(?:\p{L}\p{M}*|\p{N})$/u.test(text);
}
