import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { checkOpener } from '../src/shared/checker/index';
import '../src/main/checker-model';
import { OPENER } from './checker.bench';

/**
 * A profiling harness, not a bench: warms the checker up on the bench's 150-word opener, then
 * records a V8 CPU profile of `runs` more checks only (no start-up, no model loading) and writes
 * it where `bench/profile-summary.ts` reads it:
 *   npx tsx bench/checker-profile.ts [runs] [out.cpuprofile]
 *   npx tsx bench/profile-summary.ts out.cpuprofile
 */
const runs = Number(process.argv[2] ?? 5_000);
const out = process.argv[3] ?? 'checker.cpuprofile';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
// The profiler names compiled regexes only when it sees them compile, so it is already on
// during the warm-up; that profile is thrown away.
await session.post('Profiler.start');
for (let i = 0; i < 500; i++) checkOpener({ text: OPENER });
await session.post('Profiler.stop');
await session.post('Profiler.start');
let findings = 0;
for (let i = 0; i < runs; i++) findings += checkOpener({ text: OPENER }).findings.length;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(out, JSON.stringify(profile));
console.log(`${runs} checks profiled (${findings} findings in all) → ${out}`);
