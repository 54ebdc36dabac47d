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

interface Candidate {
  id: number;
  industries: string;
  roles: string;
  tags: string;
  updated_at: string;
}

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

/**
 * Ranks the active insights for one prospect: first by fit (industry, role, shared tags), then by
 * track record. The meeting rate is shrunk toward 50% — (booked + 1) / (used + 2) — so that one
 * lucky call does not put an insight above one that booked 6 of 10.
 */
export function suggestInsights(
  db: Db,
  prospect: ProspectProfile,
  limit: number,
): InsightSuggestion[] {
  const candidates = statement(
    db,
    `SELECT id, industries, roles, tags, updated_at FROM insights WHERE archived_at IS NULL`,
  ).all() as Candidate[];
  const records = trackRecords(db);

  const scored = candidates.map((candidate) => {
    const record = records.get(candidate.id) ?? { used: 0, booked: 0 };
    return {
      candidate,
      record,
      fit: fitToProspect(prospect, {
        industries: parseJsonArray(candidate.industries),
        roles: parseJsonArray(candidate.roles),
        tags: parseJsonArray(candidate.tags),
      }),
      expectedRate: expectedMeetingRate(record),
    };
  });
  scored.sort(
    (a, b) =>
      b.fit.points - a.fit.points ||
      b.expectedRate - a.expectedRate ||
      b.record.used - a.record.used ||
      b.candidate.updated_at.localeCompare(a.candidate.updated_at) ||
      b.candidate.id - a.candidate.id,
  );

  return scored.slice(0, limit).flatMap(({ candidate, record, fit, expectedRate }) => {
    const insight = getInsight(db, candidate.id);
    if (!insight) return [];
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

export const expectedMeetingRate = ({ used, booked }: TrackRecord): number =>
  (booked + 1) / (used + 2);

/** Uses and booked meetings per insight, over calls that were not archived, in one pass. */
function trackRecords(db: Db): Map<number, TrackRecord> {
  const rows = statement(
    db,
    `SELECT ci.insight_id AS id, count(*) AS used,
       sum(c.outcome = 'meeting_booked') AS booked
     FROM call_insights ci JOIN calls c ON c.id = ci.call_id
     WHERE c.archived_at IS NULL
     GROUP BY ci.insight_id`,
  ).all() as { id: number; used: number; booked: number }[];
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

const sameText = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

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
