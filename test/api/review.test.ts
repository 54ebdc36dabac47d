import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { ANALYTICS_SQL } from '../../src/main/review/analytics';
import { reviewListQuery, type SearchPlan } from '../../src/main/review/repository';
import {
  reviewListInput,
  type ReviewListQuery,
  type ReviewPage,
} from '../../src/shared/domain/review';
import { ONE_DOWN, ONE_UP, apiHarness, type ApiHarness } from '../helpers/api';
import { tempDir } from '../helpers/temp';

async function setup() {
  const { backend, call, fail } = apiHarness();
  await call('settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const dana = await call('prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
  });
  const lee = await call('prospects:create', { name: 'Lee Park', company: 'Acme' });
  const freight = await call('insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
  });
  const churn = await call('insights:create', {
    headline: 'Renewal churn doubles when onboarding runs past 30 days',
  });
  /** Plans and dials through the API, as the app does. */
  const dial = async (prospectId: number, opener: string, insightIds: number[]) => {
    const detail = await call('plans:create', { prospectId, insightIds, opener });
    const overrideReason =
      detail.plan.checkResult?.verdict === 'blocked' ? 'Trying the old way once' : undefined;
    return (await call('plans:dial', { planId: detail.plan.id, opener, overrideReason })).call;
  };
  return { backend, call, fail, dana, lee, freight, churn, dial };
}

const list = (call: ApiHarness['call'], query: ReviewListQuery = {}) => call('review:list', query);

describe('review list', () => {
  it('shows each dialed call with the exact opener, its check at dial time and who it was for', async () => {
    const { backend, call, dana, lee, freight, churn, dial } = await setup();
    const first = await dial(dana.id, ONE_UP, [freight.id, churn.id]);
    const second = await dial(lee.id, ONE_DOWN, []);
    const page = await list(call);
    expect(page.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(page.nextCursor).toBeNull();
    // Both exist: the ids were just checked.
    const down = page.items[0]!;
    const up = page.items[1]!;
    expect(up).toMatchObject({
      opener: ONE_UP,
      verdict: 'ready',
      score: first.score,
      overrideReason: null,
      outcome: null,
      prospect: { id: dana.id, name: 'Dana Whitfield', company: 'Tidewater Supply Co.' },
      loggedAfter: false,
      noteCount: 0,
    });
    expect(up.insights.map((insight) => insight.headline).sort()).toEqual([
      'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
      'Renewal churn doubles when onboarding runs past 30 days',
    ]);
    expect(down).toMatchObject({
      opener: ONE_DOWN,
      verdict: 'blocked',
      overrideReason: 'Trying the old way once',
      prospect: { name: 'Lee Park', company: 'Acme' },
      insights: [],
    });
    backend.close();
  });

  it('finds calls by words of the opener or of their notes, ignoring archived notes', async () => {
    const { backend, call, dana, lee, freight, dial } = await setup();
    const up = await dial(dana.id, ONE_UP, [freight.id]);
    const down = await dial(lee.id, ONE_DOWN, []);
    const note = (callId: number, body: string, archived = false) =>
      backend.db
        .prepare(
          `INSERT INTO call_notes (call_id, offset_ms, body, created_at, updated_at, archived_at)
           VALUES (?, 1000, ?, datetime('now'), datetime('now'), ?)`,
        )
        .run(callId, body, archived ? new Date().toISOString() : null);
    note(down.id, 'Gatekeeper said procurement owns the carrier contract');
    note(up.id, 'Mentioned a warehouse consolidation', true);
    // Both search plans (collect the matches, or walk the calls) must find the same calls.
    const viaPlan = (query: string, plan: SearchPlan) => {
      const built = reviewListQuery(reviewListInput.parse({ query }), plan);
      return built
        ? (backend.db.prepare(built.sql).all(built.params) as { id: number }[]).map((row) => row.id)
        : [];
    };
    const ids = async (query: string) => {
      const found = (await list(call, { query })).items.map((item) => item.id);
      expect(viaPlan(query, 'few'), query).toEqual(found);
      expect(viaPlan(query, 'many'), query).toEqual(found);
      return found;
    };
    expect(await ids('benchmarked')).toEqual([up.id]);
    expect(await ids('touch base')).toEqual([down.id]);
    expect(await ids('procurement')).toEqual([down.id]);
    // The last word is matched as a prefix while it is still being typed.
    expect(await ids('procure')).toEqual([down.id]);
    expect(await ids('warehouse')).toEqual([]);
    // Both openers greet Dana: newest first.
    expect(await ids('Dana')).toEqual([down.id, up.id]);
    expect(await ids('"*)(')).toEqual([]);
    const counted = (await list(call, { query: 'procurement' })).items[0]!;
    expect(counted.noteCount).toBe(1);
    backend.close();
  });

  it('filters and pages exactly like a call-by-call filter over generated calls', async () => {
    const { backend, call, dana, lee, freight, churn } = await setup();
    const insert = backend.db.prepare(
      `INSERT INTO calls (prospect_id, started_at, opener, verdict, score, outcome, created_at, updated_at, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = backend.db.prepare(
      'INSERT INTO call_insights (call_id, insight_id) VALUES (?, ?)',
    );
    const outcomes = [null, 'meeting_booked', 'callback', 'voicemail', 'no_answer'] as const;
    const verdicts = ['ready', 'needs_work', 'blocked', null] as const;
    interface Row {
      id: number;
      prospectId: number;
      startedAt: string;
      outcome: string | null;
      verdict: string | null;
      archived: boolean;
      insightIds: number[];
    }
    const rows: Row[] = [];
    const now = new Date().toISOString();
    for (let i = 0; i < 120; i++) {
      // Some calls share a start time, so ties must be broken by id, page after page.
      const startedAt = new Date(
        Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 7_200_000,
      ).toISOString();
      const prospectId = i % 4 === 0 ? lee.id : dana.id;
      const outcome = outcomes[i % outcomes.length]!;
      const verdict = verdicts[Math.floor(i / 5) % verdicts.length]!;
      const archived = i % 17 === 0;
      const id = Number(
        insert.run(
          prospectId,
          startedAt,
          `Opener ${i}`,
          verdict,
          verdict ? 50 : null,
          outcome,
          now,
          now,
          archived ? now : null,
        ).lastInsertRowid,
      );
      const insightIds = i % 3 === 0 ? [freight.id] : i % 3 === 1 ? [freight.id, churn.id] : [];
      for (const insightId of insightIds) link.run(id, insightId);
      rows.push({ id, prospectId, startedAt, outcome, verdict, archived, insightIds });
    }
    const walk = async (query: ReviewListQuery) => {
      const seen: number[] = [];
      let cursor: ReviewPage['nextCursor'] = null;
      do {
        const page: ReviewPage = await list(call, {
          ...query,
          limit: 7,
          ...(cursor ? { cursor } : {}),
        });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const expected = (keep: (row: Row) => boolean) =>
      rows
        .filter((row) => !row.archived && keep(row))
        .sort((a, b) =>
          a.startedAt === b.startedAt ? b.id - a.id : a.startedAt < b.startedAt ? 1 : -1,
        )
        .map((row) => row.id);
    const from = '2026-01-03T00:00:00.000Z';
    const to = '2026-01-05T00:00:00.000Z';
    const cases: [ReviewListQuery, (row: Row) => boolean][] = [
      [{}, () => true],
      [{ outcome: 'meeting_booked' }, (row) => row.outcome === 'meeting_booked'],
      [{ outcome: 'none' }, (row) => row.outcome === null],
      [{ verdict: 'needs_work' }, (row) => row.verdict === 'needs_work'],
      [{ prospectId: lee.id }, (row) => row.prospectId === lee.id],
      [{ insightId: churn.id }, (row) => row.insightIds.includes(churn.id)],
      [{ from, to }, (row) => row.startedAt >= from && row.startedAt < to],
      [
        { outcome: 'callback', verdict: 'ready', insightId: freight.id, prospectId: dana.id },
        (row) =>
          row.outcome === 'callback' &&
          row.verdict === 'ready' &&
          row.insightIds.includes(freight.id) &&
          row.prospectId === dana.id,
      ],
      [{ from: '2026-01-02' }, (row) => row.startedAt >= '2026-01-02T00:00:00.000Z'],
    ];
    for (const [query, keep] of cases) {
      const want = expected(keep);
      expect(want.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await walk(query), JSON.stringify(query)).toEqual(want);
    }
    backend.close();
  });

  it('refuses malformed filters with a field error', async () => {
    const { backend, fail } = await setup();
    expect((await fail('review:list', { outcome: 'won' })).fields?.[0]?.path).toBe('outcome');
    expect((await fail('review:list', { from: '03/02/2026' })).fields?.[0]?.path).toBe('from');
    expect((await fail('review:list', { from: '2026-02-31' })).code).toBe('invalid_input');
    expect((await fail('review:list', { limit: 0 })).code).toBe('invalid_input');
    backend.close();
  });
});

describe('review compare and reuse', () => {
  it('puts two calls side by side with their findings and outcomes', async () => {
    const { backend, call, fail, dana, lee, freight, dial } = await setup();
    const up = await dial(dana.id, ONE_UP, [freight.id]);
    const down = await dial(lee.id, ONE_DOWN, []);
    backend.db.prepare("UPDATE calls SET outcome = 'meeting_booked' WHERE id = ?").run(up.id);
    const { a, b } = await call('review:compare', { a: down.id, b: up.id });
    expect(a.opener).toBe(ONE_DOWN);
    expect(a.checkResult?.verdict).toBe('blocked');
    expect(a.checkResult?.findings.map((finding) => finding.category)).toContain('permission');
    expect(a.outcome).toBeNull();
    expect(b.opener).toBe(ONE_UP);
    expect(b.outcome).toBe('meeting_booked');
    expect(b.checkResult?.findings.some((finding) => finding.severity === 'block')).toBe(false);
    expect((await fail('review:compare', { a: up.id, b: 9999 })).code).toBe('not_found');
    backend.close();
  });

  it('starts a new plan from a past opener, for the same prospect or another', async () => {
    const { backend, call, fail, dana, lee, freight, churn, dial } = await setup();
    const up = await dial(dana.id, ONE_UP, [freight.id, churn.id]);
    await call('insights:archive', { id: churn.id });

    const same = await call('review:reuse', { callId: up.id });
    const plan = await call('plans:get', { id: same.planId });
    expect(plan.prospect.id).toBe(dana.id);
    expect(plan.plan.opener).toBe(ONE_UP);
    // Archived insights are not carried into new work.
    expect(plan.plan.insightIds).toEqual([freight.id]);
    expect(plan.plan.checkResult?.verdict).toBe('ready');

    const other = await call('review:reuse', {
      callId: up.id,
      prospectId: lee.id,
    });
    expect(other.planId).not.toBe(same.planId);
    const otherPlan = await call('plans:get', { id: other.planId });
    expect(otherPlan.prospect.name).toBe('Lee Park');
    // Addressed to Lee now; the rest as it was dialed.
    expect(otherPlan.plan.opener).toBe(ONE_UP.replace('Hi Dana,', 'Hi Lee,'));
    // Checked against Lee's context, so the opener naming Dana no longer reads as ready.
    expect(otherPlan.plan.checkResult).not.toBeNull();

    expect((await fail('review:reuse', { callId: 4242 })).code).toBe('not_found');
    expect((await fail('review:reuse', { callId: up.id, prospectId: 4242 })).code).toBe(
      'not_found',
    );
    backend.close();
  });
});

describe('query plans behind the review', () => {
  const planOf = (backend: Backend, sql: string, params: object) =>
    (backend.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
  const listPlan = (backend: Backend, filters: ReviewListQuery) => {
    const query = reviewListQuery(reviewListInput.parse(filters))!;
    return planOf(backend, query.sql, query.params);
  };

  it('walks an index newest first for the first page, without sorting or scanning calls', () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    const first = listPlan(backend, {});
    expect(first).toContain('USING INDEX calls_review_recent');
    expect(first).not.toMatch(/TEMP B-TREE/);
    const next = listPlan(backend, { cursor: { startedAt: '2026-01-01', id: 5 } });
    expect(next).toMatch(/SEARCH c USING INDEX calls_review_recent \(started_at<\?\)/);
    expect(next).not.toMatch(/TEMP B-TREE/);
    backend.close();
  });

  it('turns the outcome and verdict filters into index ranges', () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    for (const [filters, index] of [
      [{ outcome: 'meeting_booked' }, 'calls_review_by_outcome'],
      [{ outcome: 'none' }, 'calls_review_by_outcome'],
      [{ verdict: 'blocked' }, 'calls_review_by_verdict'],
      [{ from: '2026-01-01', to: '2026-02-01' }, 'calls_review_recent'],
    ] as const) {
      const detail = listPlan(backend, filters);
      expect(detail, JSON.stringify(filters)).toMatch(new RegExp(`SEARCH c USING INDEX ${index}`));
      expect(detail).not.toMatch(/TEMP B-TREE/);
      expect(detail).not.toMatch(/SCAN c\b(?! USING)/);
    }
    backend.close();
  });

  it('computes every aggregate from a covering index, never reading the calls table', () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    for (const [name, sql] of Object.entries(ANALYTICS_SQL)) {
      const detail = planOf(backend, sql, { from: '', to: '~', offset: '+0 minutes', limit: 12 });
      expect(detail, name).toContain(
        name === 'byInsight'
          ? 'SCAN ci USING COVERING INDEX call_insights_review'
          : 'USING COVERING INDEX calls_review_outcomes',
      );
      expect(detail, name).not.toMatch(/SCAN c\b|SEARCH c USING INTEGER PRIMARY KEY/);
      // Only the weekly buckets are computed per row and need sorting; the fixed groups are sums.
      if (name !== 'byWeek') expect(detail, name).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
    }
    backend.close();
  });
});
