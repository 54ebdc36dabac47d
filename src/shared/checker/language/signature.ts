import type { Span } from '../types';
import type { Parsed, Word } from './parse';

/**
 * An email signed with the sender's name on a line of its own at the end, with no sign-off word
 * before it and no blank line around it: "…Worth a quick call?\nScott", "…work?\nMaya Lin\nRamp
 * Coaching", "…\n[Your name]", "…\n{{sender_name}}\n{{sender_title}}". The label rule takes an
 * email's identity from its From line, so a signature like this one is enough (OPENER-LABELS.md,
 * no_identity).
 *
 * The name line is read by the language model: one to three proper nouns and nothing else, or a
 * template slot that stands for the sender. What may follow it is what follows a name in a
 * signature block: short lines that are not sentences (a title, a company, a phone number) and a
 * postscript. A closing question ("Interested?") or a sentence ("No pressure either way.") is no
 * name, and a sign-off word alone ("Cheers") names nobody. The lines under the name (or after it
 * on its line) give the sender's company.
 */
export function readSignature(
  parsed: Parsed,
  text: string,
  from: number,
  to: number,
): { name: Span | null; company: ReadonlySet<string> } {
  const lines = linesOf(text, from, to);
  // A writer who uses no capitals at all ("hi sam, … — leo grant, payline hr") capitalises no
  // name either: there a name is read without its capital, but only after a dash.
  const caseless = !/\p{Lu}/u.test(text.slice(from, to));
  const line = signatureAt(parsed, text, lines, caseless);
  if (!line) return { name: null, company: new Set() };
  return {
    name: { field: 'text', start: line.start, end: line.end },
    company: signedCompany(parsed, text, lines, line, caseless),
  };
}

function signatureAt(
  parsed: Parsed,
  text: string,
  lines: readonly Line[],
  caseless: boolean,
): Line | null {
  // The first line is the greeting or the message itself; a signature comes after something.
  for (let i = Math.max(1, lines.length - 4); i < lines.length; i++) {
    const line = lines[i];
    if (!line || !blockAfter(lines.slice(i + 1))) continue;
    if (caseless && !/^[-—–]/u.test(line.text)) continue;
    if (isNameLine(parsed, text, line, caseless)) return line;
  }
  return null;
}

/** Words of a title in a signature: "Account Director", "Founder & CEO". */
const TITLE_WORDS = new Set(
  'account accounts director manager head founder co-founder cofounder ceo cto coo cfo vp president partner owner lead senior junior principal consultant executive representative rep specialist advisor adviser engineer officer chief sales marketing business development regional area territory associate analyst the of and at inc ltd llc'.split(
    ' ',
  ),
);

function addCapitalised(
  parsed: Parsed,
  text: string,
  start: number,
  end: number,
  names: Set<string>,
  caseless: boolean,
): void {
  for (const w of parsed.words) {
    if (w.start < start || w.end > end) continue;
    // "Steve's IT Pro": "IT" is a pronoun elsewhere, and would make "It's a fix" about us.
    if (!COMPANY_POS.has(w.pos) || PRONOUNS.has(w.lower) || TITLE_WORDS.has(w.lower)) continue;
    if ((caseless ? CASELESS_COMPANY : CAPITALISED_COMPANY).test(text.slice(w.start, w.end)))
      names.add(w.lower);
  }
}

const COMPANY_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
const PRONOUNS = new Set('it i we you he she they my our your its this that'.split(' '));

/**
 * The sender's company as the signature gives it, lowered word by word: "Maya Lin\nRamp
 * Coaching", "Priya Raman | Harbrook Freight", "[Your name]\nInternational ISA — [phone]". Title
 * words, slots, numbers and addresses are left out; a company is a capitalised word.
 */
function signedCompany(
  parsed: Parsed,
  text: string,
  lines: readonly Line[],
  name: Line,
  caseless: boolean,
): ReadonlySet<string> {
  const names = new Set<string>();
  const after = lines
    .slice(lines.indexOf(name) + 1)
    .filter((line) => !/^p\.?\s?s\b/iu.test(line.text));
  const appositionAt = /\s*(?:,|\s[|·•—–-])\s*/u.exec(name.text);
  const spans = after.slice(0, 2).map((line) => [line.start, line.end] as const);
  if (appositionAt && appositionAt.index > 0)
    spans.unshift([name.start + appositionAt.index + appositionAt[0].length, name.end]);
  for (const [start, end] of spans) {
    // "International ISA — [phone] — [site URL]": the company comes before the contact details.
    const cut = text.slice(start, end).search(/\s[|·•—–]\s|[[{<@]|https?:|\d/u);
    addCapitalised(parsed, text, start, cut === -1 ? end : start + cut, names, caseless);
  }
  return names;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return lines;
}

/** Lines a signature block may hold under the name: a title, a company, a number, a P.S. */
function blockAfter(lines: readonly Line[]): boolean {
  return lines.every(
    (line) =>
      /^p\.?\s?s\b/iu.test(line.text) || (line.text.length <= 60 && !/[.?!:]$/u.test(line.text)),
  );
}

/** Words that close an email without naming anyone: "Kind Regards", "Thanks Again", "Thoughts". */
const NOT_A_NAME = new Set(
  'best thanks thank cheers regards wishes sincerely warmly warm warmest kind kindest yours respectfully talk soon again care forward looking interested thoughts yes no ok okay sure hi hey hello dear reply'.split(
    ' ',
  ),
);

/** What a template slot standing for the recipient, a link or the message itself is called. */
const NOT_THE_SENDER =
  /first|their|recipient|contact|prospect|lead|link|url|cta|calendar|question|insight|pain|result|outcome|ask|subject/iu;

function isNameLine(parsed: Parsed, text: string, line: Line, caseless: boolean): boolean {
  if (line.text.length > 40) return false;
  // "— Dana" and "-- {{Your Name}}" are the same signature with a dash in front.
  const signed = line.text.replace(/^[-—–]+\s*/u, '');
  // "Priya Raman, Account Director", "Priya Raman | Harbrook Freight": the name, then its title
  // or company after a comma, a bar or a dash.
  const apposition = /\s*(?:,|\s[|·•—–-])\s*[^.?!]*$/u.exec(signed);
  const body = apposition && apposition.index > 0 ? signed.slice(0, apposition.index) : signed;
  const bodyStart = line.end - signed.length;
  const bodyEnd = bodyStart + body.length;
  const slot = /^(?:\[[^\]\n]+\]|\{\{?[^}\n]+\}?\}|<[^>\n]+>)$/u.exec(body);
  if (slot) return !NOT_THE_SENDER.test(body);
  const words = parsed.words.filter(
    (w) => w.start >= bodyStart && w.end <= bodyEnd && w.pos !== 'SPACE',
  );
  if (words.length === 0 || words.length > 3) return false;
  if (words.some((w) => NOT_A_NAME.has(w.lower))) return false;
  // "Rob", "Will", "Grace" alone on the line: a first name the model reads as a verb, an auxiliary
  // or an adjective, where nothing else is on the line to make it a word of a sentence.
  if (words.length === 1) {
    const only = words[0]!;
    return (
      isNameWord(only, text, caseless) ||
      (only.pos === 'AUX' ? capitalised(only, text, caseless) : surnameLike(only, text, caseless))
    );
  }
  // "Lisa Grant", "Tom Hope": a surname the model reads as a verb or adjective after a first name.
  return words.every(
    (w, i) =>
      isNameWord(w, text, caseless) ||
      (i > 0 && isNameWord(words[0]!, text, caseless) && surnameLike(w, text, caseless)),
  );
}

/** A name as written: capitalised, or by a writer who uses no capitals, any word. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’-]*$/u;
const CASELESS_NAME = /^\p{L}[\p{L}'’-]*$/u;
/** The same for a word of a company ("Smith&Co"). */
const CAPITALISED_COMPANY = /^\p{Lu}[\p{L}'’&-]*$/u;
const CASELESS_COMPANY = /^\p{L}[\p{L}'’&-]*$/u;

function surnameLike(w: Word, text: string, caseless: boolean): boolean {
  return (w.pos === 'VERB' || w.pos === 'ADJ') && capitalised(w, text, caseless);
}

function capitalised(w: Word, text: string, caseless: boolean): boolean {
  return (
    (caseless ? CASELESS_NAME : CAPITALISED_NAME).test(text.slice(w.start, w.end)) &&
    w.entity === null
  );
}

/** A capitalised proper noun ("Scott", "Lin", "O'Neill") or a masked slot ("Xxxxxxxx"). */
function isNameWord(w: Word, text: string, caseless: boolean): boolean {
  return (w.pos === 'PROPN' || w.pos === 'NOUN') && capitalised(w, text, caseless);
}
