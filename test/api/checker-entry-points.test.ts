import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkOpener, type CheckInput, type CheckResult } from '../../src/shared/checker';
import { planCheckContext } from '../../src/shared/domain/plan';
import { ONE_DOWN, ONE_UP } from '../helpers/api';
import { withProspectAndInsight } from '../helpers/dialing';

/**
 * One checker everywhere: the plan screen (call opener and email tab), the backend's stored check
 * and dial gate (what the live call screen shows) and `npm run check-opener` give the same verdict,
 * findings and parts for the same text and context.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

const CALL_OPENERS = [
  ONE_UP,
  ONE_DOWN,
  // A good opener in wording no rule lists: no request verb, name and company apart.
  'Good afternoon Dana. My name is Sam Ortiz. I work for Freightwise. The reason I’m reaching out is that distributors in your region have seen LTL rates climb since the spring, and most don’t know which lanes drive it. Let’s set 30 minutes next week so I can show you where your exposure sits.',
  // Mixed: a permission question in front of a sound opener.
  'Hi Dana, Sam Ortiz with Freightwise — got a sec? We benchmarked 60 distributors and the ones that re-bid quarterly paid 11% less. Worth 20 minutes Thursday at 10 to see where Tidewater sits?',
  // Mixed: a minimiser, but transparent and with value.
  'Hi Dana, Sam Ortiz with Freightwise. Sorry to bother you, I just wanted to share that distributors who re-bid LTL lanes every quarter paid 11% less last year. Could we set 20 minutes on Thursday at 10 to see where Tidewater sits?',
  // No ask at all.
  'Hi Dana, this is Sam Ortiz with Freightwise. I’m calling because food distributors in Virginia face new cold-chain rules in January.',
];
const EMAIL = {
  subject: 'LTL rates at distributors your size',
  body: 'Hi Dana,\n\nWe benchmarked 60 distributors: the ones that re-bid LTL lanes every quarter paid 11% less for freight. Could we take 20 minutes on Thursday at 10 to see where Tidewater sits?\n\nSam Ortiz\nFreightwise',
};

/** What a rep sees of a check: verdict, score, each finding and where it is, the parts present. */
function seen(result: CheckResult) {
  return {
    verdict: result.verdict,
    score: result.score,
    findings: result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.start}-${f.end}`),
    parts: Object.entries(result.components)
      .filter(([, status]) => status.present)
      .map(([name]) => name),
  };
}

function checkWithCli(inputs: (CheckInput & { id: string })[]): Map<string, CheckResult> {
  const lines = inputs.map((input) => JSON.stringify(input)).join('\n');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/check-opener.ts', '--jsonl'],
    { cwd: root, input: lines, encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const results = new Map<string, CheckResult>();
  for (const line of run.stdout.trim().split('\n')) {
    const { id, ...result } = JSON.parse(line) as CheckResult & { id: string };
    results.set(id, result);
  }
  return results;
}

describe('the same checker behind every screen', () => {
  it('plan screen, email tab, stored check, dial gate and CLI agree on every opener', async () => {
    const { backend, call, prospect, insight } = await withProspectAndInsight();
    const created = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [insight.id],
    });
    const detail = await call('plans:get', { id: created.plan.id });
    // The context the plan screen builds for its checks (usePlanEditor), from the plan as loaded.
    const context = planCheckContext(detail);

    const screen = new Map<string, CheckResult>();
    CALL_OPENERS.forEach((text, i) =>
      screen.set(`call-${i}`, checkOpener({ text, mode: 'call', context })),
    );
    screen.set(
      'email',
      checkOpener({ text: EMAIL.body, subject: EMAIL.subject, mode: 'email', context }),
    );
    // The set covers every verdict, so agreement is not agreement on one easy answer.
    expect(new Set([...screen.values()].map((r) => r.verdict))).toEqual(
      new Set(['ready', 'needs_work', 'blocked']),
    );

    const cli = checkWithCli([
      ...CALL_OPENERS.map((text, i) => ({ id: `call-${i}`, text, mode: 'call' as const, context })),
      { id: 'email', text: EMAIL.body, subject: EMAIL.subject, mode: 'email', context },
    ]);

    let revision = detail.plan.revision;
    for (const [i, text] of CALL_OPENERS.entries()) {
      const expected = seen(screen.get(`call-${i}`)!);
      expect(seen(cli.get(`call-${i}`)!), `CLI, opener ${i}`).toEqual(expected);
      // The check the backend stores with the plan when the opener is saved.
      const saved = await call('plans:update', {
        id: detail.plan.id,
        baseRevision: revision,
        patch: { opener: text },
      });
      revision = saved.revision;
      expect(seen(saved.checkResult!), `stored check, opener ${i}`).toEqual(expected);
      // The dial gate's check, kept with the call and shown on the live call screen.
      const dialed = await call('plans:dial', {
        planId: detail.plan.id,
        opener: text,
        overrideReason: 'Checking that every screen agrees',
      });
      const live = await call('calls:get', { id: dialed.call.id });
      expect(seen(live.checkResult!), `live call, opener ${i}`).toEqual(expected);
    }
    expect(seen(cli.get('email')!), 'CLI, email').toEqual(seen(screen.get('email')!));
    backend.close();
  });
});
