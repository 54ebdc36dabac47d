import type { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type settingsUpdateInput,
} from '../../shared/domain/settings';
import { minutesOfDay } from '../../shared/domain/calling-hours';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';

/** Settings are key/value rows holding JSON, read over the defaults so new keys need no migration. */
export function getSettings(db: Db): Settings {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    // A stored value the schema no longer accepts (an old choice, a hand-edited file) falls back.
    if (key in stored && settingsSchema.shape[key].safeParse(stored[key]).success) {
      (settings as unknown as Record<string, unknown>)[key] = stored[key];
    }
  }
  return settings;
}

export function updateSettings(db: Db, patch: z.output<typeof settingsUpdateInput>): Settings {
  const upsert = statement(
    db,
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (@key, @value, @now, @now)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const merged = { ...getSettings(db), ...patch };
  if (minutesOfDay(merged.callingHoursStart) >= minutesOfDay(merged.callingHoursEnd)) {
    const message = `Calling hours must end after they start (${merged.callingHoursStart} to ${merged.callingHoursEnd}).`;
    // Named on the field the change touched, so the form shows it where the rep typed.
    const path = patch.callingHoursEnd !== undefined ? 'callingHoursEnd' : 'callingHoursStart';
    throw new ApiFailure('invalid_input', message, [{ path, message }]);
  }
  const now = nowIso();
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run({ key, value: JSON.stringify(value), now });
    }
  })();
  return getSettings(db);
}
