import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { call } from '../helpers/api';
import { bundleScript } from '../helpers/bundle';

const WRITER = join(import.meta.dirname, 'crash-writer.ts');
/** The writer bundled once for the file: each run then starts as plain Node, not through tsx. */
let writerScript = '';
const RUNS = 22;
const SEED = 0x5eed_0005;

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acknowledged {
  clientIds: string[];
  lastDraftRevision: number | null;
}

/**
 * Runs the writer until it has acknowledged `killAfter` notes, then kills it with SIGKILL at
 * once, while it is in the middle of its next write. Returns what it acknowledged.
 */
async function runWriterAndKill(
  dataDir: string,
  callId: number,
  run: number,
  killAfter: number,
): Promise<Acknowledged> {
  const child = spawn(
    process.execPath,
    [writerScript, dataDir, String(callId), `crash-run${run}`, String(run * 1_000_000)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const acknowledged: Acknowledged = { clientIds: [], lastDraftRevision: null };
  for await (const line of createInterface({ input: child.stdout })) {
    const ack = /^ack (\S+) (\d+)$/u.exec(line);
    if (ack) {
      acknowledged.clientIds.push(ack[1]!);
      acknowledged.lastDraftRevision = Number(ack[2]);
    } else if (line !== 'ready') {
      throw new Error(`unexpected writer output: ${line}`);
    }
    if (acknowledged.clientIds.length >= killAfter && (line === 'ready' || ack)) {
      child.kill('SIGKILL');
      break;
    }
  }
  const how = await exited;
  if (how !== 'SIGKILL')
    throw new Error(`writer ended with ${String(how)} before the kill: ${stderr}`);
  return acknowledged;
}

describe('a writer killed with SIGKILL mid-write', () => {
  let dataDir: string;
  let callId: number;
  const random = seeded(SEED);
  const everAcknowledged: string[] = [];

  beforeAll(async () => {
    writerScript = await bundleScript(WRITER);
    dataDir = mkdtempSync(join(tmpdir(), 'oneup-crash-'));
    const backend = openBackend({ dataDir, transport: 'browser' });
    const prospect = await call(backend, 'prospects:create', { name: 'Dana Whitfield' });
    const logged = await call(backend, 'calls:log', {
      prospectId: prospect.id,
      outcome: 'callback',
      startedAt: new Date().toISOString(),
    });
    callId = logged.id;
    backend.close();
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dirname(writerScript), { recursive: true, force: true });
  });

  for (let run = 1; run <= RUNS; run++) {
    it(`keeps every acknowledged note and an intact file (run ${run} of ${RUNS}, seed ${SEED})`, async () => {
      // Mostly mid-stream kills, with some right after start-up, when the WAL is fresh.
      const killAfter = random() < 0.15 ? 0 : 1 + Math.floor(random() * 120);
      const acknowledged = await runWriterAndKill(dataDir, callId, run, killAfter);
      everAcknowledged.push(...acknowledged.clientIds);

      // Opened the way the app opens it after a crash: WAL recovery, then the checks.
      const db = openDatabase(dataDir);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const stored = new Set(
          db
            .prepare('SELECT client_id FROM call_notes WHERE call_id = ? AND client_id IS NOT NULL')
            .pluck()
            .all(callId) as string[],
        );
        const lost = everAcknowledged.filter((clientId) => !stored.has(clientId));
        expect(lost, `acknowledged but missing after the kill`).toEqual([]);
        // Every stored note is whole: its text matches its key, none half-written.
        const torn = db
          .prepare(
            "SELECT client_id FROM call_notes WHERE call_id = ? AND body NOT LIKE 'Note ' || client_id || ': %'",
          )
          .all(callId);
        expect(torn).toEqual([]);
        // The draft is at least as new as the last one acknowledged.
        const draftRevision = db
          .prepare('SELECT revision FROM call_drafts WHERE call_id = ?')
          .pluck()
          .get(callId) as number | undefined;
        if (acknowledged.lastDraftRevision !== null) {
          expect(draftRevision).toBeGreaterThanOrEqual(acknowledged.lastDraftRevision);
        }
        // The note search index agrees with the notes (FTS5 throws when it does not).
        expect(() =>
          db
            .prepare("INSERT INTO call_notes_fts (call_notes_fts) VALUES ('integrity-check')")
            .run(),
        ).not.toThrow();
      } finally {
        closeDatabase(db);
      }
    }, 60_000);
  }

  it('acknowledged hundreds of notes across the runs', () => {
    // Guards the test itself: kills that always land before the first write would prove nothing.
    expect(everAcknowledged.length).toBeGreaterThan(RUNS * 10);
  });
});
