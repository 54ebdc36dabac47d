import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheckOpener, type CliRun } from '../../../scripts/check-opener';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const OPENER =
  'Hi Priya, is now a good time? This is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors and most overpay 11%. That would let your team lock lower rates. Could we take 20 minutes Thursday at 10?';

/** The command in-process: the same code the real CLI runs, without starting a process per case. */
function run(args: string[], input: string): CliRun {
  return runCheckOpener(args, input);
}

/** The real command in its own process, for what only a process shows (argv, stdin, exit code). */
function spawnCli(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-opener.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 50_000,
  });
}

describe('npm run check-opener', () => {
  it('runs as a command: reads stdin, prints to stdout and exits 2 on an unknown option', () => {
    const report = spawnCli([], OPENER);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('BLOCKED');
    const bogus = spawnCli(['--bogus'], OPENER);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain('unknown option --bogus');
  });

  it('prints a readable report and exits 0 even when the opener is blocked', () => {
    const { status, stdout } = run([], OPENER);
    expect(status).toBe(0);
    expect(stdout).toContain('BLOCKED');
    expect(stdout).toContain('permission.good_time “is now a good time”');
    expect(stdout).toContain('Why:');
    expect(stdout).toContain('Fix:');
    expect(stdout).toMatch(/✔ identity/);
    expect(stdout).toMatch(/about \d+(\.\d)? s at 150 wpm/);
  });

  it('prints the result object with --json, honouring context flags', () => {
    const { status, stdout } = run(
      [
        '--json',
        '--wpm',
        '120',
        '--rep-name',
        'Dana Whitfield',
        '--rep-company',
        'Tidewater Freight',
      ],
      OPENER,
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      verdict: string;
      stats: { wpm: number };
      findings: { ruleId: string }[];
    };
    expect(result.verdict).toBe('blocked');
    expect(result.stats.wpm).toBe(120);
    expect(result.findings.map((f) => f.ruleId)).toContain('permission.good_time');
  });

  it('checks one JSON object per line with --jsonl', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: OPENER }),
      JSON.stringify({
        id: 'b',
        text: OPENER.replace('is now a good time? ', ''),
        context: { repName: 'Dana' },
      }),
      JSON.stringify({
        id: 'c',
        text: 'Hi Sam,\nHow have you been?',
        mode: 'email',
        subject: 'Re: hi',
      }),
    ];
    const { status, stdout } = run(['--jsonl'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const results = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; verdict: string; mode: string });
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['a', 'blocked'],
      ['b', 'ready'],
      ['c', 'blocked'],
    ]);
    expect(results[2]?.mode).toBe('email');
  });

  it('exits 2 with a clear message on bad input', () => {
    const unknown = run(['--bogus'], OPENER);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --bogus');
    const wpm = run(['--wpm', 'fast'], OPENER);
    expect(wpm.status).toBe(2);
    expect(wpm.stderr).toContain('--wpm');
    const mode = run(['--mode', 'fax'], OPENER);
    expect(mode.status).toBe(2);
    expect(mode.stderr).toContain('--mode must be call, email, voicemail');
    const json = run(['--jsonl'], `${JSON.stringify({ id: 'a', text: 'Hi' })}\n{not json\n`);
    expect(json.status).toBe(2);
    expect(json.stderr).toContain('line 2 is not valid JSON');
    expect(json.stdout).toBe('');
    const empty = run([], '   \n');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no opener text');
  });

  it('checks a voicemail with --mode voicemail: the way back it leaves is its ask', () => {
    const voicemail =
      'Hi Priya, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors and most overpay 11% on fuel surcharges, which would let your team lock lower rates before renewal. I’ll send you the benchmark by email this afternoon; my direct line is 312-555-0142.';
    const { status, stdout } = run(['--json', '--mode', 'voicemail'], voicemail);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      mode: string;
      components: { ask: { present: boolean } };
      findings: { ruleId: string }[];
    };
    expect(result.mode).toBe('voicemail');
    expect(result.components.ask.present).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('missing_ask.ask');
  });
});
