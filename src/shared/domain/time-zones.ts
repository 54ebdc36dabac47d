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

/** Zones matching what was typed: whole-name and city-prefix matches first, then the rest. */
export function matchZones(query: string, limit = 30): string[] {
  const q = normalise(query);
  if (q === '') return allZones().slice(0, limit);
  const scored: [number, string][] = [];
  for (const zone of allZones()) {
    const name = normalise(zone);
    if (!name.includes(q)) continue;
    scored.push([name === q ? 0 : cityOf(zone).startsWith(q) ? 1 : 2, zone]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, limit)
    .map(([, zone]) => zone);
}

/**
 * The zone a typed text stands for: an exact name in any case ("america/chicago"), or a city that
 * only one zone has ("Chicago" → America/Chicago). Null when it is not clear.
 */
export function resolveZone(text: string): string | null {
  const q = normalise(text);
  if (q === '') return null;
  const exact = allZones().find((zone) => normalise(zone) === q);
  if (exact) return exact;
  const byCity = allZones().filter((zone) => cityOf(zone) === q);
  return byCity.length === 1 ? byCity[0]! : null;
}
