/**
 * CSV injection: a spreadsheet runs a cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return as a formula (`=HYPERLINK(...)` typed into a prospect's notes would become a live link).
 * A cell is also split wherever the spreadsheet's list separator falls, and a quote helps only at
 * the very start of a field: a rep whose separator is `;` opening our comma-separated file gets
 * `Acme;=cmd|' /C calc'!A0` as two cells, the second a formula. So an apostrophe, which
 * spreadsheets read as "this is text", goes in front of the cell AND in front of every part of it
 * that follows a `,` `;` tab or line break, wherever that part would start a formula.
 *
 * The guard is exactly reversible, so our own import gives back what was exported: an apostrophe
 * that is already at such a place is guarded as well (`'=x` is written `''=x`).
 */

/**
 * A place where a formula would begin: the start of the cell or of a part after a separator, before
 * `= + - @`, tab, carriage return or an apostrophe. Lookbehind, not a captured separator: a tab
 * both ends one part and starts the next.
 */
const GUARD_AT = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r'])/gu;
/** An apostrophe that GUARD_AT put there. */
const GUARD = /(?<=^|[,;\t\r\n])'(?=[=+\-@\t\r'])/gu;

export function guardFormula(value: string): string {
  return value.replace(GUARD_AT, "'");
}

/** The inverse of guardFormula: only apostrophes it put in come out. */
export function unguardFormula(cell: string): string {
  return cell.replace(GUARD, '');
}
