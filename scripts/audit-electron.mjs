#!/usr/bin/env node
// `npm run audit:electron`: first OneUp's own hardening checks (scripts/electron-hardening.mjs:
// app:// instead of file://, app.enableSandbox(), the <meta> CSP, the file:// fuse off), then
// Electronegativity over src/ (main, preload and renderer). Electronegativity always exits 0, so
// its CSV report is read here: any HIGH or MEDIUM finding that is not a reviewed false positive in
// security/electronegativity-allowlist.json fails the run, and so does an allow-list entry that
// matches nothing any more (it would hide the next real finding in that file).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT,
  UserFacingError,
  electronVersion,
  formatMessage,
  packageBin,
  run,
} from './electron-support.mjs';
import { hardeningProblems } from './electron-hardening.mjs';

const FAILING = new Set(['HIGH', 'MEDIUM']);
// A few seconds of work; it also tries to fetch Electron's release list, which fails offline.
const TIMEOUT_MS = 120_000;

/** Findings from Electronegativity's CSV: the first five columns never contain commas. */
export function parseFindings(csv) {
  const findings = [];
  for (const line of csv.split('\n')) {
    const match = /^([A-Z0-9_]+),"([A-Z]+)","([A-Z]+)","([^"]*)","(\d+):(\d+)"/.exec(line);
    if (!match) continue;
    const [, check, severity, confidence, file, lineNumber] = match;
    findings.push({ check, severity, confidence, file, line: Number(lineNumber) });
  }
  return findings;
}

/** Splits findings into the ones that fail the audit and the allow-list entries never used. */
export function judge(findings, entries) {
  const used = new Set();
  const failures = [];
  for (const finding of findings) {
    if (!FAILING.has(finding.severity)) continue;
    const entry = entries.find(
      (candidate) => candidate.check === finding.check && candidate.file === finding.file,
    );
    if (entry) used.add(entry);
    else failures.push(finding);
  }
  return { failures, unused: entries.filter((entry) => !used.has(entry)) };
}

async function main() {
  const problems = await hardeningProblems(ROOT);
  if (problems.length) {
    throw new UserFacingError(
      [`Electron hardening: ${problems.length} problem(s).`, ...problems].join('\n  '),
    );
  }
  console.log(
    '✔ Electron hardening: app:// (not file://), app.enableSandbox(), the <meta> CSP, file:// fuse off.',
  );

  const allowlist = JSON.parse(
    readFileSync(join(ROOT, 'security', 'electronegativity-allowlist.json'), 'utf8'),
  );
  for (const entry of allowlist.entries) {
    if (!entry.check || !entry.file || !entry.reason?.trim())
      throw new UserFacingError(
        `Allow-list entry ${JSON.stringify(entry)} needs a check, a file and a reason.`,
      );
  }

  const workDir = mkdtempSync(join(tmpdir(), 'oneup-electronegativity-'));
  const report = join(workDir, 'report.csv');
  try {
    const result = await run(
      process.execPath,
      [
        packageBin('@doyensec/electronegativity', 'electronegativity'),
        '--input',
        join(ROOT, 'src'),
        '--electron-version',
        electronVersion(),
        '--output',
        report,
        '--relative',
        '--verbose',
        'false',
      ],
      { timeoutMs: TIMEOUT_MS, capture: true },
    );
    let csv;
    try {
      csv = readFileSync(report, 'utf8');
    } catch {
      throw new UserFacingError(
        `Electronegativity wrote no report${result.timedOut ? ' (timed out)' : ''}: ${result.output.trim().split('\n').at(-1) ?? ''}`,
      );
    }
    const findings = parseFindings(csv);
    const { failures, unused } = judge(findings, allowlist.entries);
    const allowed = findings.filter((f) => FAILING.has(f.severity)).length - failures.length;
    const lower = findings.length - failures.length - allowed;
    if (failures.length || unused.length) {
      throw new UserFacingError(
        [
          `Electronegativity: ${failures.length} HIGH/MEDIUM finding(s) not in security/electronegativity-allowlist.json.`,
          ...failures.map(
            (f) =>
              `${f.severity} ${f.check} at src/${f.file}:${f.line} (https://github.com/doyensec/electronegativity/wiki/${f.check})`,
          ),
          ...unused.map(
            (entry) =>
              `Allow-list entry ${entry.check} for ${entry.file} matches nothing: remove it.`,
          ),
        ].join('\n  '),
      );
    }
    console.log(
      `✔ Electronegativity: no HIGH or MEDIUM finding outside the allow-list (${allowed} reviewed false positives, ${lower} low/informational).`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(
    formatMessage([
      error instanceof UserFacingError ? error.message : String(error?.stack ?? error),
    ]),
  );
  process.exit(1);
});
