import { z } from 'zod';
import { addNoteInput, endCallInput, logCallInput } from './call';
import { BRIEFING_LIMITS, briefingCreateInput, briefingItemInput } from './briefing';
import { idField, optionalDateField } from './fields';
import { INSIGHT_FIELD_NAMES, insightCreateInput } from './insight';
import { INSIGHT_FIELDS, type InsightField } from './insight-fields';
import { meetingFields } from './meeting';
import { PLAN_INSIGHTS_MAX, dialInput, planCreateInput } from './plan';
import { prospectCreateInput } from './prospect';

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
/**
 * Raw bytes per chunk: 1 MB, about 1.4 MB of base64. The request thread parses and checks each
 * chunk's body, and a read waits behind it: at 4 MB the base64 check alone took ~25 ms, and with
 * the JSON parse a chunk could hold a read past the 50 ms budget while an import's preview started.
 */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
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
  'lastActivityOn',
] as const;
export type ProspectTarget = (typeof PROSPECT_TARGETS)[number];

/** An insight's import targets are its fields (insight-fields.ts), in export order. */
export const INSIGHT_TARGETS = INSIGHT_FIELD_NAMES;
export type InsightTarget = InsightField;

export type ImportTarget = ProspectTarget | InsightTarget;

const PROSPECT_LABELS: Record<ProspectTarget, string> = {
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
  lastActivityOn: 'Last activity date',
};

/** What the mapping dropdowns show for each field a column can fill. */
export const TARGET_LABELS: Record<ImportTarget, string> = {
  ...(Object.fromEntries(
    INSIGHT_FIELD_NAMES.map((field) => [field, INSIGHT_FIELDS[field].label]),
  ) as Record<InsightTarget, string>),
  ...PROSPECT_LABELS,
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
    .max(MAX_CHUNK_BASE64, 'A chunk is at most 1 MB.')
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
  /**
   * Rows with errors to import anyway with their bad fields left blank, as the rep chose in the
   * preview: every row that can be fixed that way, or these spreadsheet row numbers.
   */
  blankInvalidFields: z
    .union([z.literal('all'), z.array(z.number().int().min(1)).max(100_000)])
    .default([]),
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
  matchedBy: 'email' | 'phone' | 'name and company' | 'headline';
  value: string;
  /** The record already in the library, or the earlier row of the same file. */
  existing: { id: number; label: string } | null;
  firstRow: number | null;
}

/** A row with errors that imports once its bad fields are left blank (the rep's choice). */
export interface BlankableRow {
  row: number;
  /** The fields that would be left blank. */
  fields: ImportTarget[];
  /** It matches a record already there or an earlier row (by email, phone, name and company, or headline). */
  duplicate: boolean;
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
  /** Invalid rows that import with their bad fields left blank (the first 200 listed). */
  blankable: BlankableRow[];
  blankableRows: number;
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
  /** Rows with errors imported with their bad fields left blank, as the rep chose. */
  blanked: number;
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
/**
 * 2 added meetings, sample records, notes' history, calls' followUpDoneAt and the plans' and
 * briefings' revision. A version-1 file still imports (those are absent there and take their defaults); an
 * older OneUp refuses a version-2 file rather than silently dropping its meetings.
 */
export const LIBRARY_VERSION = 2;

/*
 * Each record of a library file is checked field by field with the schemas of the channels that
 * create and edit it (prospects:create, insights:create, briefings:create, plans:create, the call
 * channels), so a rule tightened there holds for a restored library too. Only what no channel
 * takes as input (ids, timestamps, the stored check result) is described here.
 */

const id = idField;
const stamp = z.iso.datetime({
  offset: true,
  message: 'Use a date and time like 2026-11-26T14:30:00Z.',
});
const stamps = { createdAt: stamp, updatedAt: stamp, archivedAt: stamp.nullable() };
/** The checker's result as stored: OneUp computed it, the file only carries it. */
const json = z.unknown();

const libraryProspect = z.object({
  ...prospectCreateInput.required().shape,
  // Library files written before the field existed have none: no activity date known.
  lastActivityOn: optionalDateField.default(''),
  id,
  lastContactAt: stamp.nullable(),
  ...stamps,
});

const libraryInsight = z.object({ ...insightCreateInput.required().shape, id, ...stamps });

const briefingFields = briefingCreateInput.shape;
const libraryBriefing = z.object({
  id,
  prospectId: briefingFields.prospectId,
  isTemplate: z.boolean(),
  title: briefingFields.title,
  questions: briefingFields.questions,
  lengthMinutes: briefingFields.lengthMinutes,
  notes: briefingFields.notes,
  /** Absent in version 1. */
  revision: z.number().int().min(1).default(1),
  items: z
    .array(
      briefingItemInput.extend({
        position: z.number().int().min(0),
        createdAt: stamp,
        updatedAt: stamp,
      }),
    )
    .max(BRIEFING_LIMITS.items, `At most ${BRIEFING_LIMITS.items} insights in one briefing.`),
  ...stamps,
});

const planFields = planCreateInput.omit({ insightIds: true }).required().shape;
const libraryPlan = z.object({
  ...planFields,
  id,
  checkResult: json,
  /** Absent in version 1. */
  revision: z.number().int().min(1).default(1),
  insights: z
    .array(
      z.object({
        insightId: id,
        position: z.number().int().min(0),
        createdAt: stamp,
        updatedAt: stamp,
      }),
    )
    .max(PLAN_INSIGHTS_MAX, `Pick at most ${PLAN_INSIGHTS_MAX} insights for one call.`),
  ...stamps,
});

const logged = logCallInput.shape;
const libraryCall = z.object({
  id,
  prospectId: id,
  planId: id.nullable(),
  briefingId: id.nullable().default(null),
  startedAt: logged.startedAt,
  endedAt: logged.endedAt.unwrap(),
  opener: dialInput.shape.opener,
  checkResult: json,
  verdict: z.enum(['ready', 'needs_work', 'blocked']).nullable(),
  score: z.number().int().nullable(),
  overrideReason: dialInput.shape.overrideReason.unwrap().nullable(),
  /** Null while the call was still going when the library was exported. */
  outcome: logged.outcome.nullable(),
  nextStep: endCallInput.shape.nextStep,
  followUpOn: endCallInput.shape.followUpOn.unwrap(),
  /** When the rep marked the follow-up done on Today. Absent in version 1. */
  followUpDoneAt: stamp.nullable().default(null),
  loggedAfter: z.boolean(),
  insightIds: z.array(id).max(PLAN_INSIGHTS_MAX),
  ...stamps,
});

const noteFields = addNoteInput.shape;
const libraryNote = z.object({
  id,
  callId: id,
  offsetMs: noteFields.offsetMs,
  body: noteFields.body,
  tags: noteFields.tags,
  revision: z.number().int().min(1),
  /** The versions edits replaced, oldest first. Absent in version 1. */
  history: z
    .array(
      z.object({
        revision: z.number().int().min(1),
        body: z.string().max(100_000),
        tags: noteFields.tags,
        savedAt: stamp,
        createdAt: stamp,
      }),
    )
    .max(10_000)
    .default([]),
  ...stamps,
});

const meetingShape = meetingFields.shape;
const libraryMeeting = z.object({
  id,
  prospectId: id,
  callId: id.nullable(),
  briefingId: id.nullable(),
  title: meetingShape.title.unwrap(),
  startsAt: meetingShape.startsAt,
  durationMinutes: meetingShape.durationMinutes,
  attendees: meetingShape.attendees.unwrap(),
  /** The invite's SEQUENCE: how many times it was changed or cancelled (0 before version 2). */
  sequence: z.number().int().min(0).max(1_000_000).default(0),
  createdAt: stamp,
  updatedAt: stamp,
  cancelledAt: stamp.nullable(),
});

/** The tables "Remove sample data" deletes from (sample_records.table_name). */
export const SAMPLE_TABLES = ['prospects', 'insights', 'briefings', 'call_plans', 'calls'] as const;
/** A row "Load sample data" made, so "Remove sample data" still finds it after a restore. */
const librarySampleRecord = z.object({
  table: z.enum(SAMPLE_TABLES),
  rowId: id,
  createdAt: stamp,
});

/**
 * The records of each kind, checked one by one (library.ts) so that every refusal is listed.
 * In dependency order: each kind refers only to kinds before it.
 */
export const libraryRecordSchemas = {
  prospects: libraryProspect,
  insights: libraryInsight,
  briefings: libraryBriefing,
  plans: libraryPlan,
  calls: libraryCall,
  notes: libraryNote,
  meetings: libraryMeeting,
} as const;
export type LibraryCollection = keyof typeof libraryRecordSchemas;
export const LIBRARY_COLLECTIONS = Object.keys(libraryRecordSchemas) as LibraryCollection[];

/** The document around the records: its header and one list per kind, records not yet checked. */
const records = z.array(z.unknown()).max(1_000_000);
export const libraryEnvelope = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.number().int().min(1).max(LIBRARY_VERSION),
  exportedAt: stamp,
  prospects: records,
  insights: records,
  briefings: records,
  plans: records,
  calls: records,
  notes: records,
  /** Absent in version 1. */
  meetings: records.default([]),
  /** Bookkeeping, not records: checked whole; an entry whose row is not restored is dropped. */
  sampleRecords: z.array(librarySampleRecord).max(1_000_000).default([]),
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
  meetings: z.array(libraryMeeting),
  sampleRecords: z.array(librarySampleRecord),
});
export type LibraryDocument = z.infer<typeof libraryDocument>;
export type LibraryProspect = z.infer<typeof libraryProspect>;
export type LibraryInsight = z.infer<typeof libraryInsight>;
export type LibraryBriefing = z.infer<typeof libraryBriefing>;
export type LibraryPlan = z.infer<typeof libraryPlan>;
export type LibraryCall = z.infer<typeof libraryCall>;
export type LibraryNote = z.infer<typeof libraryNote>;
export type LibraryMeeting = z.infer<typeof libraryMeeting>;
export type LibrarySampleRecord = z.infer<typeof librarySampleRecord>;

/** Records per kind: in a file, refused, or restored. */
export interface LibraryImportResult {
  prospects: number;
  insights: number;
  briefings: number;
  plans: number;
  calls: number;
  notes: number;
  meetings: number;
}

/** A record of a library file that fails a field rule, or refers to one that does. */
export interface LibraryRefusal {
  /** The record, as `prospects[3]` (counting from 0, as in the file). */
  record: string;
  /** The field at fault, as `prospects[3].email`; the record's own path when it is the whole record. */
  path: string;
  /** How the rep can recognise it: the prospect's name, the insight's headline… */
  label: string;
  message: string;
}

export interface LibraryPreview {
  uploadId: string;
  exportedAt: string;
  /** What the file holds. */
  inFile: LibraryImportResult;
  /** What restoring would write: the records that pass every rule. */
  toRestore: LibraryImportResult;
  /** Records refused, all kinds together. */
  refusedRecords: number;
  /** The first refusals (at most 200), in file order. */
  refused: LibraryRefusal[];
}

export const libraryImportInput = z.strictObject({
  uploadId: uploadIdField,
  /** Refused records are left out only when the rep agreed to it; otherwise nothing is restored. */
  skipRefused: z.boolean().default(false),
});
