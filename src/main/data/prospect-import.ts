import type { z } from 'zod';
import { PROSPECT_TARGETS } from '../../shared/domain/data';
import { prospectCreateInput } from '../../shared/domain/prospect';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertProspects } from '../prospects/repository';
import { prospectRows, updateProspectRow } from '../prospects/rows';
import type { DuplicateKey, ExistingRecord, ImportSpec } from './import-engine';

export type ProspectRecord = z.output<typeof prospectCreateInput>;

/** Phone numbers match on their digits: "+1 (415) 555-0134" is "14155550134". */
export const phoneKey = (phone: string): string => phone.replace(/\D/gu, '');
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** How a file's rows become prospects; each field is read and written as prospects/rows.ts says. */
export const prospectImport: ImportSpec<ProspectRecord> = {
  kind: 'prospects',
  targets: PROSPECT_TARGETS,
  missingRequired: (mapping) =>
    mapping.includes('name') || mapping.includes('firstName') || mapping.includes('lastName')
      ? null
      : 'No column is mapped to the name (a full name, or first and last name). Choose which column holds it.',
  candidate(cells) {
    const first = cells.get('firstName')?.[0] ?? '';
    const last = cells.get('lastName')?.[0] ?? '';
    // A file may split the name into first and last; every other field maps one to one.
    return {
      ...prospectRows.fromCells(cells),
      name: cells.get('name')?.[0] ?? `${first} ${last}`.trim(),
    };
  },
  schema: prospectCreateInput,
  display: (record) => prospectRows.display(record),
  keys(record) {
    const keys: DuplicateKey[] = [];
    if (record.email) keys.push({ by: 'email', key: emailKey(record.email), value: record.email });
    const digits = phoneKey(record.phone ?? '');
    if (digits.length >= 5) keys.push({ by: 'phone', key: digits, value: record.phone! });
    return keys;
  },
  existing(db) {
    const byEmail = new Map<string, ExistingRecord>();
    const byPhone = new Map<string, ExistingRecord>();
    // Archived prospects are left alone: merging into someone the rep put away would hide the row.
    const rows = statement(
      db,
      `SELECT id, name, email, phone FROM prospects
         WHERE archived_at IS NULL AND (email != '' OR phone != '')`,
    ).all() as { id: number; name: string; email: string; phone: string }[];
    for (const row of rows) {
      const found = { id: row.id, label: row.name };
      if (row.email !== '') {
        const key = emailKey(row.email);
        if (!byEmail.has(key)) byEmail.set(key, found);
      }
      const digits = phoneKey(row.phone);
      if (digits.length >= 5 && !byPhone.has(digits)) byPhone.set(digits, found);
    }
    return (key) => (key.by === 'email' ? byEmail : byPhone).get(key.key);
  },
  insert(db, records) {
    insertProspects(db, records, nowIso());
  },
  merge: (into, from) => prospectRows.merge(into, from),
  mergeIntoExisting(db, id, records) {
    const row = statement(db, 'SELECT * FROM prospects WHERE id = @id').get({ id }) as Record<
      string,
      unknown
    >;
    let current: ProspectRecord = prospectRows.fromRow(row);
    for (const record of records) current = prospectImport.merge(current, record);
    updateProspectRow(db, id, current, nowIso());
  },
};
