/**
 * `npm run check-opener -- [flags] < opener.txt`: checks an opener from the command line.
 * It reports and never judges: exit 0 whenever the check ran, 2 on bad input (unknown flag, bad
 * --wpm, invalid JSON line, no text), so scripts can tell "blocked" from "could not check".
 */
import { pathToFileURL } from 'node:url';
import type {
  CheckContext,
  CheckInput,
  CheckMode,
  CheckResult,
  Finding,
} from '../src/shared/checker/index';
import { CHECK_MODES, checkOpener, COMPONENT_NAMES } from '../src/shared/checker/index';
// The checker's language model, loaded once on the first check, as the backend loads it.
import '../src/main/checker-model';

const USAGE = `usage: npm run check-opener -- [options] < opener.txt

  --mode call|email|voicemail  how the opener is delivered (default: call; a "Subject:" first
                             line means email); a voicemail asks for a way back, not a meeting
  --subject TEXT             email subject, when it is not the first line of the text
  --rep-name NAME            your name, so identity is found reliably
  --rep-company COMPANY      your company
  --prospect-name NAME       the prospect's name
  --prospect-company NAME    the prospect's company
  --prospect-title TITLE     the prospect's title
  --prior-contact            you have spoken with this prospect before
  --referral                 a referral to this prospect is on record
  --transactional            a frequent, low-risk purchase: no insight required
  --wpm N                    your speaking pace in words per minute (default 150)
  --json                     print the result object as JSON
  --jsonl                    read one JSON object per line ({ id, text, mode?, subject?, context? })
                             and write one result line per input
  --help                     show this help
`;

class UsageError extends Error {}

function isMode(value: unknown): value is CheckMode {
  return CHECK_MODES.some((mode) => mode === value);
}

interface Options {
  mode?: CheckMode;
  subject?: string;
  context: CheckContext;
  output: 'report' | 'json' | 'jsonl';
}

const VALUE_FLAGS = new Set([
  '--mode',
  '--subject',
  '--rep-name',
  '--rep-company',
  '--prospect-name',
  '--prospect-company',
  '--prospect-title',
  '--wpm',
]);
const SWITCHES = new Set([
  '--prior-contact',
  '--referral',
  '--transactional',
  '--json',
  '--jsonl',
  '--help',
]);

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { context: {}, output: 'report' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    if (SWITCHES.has(flag)) {
      if (eq !== -1) throw new UsageError(`${flag} takes no value`);
      switch (flag) {
        case '--help':
          return 'help';
        case '--prior-contact':
          options.context.priorContact = true;
          break;
        case '--referral':
          options.context.referralOnRecord = true;
          break;
        case '--transactional':
          options.context.transactional = true;
          break;
        case '--json':
        case '--jsonl':
          if (options.output !== 'report')
            throw new UsageError('use either --json or --jsonl, not both');
          options.output = flag === '--json' ? 'json' : 'jsonl';
          break;
      }
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) {
      throw new UsageError(
        arg.startsWith('-')
          ? `unknown option ${arg}`
          : `unexpected argument ${arg} (the text is read from stdin)`,
      );
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--mode':
        if (!isMode(value))
          throw new UsageError(`--mode must be ${CHECK_MODES.join(', ')}; not "${value}"`);
        options.mode = value;
        break;
      case '--subject':
        options.subject = value;
        break;
      case '--rep-name':
        options.context.repName = value;
        break;
      case '--rep-company':
        options.context.repCompany = value;
        break;
      case '--prospect-name':
        options.context.prospectName = value;
        break;
      case '--prospect-company':
        options.context.prospectCompany = value;
        break;
      case '--prospect-title':
        options.context.prospectTitle = value;
        break;
      case '--wpm': {
        const wpm = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(wpm) || wpm < 40 || wpm > 400) {
          throw new UsageError(
            `--wpm must be a number of words per minute between 40 and 400, not "${value}"`,
          );
        }
        options.context.wpm = wpm;
        break;
      }
    }
  }
  return options;
}

interface JsonlEntry {
  id: string;
  input: CheckInput;
}

function parseJsonl(text: string, defaults: Options): JsonlEntry[] {
  const entries: JsonlEntry[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${where} is not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UsageError(`${where} must be a JSON object`);
    }
    const v = value as Record<string, unknown>;
    if (typeof v.id !== 'string' && typeof v.id !== 'number')
      throw new UsageError(`${where} needs an "id"`);
    if (typeof v.text !== 'string') throw new UsageError(`${where} needs a "text" string`);
    if (v.mode !== undefined && !isMode(v.mode)) {
      throw new UsageError(`${where}: "mode" must be one of ${CHECK_MODES.join(', ')}`);
    }
    if (v.subject !== undefined && typeof v.subject !== 'string')
      throw new UsageError(`${where}: "subject" must be a string`);
    if (
      v.context !== undefined &&
      (typeof v.context !== 'object' || v.context === null || Array.isArray(v.context))
    ) {
      throw new UsageError(`${where}: "context" must be an object`);
    }
    const mode = (v.mode as CheckMode | undefined) ?? defaults.mode;
    const subject = (v.subject as string | undefined) ?? defaults.subject;
    const input: CheckInput = {
      text: v.text,
      context: { ...defaults.context, ...(v.context as CheckContext | undefined) },
    };
    if (mode) input.mode = mode;
    if (subject !== undefined) input.subject = subject;
    entries.push({ id: String(v.id), input });
  });
  return entries;
}

const SEVERITY_MARK: Record<Finding['severity'], string> = {
  block: '✖ block',
  warn: '▲ warn ',
  info: '• info ',
};
const VERDICT_LABEL: Record<CheckResult['verdict'], string> = {
  blocked: 'BLOCKED',
  needs_work: 'NEEDS WORK',
  ready: 'READY',
};

function quote(
  input: CheckInput,
  span: { field: 'text' | 'subject'; start: number; end: number },
): string {
  const source = span.field === 'subject' ? (input.subject ?? '') : input.text;
  const text = source.slice(span.start, span.end).replace(/\s+/g, ' ');
  return text.length > 90 ? `“${text.slice(0, 87)}…”` : `“${text}”`;
}

function formatReport(input: CheckInput, result: CheckResult): string {
  const s = result.stats;
  const lines: string[] = [];
  lines.push(`${VERDICT_LABEL[result.verdict]} · score ${result.score}/100 · ${result.mode}`);
  lines.push(
    `${s.words} words · about ${s.seconds} s at ${s.wpm} wpm · you/your ${s.youYour} vs I/we/our ${s.iWeOur} · ${s.questions} question(s) · reading grade ${s.readingGrade}`,
  );
  lines.push('');
  lines.push(
    result.findings.length === 0 ? 'No findings.' : `Findings (${result.findings.length}):`,
  );
  for (const f of result.findings) {
    const where = f.category.startsWith('missing_') ? '' : ` ${quote(input, f)}`;
    lines.push(`  ${SEVERITY_MARK[f.severity]}  ${f.ruleId}${where}`);
    lines.push(`      ${f.message}`);
    lines.push(`      Why: ${f.why}`);
    if (f.evidence) lines.push(`      Evidence: ${f.evidence.fact} (${f.evidence.source})`);
    lines.push(`      Fix: ${f.suggestion}`);
  }
  lines.push('');
  lines.push('Components:');
  for (const name of COMPONENT_NAMES) {
    const c = result.components[name];
    lines.push(
      `  ${c.present ? '✔' : '✖'} ${name.padEnd(9)}${c.present && c.span ? quote(input, c.span) : 'missing'}`,
    );
  }
  return lines.join('\n');
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The whole command for given arguments and stdin, without touching the process: the tests run it
 * in-process, and the bottom of this file wires it to the real argv, stdin and exit code.
 */
export function runCheckOpener(args: string[], stdin: string | null): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const done = (status: number): CliRun => ({
    status,
    stdout: out.join(''),
    stderr: err.join(''),
  });
  let options: Options | 'help';
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError) {
      err.push(`check-opener: ${error.message}\n\n${USAGE}`);
      return done(2);
    }
    throw error;
  }
  if (options === 'help') {
    out.push(USAGE);
    return done(0);
  }
  if (stdin === null) {
    err.push(`check-opener: pipe the opener text on stdin\n\n${USAGE}`);
    return done(2);
  }

  if (options.output === 'jsonl') {
    let entries: JsonlEntry[];
    try {
      entries = parseJsonl(stdin, options);
    } catch (error) {
      if (error instanceof UsageError) {
        err.push(`check-opener: ${error.message}\n`);
        return done(2);
      }
      throw error;
    }
    const lines = entries.map(({ id, input }) => JSON.stringify({ id, ...checkOpener(input) }));
    out.push(lines.length ? `${lines.join('\n')}\n` : '');
    return done(0);
  }

  if (stdin.trim() === '') {
    err.push('check-opener: no opener text on stdin\n');
    return done(2);
  }
  const input: CheckInput = { text: stdin, context: options.context };
  if (options.mode) input.mode = options.mode;
  if (options.subject !== undefined) input.subject = options.subject;
  const result = checkOpener(input);
  out.push(
    options.output === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : `${formatReport(input, result)}\n`,
  );
  return done(0);
}

async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  // --help answers without waiting for stdin.
  const stdin = args.includes('--help') || args.includes('-h') ? '' : await readStdin();
  const run = runCheckOpener(args, stdin);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.status;
}
