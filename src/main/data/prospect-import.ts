import type { z } from 'zod';
import { PROSPECT_TARGETS } from '../../shared/domain/data';
import { LIMITS } from '../../shared/domain/fields';
import { prospectCreateInput } from '../../shared/domain/prospect';
import { statement } from '../db/statements';
import { insertProspect } from '../prospects/repository';
import { nowIso, parseJsonArray } from '../db/time';
import {
  splitList,
  unionList,
  type DuplicateKey,
  type ExistingRecord,
  type ImportSpec,
} from './import-engine';

export type ProspectRecord = z.output<typeof prospectCreateInput>;

/** Phone numbers match on their digits: "+1 (415) 555-0134" is "14155550134". */
export const phoneKey = (phone: string): string => phone.replace(/\D/gu, '');
export const emailKey = (email: string): string => email.trim().toLowerCase();

const SINGLE = ['title', 'company', 'industry', 'phone', 'email', 'timezone'] as const;

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
    const candidate: Record<string, unknown> = {
      name: cells.get('name')?.[0] ?? `${first} ${last}`.trim(),
    };
    for (const field of SINGLE) {
      const value = cells.get(field)?.[0];
      if (value !== undefined) candidate[field] = value;
    }
    const tags = splitList(cells.get('tags'));
    if (tags.length > 0) candidate.tags = tags;
    const notes = cells.get('notes');
    if (notes) candidate.notes = notes.join('\n\n');
    return candidate;
  },
  schema: prospectCreateInput,
  display: (record) => ({
    name: record.name,
    title: record.title ?? '',
    company: record.company ?? '',
    industry: record.industry ?? '',
    phone: record.phone ?? '',
    email: record.email ?? '',
    timezone: record.timezone ?? '',
    tags: (record.tags ?? []).join('; '),
    notes: record.notes ?? '',
  }),
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
    const now = nowIso();
    for (const record of records) insertProspect(db, record, now);
  },
  merge(into, from) {
    const merged: ProspectRecord = { ...into };
    for (const field of [...SINGLE, 'notes'] as const) {
      if (!merged[field] && from[field]) merged[field] = from[field];
    }
    merged.tags = unionList(into.tags ?? [], from.tags ?? [], LIMITS.tags);
    return merged;
  },
  mergeIntoExisting(db, id, records) {
    const row = statement(
      db,
      'SELECT name, title, company, industry, phone, email, timezone, tags, notes FROM prospects WHERE id = @id',
    ).get({ id }) as Record<(typeof SINGLE)[number] | 'name' | 'tags' | 'notes', string>;
    let current: ProspectRecord = { ...row, tags: parseJsonArray(row.tags) };
    for (const record of records) current = prospectImport.merge(current, record);
    statement(
      db,
      `UPDATE prospects SET title = @title, company = @company, industry = @industry, phone = @phone,
         email = @email, timezone = @timezone, tags = @tags, notes = @notes, updated_at = @now
       WHERE id = @id`,
    ).run({
      id,
      title: current.title ?? '',
      company: current.company ?? '',
      industry: current.industry ?? '',
      phone: current.phone ?? '',
      email: current.email ?? '',
      timezone: current.timezone ?? '',
      tags: JSON.stringify(current.tags ?? []),
      notes: current.notes ?? '',
      now: nowIso(),
    });
  },
};
