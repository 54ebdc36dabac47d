/** The IANA time-zone list and the picker's search over it; plain functions, no React. */

/** Every IANA zone the runtime knows, e.g. America/Chicago; read once. */
let zoneList: string[] | null = null;
function allZones(): string[] {
  zoneList ??= Intl.supportedValuesOf('timeZone');
  return zoneList;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/gu, ' ');
const cityOf = (zone: string) => normalise(zone.slice(zone.lastIndexOf('/') + 1));

/** India's zone under the name this runtime lists it by (older ICU: Asia/Calcutta). */
const INDIA = 'Asia/Kolkata';
const listedAs = (zone: string): string =>
  zone === INDIA && !allZones().includes(INDIA) && allZones().includes('Asia/Calcutta')
    ? 'Asia/Calcutta'
    : zone;

/**
 * What reps call a zone when it is not its IANA name: the regions and abbreviations of North
 * America ("Eastern", "CST"), and big cities with no zone of their own ("Montréal", "Dallas",
 * "Mumbai"). An abbreviation means the zone people there live by, daylight time included: "EST"
 * typed in July still means New York's clock, not the fixed UTC−5 that IANA's own "EST" is.
 */
const ALIASES: Readonly<Record<string, string>> = {
  eastern: 'America/New_York',
  'eastern time': 'America/New_York',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  central: 'America/Chicago',
  'central time': 'America/Chicago',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  mountain: 'America/Denver',
  'mountain time': 'America/Denver',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  arizona: 'America/Phoenix',
  pacific: 'America/Los_Angeles',
  'pacific time': 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  alaska: 'America/Anchorage',
  akst: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  hst: 'Pacific/Honolulu',
  atlantic: 'America/Halifax',
  ast: 'America/Halifax',
  newfoundland: 'America/St_Johns',
  montreal: 'America/Toronto',
  montréal: 'America/Toronto',
  quebec: 'America/Toronto',
  québec: 'America/Toronto',
  ottawa: 'America/Toronto',
  boston: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  philadelphia: 'America/New_York',
  washington: 'America/New_York',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  austin: 'America/Chicago',
  minneapolis: 'America/Chicago',
  'st. louis': 'America/Chicago',
  'kansas city': 'America/Chicago',
  calgary: 'America/Edmonton',
  'salt lake city': 'America/Denver',
  seattle: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  'las vegas': 'America/Los_Angeles',
  gmt: 'Europe/London',
  bst: 'Europe/London',
  uk: 'Europe/London',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  ist: INDIA,
  india: INDIA,
  mumbai: INDIA,
  delhi: INDIA,
  'new delhi': INDIA,
  bangalore: INDIA,
  bengaluru: INDIA,
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  jst: 'Asia/Tokyo',
  sgt: 'Asia/Singapore',
  hkt: 'Asia/Hong_Kong',
};

/** The zones named by an alias that starts with what was typed ("east" → America/New_York). */
function aliasZones(q: string): string[] {
  const zones = new Set<string>();
  for (const [alias, zone] of Object.entries(ALIASES)) {
    if (alias === q || (q.length >= 3 && alias.startsWith(q))) zones.add(listedAs(zone));
  }
  return [...zones];
}

/** Zones matching what was typed: whole-name and city-prefix matches first, then the rest. */
export function matchZones(query: string, limit = 30): string[] {
  const q = normalise(query);
  if (q === '') return allZones().slice(0, limit);
  const aliased = aliasZones(q);
  const scored: [number, string][] = [];
  for (const zone of allZones()) {
    const name = normalise(zone);
    if (aliased.includes(zone)) scored.push([-1, zone]);
    else if (name.includes(q))
      scored.push([name === q ? 0 : cityOf(zone).startsWith(q) ? 1 : 2, zone]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, limit)
    .map(([, zone]) => zone);
}

/**
 * The zone a typed text stands for: a name reps use for it ("Eastern", "CST", "Montréal"), an
 * exact name in any case ("america/chicago"), or a city that only one zone has ("Chicago" →
 * America/Chicago). Null when it is not clear.
 */
export function resolveZone(text: string): string | null {
  const q = normalise(text);
  if (q === '') return null;
  const alias = ALIASES[q];
  if (alias) return listedAs(alias);
  const exact = allZones().find((zone) => normalise(zone) === q);
  if (exact) return exact;
  const byCity = allZones().filter((zone) => cityOf(zone) === q);
  return byCity.length === 1 ? byCity[0]! : null;
}
