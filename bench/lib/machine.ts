import { cpus, loadavg, totalmem } from 'node:os';
import Database from 'better-sqlite3';

/** One line per fact about the machine, so figures from different machines can be compared. */
export function describeMachine(): string[] {
  const processors = cpus();
  const memory = new Database(':memory:');
  const { version } = memory.prepare('SELECT sqlite_version() AS version').get() as {
    version: string;
  };
  memory.close();
  return [
    `CPU:     ${processors[0]?.model.trim() ?? 'unknown'} (${processors.length} cores)`,
    `RAM:     ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node:    ${process.version} (${process.platform}/${process.arch})`,
    `SQLite:  ${version} (better-sqlite3)`,
    `Load:    ${loadAverage()}`,
  ];
}

/** Other work on the machine shows up in the p99s first; print it so noisy runs can be spotted. */
export function loadAverage(): string {
  const [one, five] = loadavg();
  return `${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`;
}
