import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import type { ReviewAnalytics } from '../../src/shared/domain/review';
import { wilsonInterval } from '../../src/shared/stats/wilson';
import type { ChannelInput } from '../../src/shared/api/contract';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

/** A tiny seeded PRNG (mulberry32): the same calls on every run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const OUTCOMES = [
  'meeting_booked',
  'callback',
  'not_interested',
  'voicemail',
  'gatekeeper',
  'no_answer',
  'wrong_person',
] as const;

interface GeneratedCall {
  id: number;
  startedAt: string;
  outcome: string | null;
  verdict: string | null;
  score: number | null;
  archived: boolean;
  insightIds: number[];
}

const PROSPECTS = 25;
const INSIGHTS = 15;
const CALLS = 400;

/** Writes prospects, insights and calls straight into the tables the app's writes fill. */
function seed(backend: Backend, seedValue: number): { calls: GeneratedCall[] } {
  const rng = random(seedValue);
  const db = backend.db;
  const now = new Date().toISOString();
  const insertProspect = db.prepare(
    'INSERT INTO prospects (name, company, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const insertInsight = db.prepare(
    'INSERT INTO insights (headline, created_at, updated_at) VALUES (?, ?, ?)',
  );
  const insertCall = db.prepare(
    `INSERT INTO calls (prospect_id, started_at, opener, verdict, score, outcome, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO call_insights (call_id, insight_id) VALUES (?, ?)');
  const calls: GeneratedCall[] = [];
  db.transaction(() => {
    for (let i = 1; i <= PROSPECTS; i++) insertProspect.run(`Prospect ${i}`, `Co ${i}`, now, now);
    for (let i = 1; i <= INSIGHTS; i++) insertInsight.run(`Insight ${i}`, now, now);
    // About 20 weeks, across a year boundary so ISO week numbering is exercised.
    const start = Date.UTC(2025, 10, 3);
    for (let i = 0; i < CALLS; i++) {
      const startedAt = new Date(start + rng.int(0, 140 * 86_400_000)).toISOString();
      const checked = rng.next() > 0.05;
      const verdict = checked ? rng.pick(['ready', 'needs_work', 'blocked'] as const) : null;
      const score = checked ? rng.int(0, 100) : null;
      // Meetings are likelier after a ready opener, so the groups really differ.
      const outcome =
        rng.next() < 0.15
          ? null
          : rng.next() < (verdict === 'ready' ? 0.35 : 0.1)
            ? 'meeting_booked'
            : rng.pick(OUTCOMES.slice(1));
      const archived = rng.next() < 0.05;
      const id = Number(
        insertCall.run(
          rng.int(1, PROSPECTS),
          startedAt,
          `Opener ${i}`,
          verdict,
          score,
          outcome,
          now,
          now,
          archived ? now : null,
        ).lastInsertRowid,
      );
      const insightIds = new Set<number>();
      for (let k = rng.int(0, 3); k > 0; k--) insightIds.add(rng.int(1, INSIGHTS));
      for (const insightId of insightIds) link.run(id, insightId);
      calls.push({ id, startedAt, outcome, verdict, score, archived, insightIds: [...insightIds] });
    }
  })();
  return { calls };
}

/** What the Review screen asks `review:analytics` for, from the contract. */
type Range = NonNullable<ChannelInput<'review:analytics'>>;

const row = (calls: number, meetings: number) => ({
  calls,
  meetings,
  rate: calls === 0 ? null : meetings / calls,
  ...wilsonInterval(meetings, calls),
});

/** ISO week of a local date `YYYY-MM-DD`, by counting Thursdays: independent of the app's helper. */
function isoWeek(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day);
  thursday.setUTCDate(day.getUTCDate() - weekday + 3);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1, 12)) / 86_400_000) + 1;
  return `${year}-W${String(Math.ceil(dayOfYear / 7)).padStart(2, '0')}`;
}

/** The expected analytics, computed call by call in plain TypeScript. */
function bruteForce(calls: GeneratedCall[], headlines: Map<number, string>, range: Range) {
  const offsetMs = (range.utcOffsetMinutes ?? 0) * 60_000;
  const counted = calls.filter(
    (call) =>
      !call.archived &&
      call.outcome !== null &&
      (range.from === undefined || call.startedAt >= range.from) &&
      (range.to === undefined || call.startedAt < range.to),
  );
  const tally = (group: GeneratedCall[]) =>
    row(group.length, group.filter((call) => call.outcome === 'meeting_booked').length);

  const verdicts: (string | null)[] = ['ready', 'needs_work', 'blocked'];
  if (counted.some((call) => call.verdict === null)) verdicts.push(null);
  const bands = [
    ['0-39', 0, 39],
    ['40-69', 40, 69],
    ['70-89', 70, 89],
    ['90-100', 90, 100],
  ] as const;

  const mondayOf = (ms: number) => {
    const local = new Date(ms + offsetMs);
    const weekday = (local.getUTCDay() + 6) % 7;
    return new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - weekday),
    );
  };
  const weekKey = (call: GeneratedCall) =>
    mondayOf(Date.parse(call.startedAt)).toISOString().slice(0, 10);
  const weekKeys = counted.map(weekKey).sort();
  const first = range.from ? mondayOf(Date.parse(range.from)) : new Date(`${weekKeys[0]}T00:00Z`);
  const last = range.to
    ? mondayOf(Date.parse(range.to) - 1)
    : new Date(`${weekKeys.at(-1)}T00:00Z`);
  const byWeek = [];
  if (counted.length > 0 || (range.from && range.to)) {
    for (let at = first; at <= last; at = new Date(at.getTime() + 7 * 86_400_000)) {
      const weekStart = at.toISOString().slice(0, 10);
      byWeek.push({
        week: isoWeek(weekStart),
        weekStart,
        ...tally(counted.filter((call) => weekKey(call) === weekStart)),
      });
    }
  }

  const perInsight = new Map<number, GeneratedCall[]>();
  for (const call of counted) {
    for (const id of call.insightIds) perInsight.set(id, [...(perInsight.get(id) ?? []), call]);
  }
  const byInsight = [...perInsight.entries()]
    .map(([insightId, group]) => ({
      insightId,
      headline: headlines.get(insightId)!,
      ...tally(group),
    }))
    .sort((a, b) => b.calls - a.calls || b.meetings - a.meetings || a.insightId - b.insightId)
    .slice(0, range.insightLimit ?? 12);

  return {
    overall: tally(counted),
    byInsight,
    insightsWithCalls: perInsight.size,
    byVerdict: verdicts.map((verdict) => ({
      verdict,
      ...tally(counted.filter((call) => call.verdict === verdict)),
    })),
    byScoreBand: bands.map(([band, min, max]) => ({
      band,
      ...tally(
        counted.filter((call) => call.score !== null && call.score >= min && call.score <= max),
      ),
    })),
    byWeek,
  };
}

async function analytics(backend: Backend, range: Range): Promise<ReviewAnalytics> {
  return call(backend, 'review:analytics', range);
}

describe('review analytics', () => {
  const RANGES: Range[] = [
    {},
    { from: '2025-12-01', to: '2026-01-19' },
    { from: '2025-11-20T15:30:00.000Z' },
    { to: '2026-02-01T00:00:00.000Z', utcOffsetMinutes: -300 },
    { utcOffsetMinutes: 330, insightLimit: 5 },
    { utcOffsetMinutes: 840, insightLimit: 100 },
    { from: '2024-01-01', to: '2024-02-01' },
  ];

  for (const seedValue of [1, 2, 3]) {
    it(`agrees with a call-by-call count over ${CALLS} generated calls (seed ${seedValue})`, async () => {
      const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
      try {
        const { calls } = seed(backend, seedValue);
        const headlines = new Map(
          Array.from({ length: INSIGHTS }, (_, i) => [i + 1, `Insight ${i + 1}`] as const),
        );
        for (const range of RANGES) {
          const expected = bruteForce(calls, headlines, range);
          expect(await analytics(backend, range), JSON.stringify(range)).toEqual(expected);
        }
        // Calls change after their insights were linked: outcomes land, calls get archived or
        // moved. The copy kept for the per-insight counts must follow.
        const rng = random(seedValue + 100);
        const update = backend.db.prepare(
          'UPDATE calls SET outcome = ?, archived_at = ?, started_at = ? WHERE id = ?',
        );
        for (const call of calls) {
          if (rng.next() > 0.2) continue;
          call.outcome = rng.next() < 0.5 ? 'meeting_booked' : rng.pick([null, ...OUTCOMES]);
          call.archived = rng.next() < 0.2;
          if (rng.next() < 0.3) {
            call.startedAt = new Date(
              Date.parse(call.startedAt) - rng.int(0, 30) * 86_400_000,
            ).toISOString();
          }
          update.run(call.outcome, call.archived ? 'now' : null, call.startedAt, call.id);
        }
        for (const range of RANGES) {
          const expected = bruteForce(calls, headlines, range);
          expect(await analytics(backend, range), `after updates ${JSON.stringify(range)}`).toEqual(
            expected,
          );
        }
        // The generated data must exercise what is compared: several weeks, every group.
        const all = await analytics(backend, {});
        expect(all.byWeek.length).toBeGreaterThan(15);
        expect(all.byVerdict.every((verdict) => verdict.calls > 0)).toBe(true);
        expect(all.byScoreBand.every((band) => band.meetings > 0)).toBe(true);
      } finally {
        backend.close();
      }
    });
  }

  it("counts the same meetings as the insight library's track record", async () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    try {
      const { calls } = seed(backend, 7);
      const { byInsight } = await analytics(backend, { insightLimit: 100 });
      for (const rate of byInsight) {
        const insight = await call(backend, 'insights:get', { id: rate.insightId });
        const open = calls.filter(
          (call) =>
            !call.archived && call.outcome === null && call.insightIds.includes(rate.insightId),
        ).length;
        // The library also counts calls still waiting for an outcome; the rates leave them out.
        expect(insight.meetingsBooked).toBe(rate.meetings);
        expect(insight.timesUsed).toBe(rate.calls + open);
      }
    } finally {
      backend.close();
    }
  });

  it('reports empty groups without inventing rates', async () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    try {
      const empty = await analytics(backend, {});
      expect(empty.overall).toEqual({ calls: 0, meetings: 0, rate: null, lower: 0, upper: 1 });
      expect(empty.byWeek).toEqual([]);
      expect(empty.byInsight).toEqual([]);
      expect(empty.byVerdict.map((verdict) => verdict.verdict)).toEqual([
        'ready',
        'needs_work',
        'blocked',
      ]);
      expect(empty.byScoreBand.map((band) => band.rate)).toEqual([null, null, null, null]);
    } finally {
      backend.close();
    }
  });
});
