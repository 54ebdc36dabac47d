/**
 * The stem of a file name every file system accepts: accents dropped, anything but letters, digits,
 * space, dot, underscore and hyphen turned into a space, no leading or trailing dots or dashes, at
 * most `maxLength` characters. Empty when nothing usable is left; the caller supplies a default.
 */
export function fileStem(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^A-Za-z0-9 ._-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/gu, '')
    .slice(0, maxLength)
    .trim();
}
