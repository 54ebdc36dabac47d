import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../src/main/backup/retention';
import { timestampedName } from '../../src/main/backup/names';
import { backupTakenAt } from '../../src/shared/domain/backup';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const at = (iso: string) => timestampedName(new Date(iso));
/** The names that survive retention, oldest first for readable expectations. */
const kept = (names: string[], now = NOW) => {
  const doomed = new Set(backupsToDelete(names, now));
  return names.filter((name) => !doomed.has(name)).sort();
};

describe('backup names', () => {
  it('round-trip the UTC moment, to the millisecond', () => {
    const moment = new Date('2026-01-02T03:04:05.678Z');
    expect(timestampedName(moment)).toBe('oneup-2026-01-02T03-04-05-678Z.sqlite');
    expect(backupTakenAt(timestampedName(moment))?.toISOString()).toBe(moment.toISOString());
    expect(backupTakenAt(timestampedName(moment, '-2'))?.toISOString()).toBe(moment.toISOString());
  });

  it('refuse names that are not ours or not real dates', () => {
    for (const name of [
      'oneup.sqlite',
      'notes.txt',
      'oneup-2026-13-40T99-00-00-000Z.sqlite',
      'oneup-2026-11-26T15-00-00-000Z.sqlite.partial',
      '../oneup-2026-11-26T15-00-00-000Z.sqlite',
    ]) {
      expect(backupTakenAt(name), name).toBeNull();
    }
  });
});

describe('backup retention', () => {
  it('keeps everything when there are few backups', () => {
    const names = [at('2026-11-26T09:00:00Z'), at('2026-11-25T09:00:00Z')];
    expect(backupsToDelete(names, NOW)).toEqual([]);
    expect(backupsToDelete([], NOW)).toEqual([]);
  });

  it("keeps the newest three of today and deletes today's older ones", () => {
    const today = ['01', '03', '05', '07', '09', '11'].map((h) => at(`2026-11-26T${h}:00:00Z`));
    expect(kept(today)).toEqual(today.slice(3));
  });

  it('keeps the newest backup of each of the 13 days before today', () => {
    const names: string[] = [];
    for (let day = 13; day <= 25; day++) {
      names.push(at(`2026-11-${day}T08:00:00Z`), at(`2026-11-${day}T18:00:00Z`));
    }
    const survivors = kept(names);
    expect(survivors).toHaveLength(13);
    expect(survivors.every((name) => name.includes('T18-00-00'))).toBe(true);
  });

  it('deletes backups older than 14 days, counting today as the first', () => {
    const names = [
      at('2026-11-26T10:00:00Z'),
      at('2026-11-13T23:59:59.999Z'), // 13 days ago: kept
      at('2026-11-12T23:59:59.999Z'), // 14 days ago: gone
      at('2025-06-01T00:00:00Z'),
    ];
    expect(backupsToDelete(names, NOW).sort()).toEqual([names[2], names[3]].sort());
  });

  it('uses UTC days: just after midnight UTC is a new day', () => {
    const now = new Date('2026-11-26T00:00:30.000Z');
    const names = [
      at('2026-11-25T23:59:00Z'),
      at('2026-11-25T23:58:00Z'),
      at('2026-11-25T23:57:00Z'),
      at('2026-11-26T00:00:10Z'),
    ];
    // Yesterday keeps one (23:59); today keeps its one.
    expect(kept(names, now)).toEqual([at('2026-11-25T23:59:00Z'), at('2026-11-26T00:00:10Z')]);
  });

  it('always keeps the newest backup, however old', () => {
    const names = [at('2026-09-01T10:00:00Z'), at('2026-08-01T10:00:00Z')];
    expect(kept(names)).toEqual([at('2026-09-01T10:00:00Z')]);
  });

  it('counts a backup dated in the future (clock moved back) as today', () => {
    const names = [
      at('2026-11-28T10:00:00Z'),
      at('2026-11-26T14:00:00Z'),
      at('2026-11-26T13:00:00Z'),
      at('2026-11-26T12:00:00Z'),
    ];
    expect(backupsToDelete(names, NOW)).toEqual([at('2026-11-26T12:00:00Z')]);
  });

  it('never returns names that are not backups', () => {
    const names = [
      'oneup.sqlite',
      'readme.txt',
      at('2026-01-01T00:00:00Z'),
      at('2026-11-26T01:00:00Z'),
    ];
    expect(backupsToDelete(names, NOW)).toEqual([at('2026-01-01T00:00:00Z')]);
  });

  it('breaks ties within a millisecond by suffix, keeping the later ones', () => {
    const moment = new Date('2026-11-26T10:00:00.000Z');
    const names = [
      timestampedName(moment),
      timestampedName(moment, '-2'),
      timestampedName(moment, '-3'),
      timestampedName(moment, '-4'),
    ];
    expect(backupsToDelete(names, NOW)).toEqual([timestampedName(moment)]);
  });

  it('settles after one pass: applying it again deletes nothing more', () => {
    const names: string[] = [];
    for (let hour = 0; hour < 24 * 30; hour += 5) {
      names.push(timestampedName(new Date(NOW.getTime() - hour * 3_600_000)));
    }
    const first = kept(names);
    expect(first.length).toBe(3 + 13);
    expect(backupsToDelete(first, NOW)).toEqual([]);
  });

  it('is independent of the order of the names', () => {
    const names = [
      at('2026-11-26T01:00:00Z'),
      at('2026-11-20T01:00:00Z'),
      at('2026-11-26T03:00:00Z'),
      at('2026-11-20T05:00:00Z'),
      at('2026-11-26T02:00:00Z'),
      at('2026-11-26T04:00:00Z'),
    ];
    const reversed = [...names].reverse();
    expect(backupsToDelete(names, NOW).sort()).toEqual(backupsToDelete(reversed, NOW).sort());
    expect(backupsToDelete(names, NOW).sort()).toEqual(
      [at('2026-11-26T01:00:00Z'), at('2026-11-20T01:00:00Z')].sort(),
    );
  });
});
