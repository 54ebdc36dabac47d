/**
 * A small, strict reader of the iCalendar fields OneUp writes (RFC 5545): it unfolds lines,
 * requires CRLF endings and one VEVENT inside one VCALENDAR, and returns each property's value
 * with its parameters. Anything malformed throws, so a test cannot pass on a broken file.
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsEvent {
  calendar: IcsProperty[];
  event: IcsProperty[];
  /** The first value of a property of the event, or undefined. */
  get(name: string): string | undefined;
  all(name: string): IcsProperty[];
}

function parseLine(line: string): IcsProperty {
  const colon = findUnquoted(line, ':');
  if (colon < 1) throw new Error(`Not a property line: ${JSON.stringify(line)}`);
  const [name, ...rawParams] = splitUnquoted(line.slice(0, colon), ';');
  if (!name || !/^[A-Z0-9-]+$/u.test(name)) throw new Error(`Bad property name in ${line}`);
  const params: Record<string, string> = {};
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    if (eq < 1) throw new Error(`Bad parameter ${param} in ${line}`);
    params[param.slice(0, eq).toUpperCase()] = param.slice(eq + 1).replace(/^"(.*)"$/u, '$1');
  }
  return { name, params, value: line.slice(colon + 1) };
}

function findUnquoted(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === char && !quoted) return i;
  }
  return -1;
}

function splitUnquoted(text: string, char: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let at = findUnquoted(rest, char); at >= 0; at = findUnquoted(rest, char)) {
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

/** TEXT values escape `\\`, `;`, `,` and newlines. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** `20261210T143000Z` → the same instant as an ISO string; only UTC date-times are accepted. */
export function icsUtcToIso(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u.exec(value);
  if (!match) throw new Error(`Not a UTC date-time: ${value}`);
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`).toISOString();
}

export function readIcsEvent(text: string): IcsEvent {
  if (!text.endsWith('\r\n')) throw new Error('An iCalendar file ends with CRLF.');
  if (/(?<!\r)\n/u.test(text)) throw new Error('Every line ends with CRLF.');
  // Unfold: CRLF followed by one space or tab continues the line.
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/gu, '')
    .split('\r\n');
  const calendar: IcsProperty[] = [];
  const event: IcsProperty[] = [];
  const stack: string[] = [];
  let events = 0;
  for (const line of lines) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      stack.push(property.value);
      if (property.value === 'VEVENT') events++;
      continue;
    }
    if (property.name === 'END') {
      if (stack.pop() !== property.value) throw new Error(`Unbalanced END:${property.value}`);
      continue;
    }
    const where = stack.join('/');
    if (where === 'VCALENDAR') calendar.push(property);
    else if (where === 'VCALENDAR/VEVENT') event.push(property);
    else if (!where.startsWith('VCALENDAR/VEVENT/'))
      throw new Error(`Property outside a calendar: ${line}`);
  }
  if (stack.length > 0) throw new Error(`Unclosed ${stack.join('/')}`);
  if (events !== 1) throw new Error(`Expected one VEVENT, found ${events}`);
  return {
    calendar,
    event,
    get: (name) => event.find((p) => p.name === name)?.value,
    all: (name) => event.filter((p) => p.name === name),
  };
}
