import { z } from 'zod';
import { idField } from './fields';

/**
 * Import and export: the rep's data in and out of OneUp as CSV, JSON and Markdown.
 *
 * Files travel to the backend in chunks (`import:upload-chunk`), because the browser host refuses
 * request bodies over 16 MB and an export from a CRM is often larger. Each chunk is base64 so that
 * bytes that are not valid UTF-8 arrive intact and the backend can tell the rep which encoding the
 * file really uses. The upload id then names the file for `import:preview` and `import:commit`.
 */

/** Larger files are refused before a byte is sent. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Raw bytes per chunk: 4 MB become about 5.4 MB of base64, well under the host's body limit. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_CHUNK_BASE64 = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

export const PROSPECT_TARGETS = [
  'name',
  'firstName',
  'lastName',
  'title',
  'company',
  'industry',
  'phone',
  'email',
  'timezone',
  'tags',
  'notes',
] as const;
export type ProspectTarget = (typeof PROSPECT_TARGETS)[number];

export const INSIGHT_TARGETS = [
  'headline',
  'detail',
  'evidence',
  'source',
  'sourceUrl',
  'isPublic',
  'industries',
  'roles',
  'tags',
] as const;
export type InsightTarget = (typeof INSIGHT_TARGETS)[number];

export type ImportTarget = ProspectTarget | InsightTarget;

/** What the mapping dropdowns show for each field a column can fill. */
export const TARGET_LABELS: Record<ImportTarget, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Title',
  company: 'Company',
  industry: 'Industry',
  phone: 'Phone',
  email: 'Email',
  timezone: 'Time zone',
  tags: 'Tags',
  notes: 'Notes',
  headline: 'Headline',
  detail: 'Detail',
  evidence: 'Evidence',
  source: 'Source',
  sourceUrl: 'Source link',
  isPublic: 'Public source',
  industries: 'Industries',
  roles: 'Roles',
};

export const importKind = z.enum(['prospects', 'insights']);
export type ImportKind = z.infer<typeof importKind>;
export const importFormat = z.enum(['csv', 'json']);
export type ImportFormat = z.infer<typeof importFormat>;

export const uploadIdField = z.string().regex(/^[a-f0-9]{32}$/u, 'Not an upload id.');

export const uploadChunkInput = z.strictObject({
  /** Absent on the first chunk: the backend starts a new upload and returns its id. */
  uploadId: uploadIdField.optional(),
  /** Chunks arrive in order, starting at 0. */
  index: z.number().int().min(0).max(10_000),
  /** The whole file's size, so an oversized file is refused before its bytes are sent. */
  totalBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  chunk: z
    .string()
    .max(MAX_CHUNK_BASE64, 'A chunk is at most 4 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'A chunk must be base64.'),
});

export interface UploadChunkResult {
  uploadId: string;
  receivedBytes: number;
}

/** One target per column of the file, in column order; null leaves the column out. */
export const importMapping = z.array(z.string().max(40).nullable()).max(1_000);

export const importPreviewInput = z.strictObject({
  uploadId: uploadIdField,
  kind: importKind,
  format: importFormat,
  mapping: importMapping.optional(),
});

export const duplicateStrategy = z.enum(['skip', 'merge']);
export type DuplicateStrategy = z.infer<typeof duplicateStrategy>;

export const importCommitInput = z.strictObject({
  uploadId: uploadIdField,
  mapping: importMapping.optional(),
  duplicateStrategy,
  /** Rows with errors are left out only when the rep agreed to it; otherwise nothing is imported. */
  skipInvalidRows: z.boolean().default(false),
});

export const uploadRef = z.strictObject({ uploadId: uploadIdField });

export interface ImportRowError {
  /** Spreadsheet row number: the header is row 1 (for JSON, the item number, from 1). */
  row: number;
  /** The field (or column) at fault; `(row)` when the row as a whole is wrong. */
  field: string;
  message: string;
}

export interface DuplicateExample {
  row: number;
  matchedBy: 'email' | 'phone' | 'headline';
  value: string;
  /** The record already in the library, or the earlier row of the same file. */
  existing: { id: number; label: string } | null;
  firstRow: number | null;
}

export interface ImportDuplicates {
  inDatabase: number;
  inFile: number;
  examples: DuplicateExample[];
}

export interface ImportSampleRow {
  row: number;
  /** The row as it would be saved, by target field (lists joined with "; "). */
  values: Partial<Record<ImportTarget, string>>;
  errors: ImportRowError[];
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ImportPreview {
  uploadId: string;
  kind: ImportKind;
  format: ImportFormat;
  encoding: TextEncodingName;
  bom: boolean;
  /** Things the rep should know but that do not stop the import (e.g. the encoding guessed). */
  notices: string[];
  columns: string[];
  /** A value from each column (the first non-empty one near the top), to help map it. */
  examples: string[];
  detectedMapping: (ImportTarget | null)[];
  mapping: (ImportTarget | null)[];
  /** The source the headers look like: hubspot, salesforce, apollo, or plain. */
  detectedSource: 'hubspot' | 'salesforce' | 'apollo' | 'oneup' | 'plain';
  sampleRows: ImportSampleRow[];
  /** The first errors (at most 200); errorCount and invalidRows count all of them. */
  errors: ImportRowError[];
  errorCount: number;
  invalidRows: number;
  duplicates: ImportDuplicates;
  totalRows: number;
  /** A problem with the file as a whole (e.g. a quote never closed): nothing can be imported. */
  blocking: string | null;
}

export interface ImportResult {
  created: number;
  merged: number;
  skipped: number;
  invalid: number;
}

export interface ExportedFile {
  filename: string;
  content: string;
  /** MIME type for the download. */
  type: string;
}

export const planMarkdownInput = z.strictObject({ id: idField });

/* The whole library as one JSON document, importable again. */

export const LIBRARY_FORMAT = 'oneup-library';
export const LIBRARY_VERSION = 1;

const text = z.string().max(1_000_000);
const stamp = z.string().max(64);
const strings = z.array(z.string().max(10_000)).max(10_000);
const id = z.number().int().positive();
const json = z.unknown();

const libraryProspect = z.object({
  id,
  name: text,
  title: text,
  company: text,
  industry: text,
  phone: text,
  email: text,
  timezone: text,
  tags: strings,
  notes: text,
  lastContactAt: stamp.nullable(),
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

const libraryInsight = z.object({
  id,
  headline: text,
  detail: text,
  evidence: text,
  source: text,
  sourceUrl: text,
  isPublic: z.boolean(),
  industries: strings,
  roles: strings,
  tags: strings,
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

const libraryBriefing = z.object({
  id,
  prospectId: id.nullable(),
  isTemplate: z.boolean(),
  title: text,
  questions: strings,
  lengthMinutes: z.number().int().nullable(),
  notes: text,
  items: z
    .array(
      z.object({
        insightId: id,
        position: z.number().int(),
        talkingPoints: text,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    )
    .max(10_000),
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

const libraryPlan = z.object({
  id,
  prospectId: id,
  briefingId: id.nullable(),
  objective: text,
  opener: text,
  emailSubject: text,
  emailBody: text,
  objections: z.array(json).max(10_000),
  meetingSlots: strings,
  transactional: z.boolean(),
  referral: text,
  checkResult: json,
  insights: z
    .array(
      z.object({
        insightId: id,
        position: z.number().int(),
        createdAt: stamp,
        updatedAt: stamp,
      }),
    )
    .max(10_000),
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

const libraryCall = z.object({
  id,
  prospectId: id,
  planId: id.nullable(),
  briefingId: id.nullable().default(null),
  startedAt: stamp,
  endedAt: stamp.nullable(),
  opener: text,
  checkResult: json,
  verdict: z.enum(['ready', 'needs_work', 'blocked']).nullable(),
  score: z.number().int().nullable(),
  overrideReason: text.nullable(),
  outcome: z
    .enum([
      'meeting_booked',
      'callback',
      'not_interested',
      'voicemail',
      'gatekeeper',
      'no_answer',
      'wrong_person',
    ])
    .nullable(),
  nextStep: text,
  followUpOn: stamp.nullable(),
  loggedAfter: z.boolean(),
  insightIds: z.array(id).max(10_000),
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

const libraryNote = z.object({
  id,
  callId: id,
  offsetMs: z.number().int().min(0),
  body: text,
  tags: strings,
  revision: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
  archivedAt: stamp.nullable(),
});

export const libraryDocument = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  exportedAt: stamp,
  prospects: z.array(libraryProspect),
  insights: z.array(libraryInsight),
  briefings: z.array(libraryBriefing),
  plans: z.array(libraryPlan),
  calls: z.array(libraryCall),
  notes: z.array(libraryNote),
});
export type LibraryDocument = z.infer<typeof libraryDocument>;
export type LibraryProspect = z.infer<typeof libraryProspect>;
export type LibraryInsight = z.infer<typeof libraryInsight>;
export type LibraryBriefing = z.infer<typeof libraryBriefing>;
export type LibraryPlan = z.infer<typeof libraryPlan>;
export type LibraryCall = z.infer<typeof libraryCall>;
export type LibraryNote = z.infer<typeof libraryNote>;

export interface LibraryImportResult {
  prospects: number;
  insights: number;
  briefings: number;
  plans: number;
  calls: number;
  notes: number;
}
