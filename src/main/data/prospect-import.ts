import type { z } from 'zod';
import { PROSPECT_TARGETS } from '../../shared/domain/data';
import { prospectCreateInput } from '../../shared/domain/prospect';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertProspects } from '../prospects/repository';
import { prospectRows, updateProspectRows } from '../prospects/rows';
import {
  ROWS_PER_STEP,
  type DuplicateKey,
  type ExistingRecord,
  type ImportSpec,
} from './import-engine';

export type ProspectRecord = z.output<typeof prospectCreateInput>;

/** Phone numbers match on their digits: "+1 (415) 555-0134" is "14155550134". */
export const phoneKey = (phone: string): string => phone.replace(/\D/gu, '');
export const emailKey = (email: string): string => email.trim().toLowerCase();
/** "Jane  Doe", "ACME Corp" is "jane doe\u0000acme corp": case and spacing do not make a new person. */
export const nameAndCompanyKey = (name: string, company: string): string =>
  `${name.trim().replace(/\s+/gu, ' ').toLowerCase()}\u0000${company.trim().replace(/\s+/gu, ' ').toLowerCase()}`;

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
    // A row with neither (a list of names and companies, imported twice) is the same person when
    // both name and company match; a name alone is too common to say so.
    if (keys.length === 0 && record.name.trim() !== '' && record.company?.trim()) {
      keys.push({
        by: 'name and company',
        key: nameAndCompanyKey(record.name, record.company),
        value: `${record.name}, ${record.company}`,
      });
    }
    return keys;
  },
  *existing(db) {
    type Found = ExistingRecord & { lastContactAt: string | null };
    const byEmail = new Map<string, Found>();
    const byPhone = new Map<string, Found>();
    const byName = new Map<string, Found>();
    // Several prospects with one key: the file's row goes to the most recently contacted (never
    // contacted last), the oldest of equals — the order the one query of all rows used to read.
    const keep = (map: Map<string, Found>, key: string, found: Found) => {
      const kept = map.get(key);
      if (!kept || (found.lastContactAt ?? '') > (kept.lastContactAt ?? '')) map.set(key, found);
    };
    // Archived prospects are left alone: merging into someone the rep put away would hide the row.
    // A page at a time, in id order.
    const page = statement(
      db,
      `SELECT id, name, company, email, phone, last_contact_at AS lastContactAt FROM prospects
         WHERE id > @after AND archived_at IS NULL
         ORDER BY id LIMIT @limit`,
    );
    for (let after = 0; ; yield) {
      const rows = page.all({ after, limit: ROWS_PER_STEP }) as (Found & {
        name: string;
        company: string;
        email: string;
        phone: string;
      })[];
      for (const row of rows) {
        const found = { id: row.id, label: row.name, lastContactAt: row.lastContactAt };
        if (row.email !== '') keep(byEmail, emailKey(row.email), found);
        const digits = phoneKey(row.phone);
        if (digits.length >= 5) keep(byPhone, digits, found);
        if (row.company.trim() !== '')
          keep(byName, nameAndCompanyKey(row.name, row.company), found);
      }
      if (rows.length < ROWS_PER_STEP) break;
      after = rows.at(-1)!.id;
    }
    return (key) => {
      const found = (key.by === 'email' ? byEmail : key.by === 'phone' ? byPhone : byName).get(
        key.key,
      );
      return found && { id: found.id, label: found.label };
    };
  },
  insert(db, records) {
    insertProspects(db, records, nowIso());
  },
  merge: (into, from) => prospectRows.merge(into, from),
  mergeIntoExisting(db, merges) {
    // The prospects merged into, read in one query rather than one each.
    const rows = statement(
      db,
      'SELECT * FROM prospects WHERE id IN (SELECT value FROM json_each(@ids))',
    ).all({ ids: JSON.stringify(merges.map(([id]) => id)) }) as Record<string, unknown>[];
    const byId = new Map(rows.map((row) => [row.id as number, row]));
    const changes = merges.map(([id, records]) => {
      let current: ProspectRecord = prospectRows.fromRow(byId.get(id)!);
      for (const record of records) current = prospectImport.merge(current, record);
      return { id, patch: current };
    });
    updateProspectRows(db, changes, nowIso());
  },
};
