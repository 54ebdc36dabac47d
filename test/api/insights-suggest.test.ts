import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { fitToProspect, roleMatchesTitle } from '../../src/main/insights/suggest';
import { call, callRaw } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  return openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
}

/** Logs `outcomes.length` dials that used the insight, straight into the tables the app writes. */
function logCalls(
  { db }: Backend,
  prospectId: number,
  insightId: number,
  outcomes: ('meeting_booked' | 'not_interested' | 'voicemail')[],
): void {
  const now = new Date().toISOString();
  for (const outcome of outcomes) {
    const { id } = db
      .prepare(
        `INSERT INTO calls (prospect_id, started_at, outcome, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(prospectId, now, outcome, now, now) as { id: number };
    db.prepare('INSERT INTO call_insights (call_id, insight_id) VALUES (?, ?)').run(id, insightId);
  }
}

describe('insights:suggest', () => {
  it('ranks by fit to the prospect first, then by the track record over real calls', async () => {
    const app = backend();
    const dana = await call(app, 'prospects:create', {
      name: 'Dana Whitfield',
      title: 'Vice President of Operations',
      industry: 'Distribution',
      tags: ['freight'],
    });
    const other = await call(app, 'prospects:create', { name: 'Sam Ortiz', industry: 'Banking' });

    const freight = await call(app, 'insights:create', {
      headline: 'Quarterly LTL re-bids save about 11%',
      industries: ['Distribution'],
      roles: ['VP Operations'],
      tags: ['freight'],
    });
    const proven = await call(app, 'insights:create', {
      headline: 'Cycle counts beat annual inventory',
      industries: ['distribution'],
    });
    const unproven = await call(app, 'insights:create', {
      headline: 'Slotting by velocity cuts pick time',
      industries: ['Distribution'],
    });
    const luckyOnce = await call(app, 'insights:create', {
      headline: 'Dock scheduling halves detention fees',
      industries: ['Distribution'],
    });
    const banking = await call(app, 'insights:create', {
      headline: 'Fraud rules tuned monthly decline fewer good customers',
      industries: ['Banking'],
    });
    const archived = await call(app, 'insights:create', {
      headline: 'An old distribution insight',
      industries: ['Distribution'],
      roles: ['VP Operations'],
      tags: ['freight'],
    });
    await call(app, 'insights:archive', { id: archived.id });

    // 3 of 5 booked → (3+1)/(5+2) ≈ 0.57; never used → 0.5; 1 of 1 → (1+1)/(1+2) ≈ 0.67 but
    // 0 of 4 for the "unproven" one → 1/6. And calls to the banking prospect count too.
    logCalls(app, other.id, proven.id, [
      'meeting_booked',
      'meeting_booked',
      'meeting_booked',
      'not_interested',
      'voicemail',
    ]);
    logCalls(app, other.id, unproven.id, [
      'not_interested',
      'voicemail',
      'voicemail',
      'not_interested',
    ]);
    logCalls(app, other.id, luckyOnce.id, ['meeting_booked']);
    logCalls(app, other.id, banking.id, ['meeting_booked', 'meeting_booked', 'meeting_booked']);

    const suggestions = await call(app, 'insights:suggest', { prospectId: dana.id });
    expect(suggestions.map((s) => s.insight.headline)).toEqual([
      freight.headline, // industry + role + tag, never used
      luckyOnce.headline, // industry, 1 of 1 → 0.67
      proven.headline, // industry, 3 of 5 → 0.57
      unproven.headline, // industry, 0 of 4 → 0.17
      banking.headline, // another industry ranks last despite 3 of 3
    ]);
    expect(suggestions.map((s) => s.insight.id)).not.toContain(archived.id);

    const [first, , third, , last] = suggestions;
    expect(first!.reasons).toEqual([
      'Same industry: Distribution',
      'Role: VP Operations',
      'Shared tag: freight',
      'Not used in a call yet',
    ]);
    expect(third!.reasons).toEqual(['Same industry: distribution', 'Booked 3 of 5 calls']);
    expect(third!.insight).toMatchObject({ timesUsed: 5, meetingsBooked: 3, meetingRate: 0.6 });
    expect(last!.reasons).toEqual(['Booked 3 of 3 calls']);
    expect(last!.fit).toBe(0);

    // The same library, seen from the banking prospect: the banking insight comes first.
    const forBanker = await call(app, 'insights:suggest', { prospectId: other.id, limit: 2 });
    expect(forBanker).toHaveLength(2);
    expect(forBanker[0]!.insight.id).toBe(banking.id);
    expect(forBanker[0]!.reasons).toEqual(['Same industry: Banking', 'Booked 3 of 3 calls']);
    app.close();
  });

  it('leaves archived calls out of the track record', async () => {
    const app = backend();
    const prospect = await call(app, 'prospects:create', { name: 'Ann', industry: 'Retail' });
    const insight = await call(app, 'insights:create', {
      headline: 'Shrink is a staffing problem',
    });
    logCalls(app, prospect.id, insight.id, ['meeting_booked', 'voicemail']);
    app.db.prepare("UPDATE calls SET archived_at = '2026-01-01T00:00:00.000Z' WHERE id = 1").run();
    const [only] = await call(app, 'insights:suggest', { prospectId: prospect.id });
    expect(only!.reasons).toEqual(['Booked 0 of 1 call']);
    expect(only!.insight).toMatchObject({ timesUsed: 1, meetingsBooked: 0, meetingRate: 0 });
    app.close();
  });

  it('says not_found for a prospect that does not exist', async () => {
    const app = backend();
    const result = await callRaw(app, 'insights:suggest', { prospectId: 404 });
    expect(result.ok || result.error.code).toBe('not_found');
    app.close();
  });
});

describe('fit to a prospect', () => {
  it('matches roles to titles in any word order, with the usual abbreviations', () => {
    expect(roleMatchesTitle('VP Operations', 'Vice President of Operations')).toBe(true);
    expect(roleMatchesTitle('Logistics Director', 'Director of Logistics & Transport')).toBe(true);
    expect(roleMatchesTitle('COO', 'Chief Operating Officer')).toBe(true);
    expect(roleMatchesTitle('VP Operations', 'VP Sales')).toBe(false);
    expect(roleMatchesTitle('Plant Manager', '')).toBe(false);
    expect(roleMatchesTitle('', 'Plant Manager')).toBe(false);
  });

  it('weighs industry over role over tags, and caps what tags alone can add', () => {
    const prospect = { industry: 'Healthcare', title: 'Practice Manager', tags: ['a', 'b', 'c'] };
    const industryOnly = fitToProspect(prospect, {
      industries: ['HEALTHCARE'],
      roles: [],
      tags: [],
    });
    const roleOnly = fitToProspect(prospect, {
      industries: [],
      roles: ['Practice Manager'],
      tags: [],
    });
    const tagsOnly = fitToProspect(prospect, { industries: [], roles: [], tags: ['a', 'B', 'c'] });
    expect(industryOnly.points).toBeGreaterThan(roleOnly.points);
    expect(roleOnly.points).toBeGreaterThan(0);
    expect(tagsOnly.points).toBeLessThan(industryOnly.points);
    expect(tagsOnly.reasons).toEqual(['Shared tags: a, B, c']);
    expect(
      fitToProspect(
        { industry: '', title: '', tags: [] },
        {
          industries: [''],
          roles: [],
          tags: [],
        },
      ).points,
    ).toBe(0);
  });
});
