import { checkOpener } from '../../shared/checker';
import type { SampleDataResult, SampleRemoveResult } from '../../shared/api/channels/app';
import { briefingCreateInput } from '../../shared/domain/briefing';
import { localDate } from '../../shared/domain/calling-hours';
import { insightCreateInput } from '../../shared/domain/insight';
import { planCheckContext, planCreateInput, type PlanDetail } from '../../shared/domain/plan';
import { prospectCreateInput } from '../../shared/domain/prospect';
import { ApiFailure } from '../api/errors';
import { createBriefing } from '../briefings/repository';
import { insertNote } from '../calls/notes';
import { insertCall } from '../calls/repository';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { now as clockNow, nowIso } from '../db/time';
import { createInsight } from '../insights/repository';
import { bookMeetingForCall } from '../meetings/service';
import { createCheckedPlan } from '../plans/service';
import { createProspect } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import {
  SAMPLE_CALL_SCRIPT,
  SAMPLE_INSIGHTS,
  SAMPLE_PLANS,
  SAMPLE_PROSPECTS,
  type SampleIdentity,
} from './sample-data';
import { insertSampleRecordRow, type SampleTable } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * No prospect and no insight yet: the first-run screen offers the sample library, and automatic
 * backups wait for the first row. EXISTS stops at the first row; the two count(*) scans it
 * replaces cost 50 ms at 100k rows (762 ms with 16 clients), and app:info asks this at start-up
 * and every minute.
 */
export function isLibraryEmpty(db: Db): boolean {
  return (
    statement(
      db,
      'SELECT NOT EXISTS (SELECT 1 FROM prospects) AND NOT EXISTS (SELECT 1 FROM insights)',
    )
      .pluck()
      .get() === 1
  );
}

/** Whether sample data is in the library now. */
export function hasSampleData(db: Db): boolean {
  return statement(db, 'SELECT EXISTS (SELECT 1 FROM sample_records)').pluck().get() === 1;
}

function track(db: Db, table: SampleTable, id: number): void {
  insertSampleRecordRow(db, { table, rowId: id, createdAt: nowIso() });
}

/**
 * Loads the demo library next to whatever the rep has: prospects, insights, a briefing, plans
 * (some ready to dial) and three weeks of calls with outcomes, notes and follow-ups relative to
 * today, so Today, Review and the analytics show something on first look. Every row is listed in
 * sample_records for "Remove sample data". Runs in the handler's one transaction.
 */
export function loadSampleData(db: Db): SampleDataResult {
  if (hasSampleData(db)) {
    throw new ApiFailure(
      'conflict',
      'Sample data is already loaded. Remove it first to load it again.',
    );
  }
  const settings = getSettings(db);
  const identity: SampleIdentity = {
    repName: settings.repName || 'Sam Ortiz',
    repCompany: settings.repCompany || 'Brightline Advisory',
  };
  const insights = SAMPLE_INSIGHTS.map((input) => {
    const insight = createInsight(db, insightCreateInput.parse(input));
    track(db, 'insights', insight.id);
    return insight;
  });
  const prospects = SAMPLE_PROSPECTS.map((input) => {
    const prospect = createProspect(db, prospectCreateInput.parse(input));
    track(db, 'prospects', prospect.id);
    return prospect;
  });

  const briefing = createBriefing(
    db,
    briefingCreateInput.parse({
      title: 'Freight cost review for Tidewater Supply',
      prospectId: prospects[0]!.id,
      items: [
        {
          insightId: insights[0]!.id,
          talkingPoints:
            'Show the quarterly re-bid saving by lane type; ask which lanes they re-bid last.',
        },
      ],
      questions: [
        'Which lanes carry most of your LTL spend?',
        'When did you last re-bid them, and who decided the cadence?',
      ],
      lengthMinutes: 30,
    }),
  );
  track(db, 'briefings', briefing.id);

  const plans = SAMPLE_PLANS.map((sample) => {
    const prospect = prospects[sample.prospect]!;
    const detail = createCheckedPlan(
      db,
      planCreateInput.parse({
        prospectId: prospect.id,
        objective: sample.objective,
        opener: sample.opener(identity),
        insightIds: [insights[sample.insight]!.id],
        meetingSlots: sample.meetingSlots,
        briefingId: sample.prospect === 0 ? briefing.id : null,
      }),
    ) as PlanDetail;
    track(db, 'call_plans', detail.plan.id);
    return { sample, detail };
  });

  const now = clockNow();
  let calls = 0;
  let lastBooked: { id: number; prospectId: number; email: string } | null = null;
  for (const script of SAMPLE_CALL_SCRIPT) {
    const { detail } = plans[script.plan]!;
    const opener = script.opener ? script.opener(identity) : detail.plan.opener;
    const started = new Date(now.getTime() - script.daysAgo * DAY_MS);
    started.setUTCHours(script.hourUtc, script.minute, 0, 0);
    const checkResult = checkOpener({
      text: opener,
      mode: 'call',
      context: planCheckContext(detail),
    });
    const call = insertCall(db, {
      prospectId: detail.prospect.id,
      planId: script.dialed ? detail.plan.id : null,
      opener,
      checkResult,
      overrideReason:
        checkResult.verdict === 'blocked' ? 'Trying the old script to compare results.' : null,
      insightIds: detail.plan.insightIds,
      startedAt: started.toISOString(),
      endedAt: new Date(started.getTime() + script.minutes * 60_000).toISOString(),
      outcome: script.outcome,
      nextStep: script.nextStep ?? '',
      followUpOn:
        script.followUpInDays === undefined
          ? null
          : localDate(new Date(now.getTime() + script.followUpInDays * DAY_MS)),
      loggedAfter: !script.dialed,
    });
    script.notes?.forEach((note, index) =>
      insertNote(db, {
        callId: call.id,
        body: note.body,
        tags: note.tags,
        offsetMs: (index + 1) * 40_000,
        clientId: null,
      }),
    );
    track(db, 'calls', call.id);
    calls++;
    if (script.outcome === 'meeting_booked') {
      lastBooked = { id: call.id, prospectId: detail.prospect.id, email: detail.prospect.email };
    }
  }
  // The most recent booked call has its meeting still ahead, so Today and the prospect show an
  // upcoming meeting with an invite on first look (two days out, 15:00 UTC, 30 minutes).
  if (lastBooked) {
    const startsAt = new Date(now.getTime() + 2 * DAY_MS);
    startsAt.setUTCHours(15, 0, 0, 0);
    bookMeetingForCall(db, lastBooked, null, {
      title: '',
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      attendees: lastBooked.email ? [lastBooked.email] : [],
    });
  }
  return {
    prospects: prospects.length,
    insights: insights.length,
    briefings: 1,
    plans: plans.length,
    calls,
  };
}

/**
 * Deletes exactly the rows "Load sample data" made, in one transaction (the handler's), and the
 * rep's own rows that hang off a sample prospect (a plan written or a call made on a sample
 * prospect goes with it). A sample insight the rep's own plans, calls or briefings use is kept
 * and becomes theirs, so nothing of the rep's loses its history.
 */
export function removeSampleData(db: Db): SampleRemoveResult {
  if (!hasSampleData(db)) {
    throw new ApiFailure('not_found', 'There is no sample data to remove.');
  }
  const sampleProspects = `SELECT row_id FROM sample_records WHERE table_name = 'prospects'`;
  const count = (sql: string) => statement(db, sql).pluck().get() as number;
  const run = (sql: string) => statement(db, sql).run().changes;

  // Meetings booked on sample prospects or sample calls first (they point at both), then calls
  // (notes, drafts and call_insights go with them by cascade), then plans, briefings.
  run(
    `DELETE FROM meetings WHERE prospect_id IN (${sampleProspects})
       OR call_id IN (SELECT row_id FROM sample_records WHERE table_name = 'calls')`,
  );
  const calls = run(
    `DELETE FROM calls WHERE prospect_id IN (${sampleProspects})
       OR id IN (SELECT row_id FROM sample_records WHERE table_name = 'calls')`,
  );
  const plans = run(
    `DELETE FROM call_plans WHERE prospect_id IN (${sampleProspects})
       OR id IN (SELECT row_id FROM sample_records WHERE table_name = 'call_plans')`,
  );
  // A briefing of the rep's on a sample prospect becomes a template rather than vanishing: a
  // briefing is writing the rep may reuse.
  run(
    `UPDATE briefings SET prospect_id = NULL, is_template = 1
     WHERE prospect_id IN (${sampleProspects})
       AND id NOT IN (SELECT row_id FROM sample_records WHERE table_name = 'briefings')`,
  );
  // The rep's own plans and calls may point at the sample briefing: they keep everything else.
  const sampleBriefings = `SELECT row_id FROM sample_records WHERE table_name = 'briefings'`;
  run(`UPDATE call_plans SET briefing_id = NULL WHERE briefing_id IN (${sampleBriefings})`);
  run(`UPDATE calls SET briefing_id = NULL WHERE briefing_id IN (${sampleBriefings})`);
  run(`UPDATE meetings SET briefing_id = NULL WHERE briefing_id IN (${sampleBriefings})`);
  const briefings = run(
    `DELETE FROM briefings WHERE id IN (SELECT row_id FROM sample_records WHERE table_name = 'briefings')`,
  );
  const prospects = run(`DELETE FROM prospects WHERE id IN (${sampleProspects})`);
  const keptInsights = count(
    `SELECT count(*) FROM sample_records s WHERE s.table_name = 'insights' AND (
       EXISTS (SELECT 1 FROM call_plan_insights WHERE insight_id = s.row_id)
       OR EXISTS (SELECT 1 FROM call_insights WHERE insight_id = s.row_id)
       OR EXISTS (SELECT 1 FROM briefing_items WHERE insight_id = s.row_id))`,
  );
  const insights = run(
    `DELETE FROM insights WHERE id IN (SELECT row_id FROM sample_records WHERE table_name = 'insights')
       AND NOT EXISTS (SELECT 1 FROM call_plan_insights WHERE insight_id = insights.id)
       AND NOT EXISTS (SELECT 1 FROM call_insights WHERE insight_id = insights.id)
       AND NOT EXISTS (SELECT 1 FROM briefing_items WHERE insight_id = insights.id)`,
  );
  run('DELETE FROM sample_records');
  return { prospects, insights, briefings, plans, calls, keptInsights };
}
