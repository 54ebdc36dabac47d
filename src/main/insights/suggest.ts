import type { InsightSuggestion } from '../../shared/domain/insight';
import type { Prospect } from '../../shared/domain/prospect';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';
import { getInsight } from './repository';

/**
 * Points for each kind of fit. Industry weighs most: an insight is a pattern seen across clients
 * like the prospect, and the industry is the strongest sign of "like". A shared tag is a weaker
 * hint, capped so that a heavily tagged insight cannot outrank a same-industry one on tags alone.
 */
const FIT_POINTS = { industry: 3, role: 2, tag: 1 } as const;
const MAX_TAG_POINTS = 2;

/**
 * How many insights of one fit tier have their track record read and compared. A prospect with
 * no industry, title or tags puts the whole library in one tier, and reading 100k track records
 * takes seconds; the most recently updated ones of a huge tier are the ones worth ranking.
 */
export const TIER_WINDOW = 2000;

interface TrackRecord {
  used: number;
  booked: number;
}

/** The part of a prospect that decides which insights fit. */
export type ProspectProfile = Pick<Prospect, 'industry' | 'title' | 'tags'>;

export interface Fit {
  points: number;
  reasons: string[];
}

interface Ranked {
  id: number;
  points: number;
  record: TrackRecord;
  expectedRate: number;
  updatedAt: string;
}

/**
 * Ranks the active insights for one prospect: first by fit (industry, role, shared tags), then by
 * track record. The meeting rate is shrunk toward 50% — (booked + 1) / (used + 2) — so that one
 * lucky call does not put an insight above one that booked 6 of 10.
 *
 * Built for a library of 100k insights and 200k calls: SQLite scores industry and tags in one
 * pass, roles are matched once per distinct role list, and track records are read only for the
 * fit tiers that can reach the result, at most TIER_WINDOW of each (reading every record costs
 * seconds at that size).
 */
export function suggestInsights(
  db: Db,
  prospect: ProspectProfile,
  limit: number,
): InsightSuggestion[] {
  const tiers = new Map<number, { id: number; updatedAt: string }[]>();
  const roleFits = new Map<string, boolean>();
  const rows = statement(
    db,
    `SELECT i.id, i.updated_at,
       EXISTS (SELECT 1 FROM json_each(i.industries) x
               WHERE lower(trim(x.value)) = @industry) AS industry_hit,
       (SELECT count(*) FROM json_each(i.tags) x
        WHERE lower(trim(x.value)) IN (SELECT value FROM json_each(@tags))) AS shared_tags,
       CASE WHEN i.roles = '[]' THEN NULL ELSE i.roles END AS roles
     FROM insights i WHERE i.archived_at IS NULL`,
  )
    .raw()
    .all({
      industry: asciiLower(prospect.industry),
      tags: JSON.stringify(prospect.tags.map(asciiLower)),
    }) as [number, string, number, number, string | null][];
  for (const [id, updatedAt, industryHit, sharedTags, roles] of rows) {
    let points = industryHit ? FIT_POINTS.industry : 0;
    points += Math.min(sharedTags * FIT_POINTS.tag, MAX_TAG_POINTS);
    if (roles !== null) {
      let fits = roleFits.get(roles);
      if (fits === undefined) {
        fits = parseJsonArray(roles).some((role) => roleMatchesTitle(role, prospect.title));
        roleFits.set(roles, fits);
      }
      if (fits) points += FIT_POINTS.role;
    }
    let tier = tiers.get(points);
    if (!tier) tiers.set(points, (tier = []));
    tier.push({ id, updatedAt });
  }

  // Best fit first; within a tier, the track record decides. Only whole tiers are ranked, and
  // only as many as it takes to fill the result.
  const ranked: Ranked[] = [];
  for (const points of [...tiers.keys()].sort((a, b) => b - a)) {
    if (ranked.length >= limit) break;
    const tier = newestFirst(tiers.get(points)!).slice(0, TIER_WINDOW);
    const records = trackRecords(
      db,
      tier.map((entry) => entry.id),
    );
    const scored = tier.map(({ id, updatedAt }) => {
      const record = records.get(id) ?? { used: 0, booked: 0 };
      return { id, points, record, expectedRate: expectedMeetingRate(record), updatedAt };
    });
    scored.sort(
      (a, b) =>
        b.expectedRate - a.expectedRate ||
        b.record.used - a.record.used ||
        b.updatedAt.localeCompare(a.updatedAt) ||
        b.id - a.id,
    );
    ranked.push(...scored.slice(0, limit - ranked.length));
  }

  return ranked.flatMap(({ id, record, expectedRate }) => {
    const insight = getInsight(db, id);
    if (!insight) return [];
    const fit = fitToProspect(prospect, insight);
    return [
      {
        insight,
        fit: fit.points,
        expectedRate,
        reasons: [...fit.reasons, trackRecordReason(record)],
      },
    ];
  });
}

const newestFirst = <T extends { id: number; updatedAt: string }>(entries: T[]): T[] =>
  entries.length <= TIER_WINDOW
    ? entries
    : entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);

export const expectedMeetingRate = ({ used, booked }: TrackRecord): number =>
  (booked + 1) / (used + 2);

/** Uses and booked meetings of the given insights, over calls that were not archived. */
function trackRecords(db: Db, insightIds: number[]): Map<number, TrackRecord> {
  const rows = statement(
    db,
    `SELECT ci.insight_id AS id, count(*) AS used,
       sum(c.outcome = 'meeting_booked') AS booked
     FROM call_insights ci JOIN calls c ON c.id = ci.call_id
     WHERE ci.insight_id IN (SELECT value FROM json_each(@ids)) AND c.archived_at IS NULL
     GROUP BY ci.insight_id`,
  ).all({ ids: JSON.stringify(insightIds) }) as { id: number; used: number; booked: number }[];
  return new Map(rows.map((row) => [row.id, { used: row.used, booked: row.booked }]));
}

function trackRecordReason({ used, booked }: TrackRecord): string {
  if (used === 0) return 'Not used in a call yet';
  return `Booked ${booked} of ${used} ${used === 1 ? 'call' : 'calls'}`;
}

/** How well an insight's audience (industries, roles, tags) matches one prospect, and why. */
export function fitToProspect(
  prospect: ProspectProfile,
  audience: { industries: string[]; roles: string[]; tags: string[] },
): Fit {
  let points = 0;
  const reasons: string[] = [];

  const industry = prospect.industry.trim();
  const sameIndustry =
    industry !== '' && audience.industries.find((value) => sameText(value, industry));
  if (sameIndustry) {
    points += FIT_POINTS.industry;
    reasons.push(`Same industry: ${sameIndustry}`);
  }

  const role = audience.roles.find((value) => roleMatchesTitle(value, prospect.title));
  if (role) {
    points += FIT_POINTS.role;
    reasons.push(`Role: ${role}`);
  }

  const shared = audience.tags.filter((tag) => prospect.tags.some((own) => sameText(own, tag)));
  if (shared.length > 0) {
    points += Math.min(shared.length * FIT_POINTS.tag, MAX_TAG_POINTS);
    reasons.push(`${shared.length === 1 ? 'Shared tag' : 'Shared tags'}: ${shared.join(', ')}`);
  }

  return { points, reasons };
}

/** The same comparison the ranking query makes: trimmed, ASCII case folded (SQLite's lower()). */
const asciiLower = (text: string): string => text.trim().replace(/[A-Z]/gu, (c) => c.toLowerCase());
const sameText = (a: string, b: string): boolean => asciiLower(a) === asciiLower(b);

/** Spelled-out titles and their usual abbreviations, so "Chief Operating Officer" fits "COO". */
const TITLE_ABBREVIATIONS: [RegExp, string][] = [
  [/\bsenior vice president\b/gu, 'svp'],
  [/\bexecutive vice president\b/gu, 'evp'],
  [/\bvice president\b/gu, 'vp'],
  [/\bchief executive officer\b/gu, 'ceo'],
  [/\bchief operating officer\b/gu, 'coo'],
  [/\bchief financial officer\b/gu, 'cfo'],
  [/\bchief revenue officer\b/gu, 'cro'],
  [/\bchief risk officer\b/gu, 'cro'],
  [/\bchief technology officer\b/gu, 'cto'],
  [/\bchief information officer\b/gu, 'cio'],
  [/\bchief marketing officer\b/gu, 'cmo'],
];

const TITLE_FILLER = new Set(['of', 'and', 'the', 'for', 'at', 'in']);

function titleWords(title: string): Set<string> {
  let text = title.toLocaleLowerCase().replace(/&/gu, ' and ');
  for (const [pattern, short] of TITLE_ABBREVIATIONS) text = text.replace(pattern, short);
  return new Set(
    text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !TITLE_FILLER.has(word)),
  );
}

/**
 * A role fits a title when every word of the role appears in the title, in any order:
 * "VP Operations" fits "VP of Operations, North America"; "Logistics Director" fits
 * "Director of Logistics". Filler words and common abbreviations are normalised first.
 */
export function roleMatchesTitle(role: string, title: string): boolean {
  const roleWords = titleWords(role);
  if (roleWords.size === 0) return false;
  const words = titleWords(title);
  for (const word of roleWords) if (!words.has(word)) return false;
  return true;
}
