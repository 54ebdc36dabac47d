import type { z } from 'zod';
import {
  TARGET_LABELS,
  type BlankableRow,
  type DuplicateExample,
  type DuplicateStrategy,
  type ImportDuplicates,
  type ImportKind,
  type ImportRowError,
  type ImportSampleRow,
  type ImportTarget,
  type ImportResult,
} from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import type { SourceTable } from './table';

/** The cells of one row gathered by the field they fill, non-empty and trimmed, in column order. */
export type MappedCells = Map<ImportTarget, string[]>;

export interface DuplicateKey {
  by: DuplicateExample['matchedBy'];
  key: string;
  value: string;
}

export interface ExistingRecord {
  id: number;
  label: string;
}

/**
 * What differs between importing prospects and insights; the engine below does the rest
 * (validation, duplicates, skip or merge, counting) the same way for both.
 */
export interface ImportSpec<Rec> {
  kind: ImportKind;
  targets: readonly ImportTarget[];
  /** The message when no column fills the required field; null when one does. */
  missingRequired(mapping: (ImportTarget | null)[]): string | null;
  /** The candidate the create channel would receive, before its zod schema runs. */
  candidate(cells: MappedCells): Record<string, unknown>;
  schema: z.ZodType<Rec>;
  /** How the record is shown in the preview. */
  display(record: Rec): Partial<Record<ImportTarget, string>>;
  keys(record: Rec): DuplicateKey[];
  /**
   * Looks up existing records by duplicate key; built once per preview or commit, reading the
   * library a page at a time (a step per page, see Steps).
   */
  existing(db: Db): Steps<(key: DuplicateKey) => ExistingRecord | undefined>;
  insert(db: Db, records: Rec[]): void;
  /** `into` with its empty fields filled from `from` and its lists united. */
  merge(into: Rec, from: Rec): Rec;
  /** Merges the file's records into each existing record (by id), in file order. */
  mergeIntoExisting(db: Db, merges: readonly [id: number, records: Rec[]][]): void;
}

export interface ValidatedRow<Rec> {
  row: number;
  record: Rec | null;
  errors: ImportRowError[];
  /**
   * For an invalid row: the record with its bad fields left blank, when that is a valid record
   * (a bad email or date can be dropped; a missing name cannot). Imported only if the rep chooses.
   */
  blanked?: { record: Rec; fields: string[] };
}

export interface Analysis<Rec> {
  rows: ValidatedRow<Rec>[];
  errors: ImportRowError[];
  invalidRows: number;
  blocking: string | null;
}

/**
 * The analysis with the chosen rows (`'all'`, or spreadsheet row numbers) imported with their bad
 * fields left blank. A new object: the cached analysis is not changed. A named row that cannot be
 * fixed that way is refused, so the rep never gets less than they chose.
 */
export function withBlankedFields<Rec>(
  analysis: Analysis<Rec>,
  choice: 'all' | number[],
): { analysis: Analysis<Rec>; blanked: number } {
  const chosen = choice === 'all' ? null : new Set(choice);
  if (chosen) {
    const fixable = new Set(analysis.rows.filter((row) => row.blanked).map((row) => row.row));
    const wrong = [...chosen].filter((row) => !fixable.has(row)).sort((a, b) => a - b);
    if (wrong.length > 0) {
      throw new ApiFailure(
        'invalid_input',
        `Row ${wrong.join(', ')} cannot be imported with fields left blank: ${wrong.length === 1 ? 'it has' : 'they have'} no errors, or an error in a field every record needs.`,
      );
    }
  }
  let blanked = 0;
  const fixedRows = new Set<number>();
  const rows = analysis.rows.map((row) => {
    if (!row.blanked || (chosen && !chosen.has(row.row))) return row;
    blanked++;
    fixedRows.add(row.row);
    return { row: row.row, record: row.blanked.record, errors: [] };
  });
  return {
    analysis: {
      ...analysis,
      rows,
      errors: analysis.errors.filter((error) => !fixedRows.has(error.row)),
      invalidRows: analysis.invalidRows - blanked,
    },
    blanked,
  };
}

/** Checks a mapping against the file and the kind; the rep's own choice or the detected one. */
export function checkMapping(
  spec: ImportSpec<unknown>,
  table: Pick<SourceTable, 'columns'>,
  mapping: (string | null)[],
): (ImportTarget | null)[] {
  if (mapping.length !== table.columns.length) {
    throw new ApiFailure(
      'invalid_input',
      `The mapping names ${mapping.length} columns but the file has ${table.columns.length}.`,
    );
  }
  return mapping.map((target, column) => {
    if (target === null) return null;
    if (!(spec.targets as readonly string[]).includes(target)) {
      throw new ApiFailure(
        'invalid_input',
        `Column "${table.columns[column]}" cannot fill "${target}" when importing ${spec.kind}.`,
      );
    }
    return target as ImportTarget;
  });
}

const PROGRESS_ROWS = 500;

/**
 * Work that can stop between steps: a generator that pauses (yields) every ROWS_PER_STEP rows
 * and returns its result. A request and the import's worker run it at once; the main thread runs
 * the commit job's preparation in turns of the event loop (data/commit-job.ts), so that reads are
 * answered meanwhile.
 */
export type Steps<T> = Generator<void, T, void>;

export const ROWS_PER_STEP = 2_000;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Every row mapped and validated with the same zod schema as the create channel. */
export function analyse<Rec>(
  spec: ImportSpec<Rec>,
  table: SourceTable,
  mapping: (ImportTarget | null)[],
  /** Called every few hundred rows with the count so far (the worker reports progress). */
  onProgress?: (done: number) => void,
): Analysis<Rec> {
  const rows: ValidatedRow<Rec>[] = [];
  const errors: ImportRowError[] = [...table.blockingErrors, ...table.rowErrors];
  let invalidRows = table.rowErrors.length;
  const required = spec.missingRequired(mapping);
  for (const source of table.rows) {
    const cells: MappedCells = new Map();
    mapping.forEach((target, column) => {
      if (target === null) return;
      const value = source.cells[column]!.trim();
      if (value === '') return;
      const list = cells.get(target);
      if (list) list.push(value);
      else cells.set(target, [value]);
    });
    const parsed = spec.schema.safeParse(spec.candidate(cells));
    if (parsed.success) {
      rows.push({ row: source.row, record: parsed.data, errors: [] });
      if (onProgress && rows.length % PROGRESS_ROWS === 0) onProgress(rows.length);
      continue;
    }
    const rowErrors = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '(row)');
      const label = TARGET_LABELS[field as ImportTarget] ?? field;
      return { row: source.row, field, message: `${label}: ${issue.message}` };
    });
    rows.push({
      row: source.row,
      record: null,
      errors: rowErrors,
      blanked: withoutFields(spec, cells, rowErrors),
    });
    errors.push(...rowErrors);
    invalidRows++;
    if (onProgress && rows.length % PROGRESS_ROWS === 0) onProgress(rows.length);
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, invalidRows, blocking: table.blocking ?? required };
}

/** The row's record with the fields at fault left out, when that makes a valid record. */
function withoutFields<Rec>(
  spec: ImportSpec<Rec>,
  cells: MappedCells,
  errors: ImportRowError[],
): ValidatedRow<Rec>['blanked'] {
  const fields = [...new Set(errors.map((error) => error.field))];
  if (fields.includes('(row)')) return undefined;
  const candidate = spec.candidate(cells);
  for (const field of fields) delete candidate[field];
  const parsed = spec.schema.safeParse(candidate);
  return parsed.success ? { record: parsed.data, fields } : undefined;
}

type Target = { existing: ExistingRecord } | { leader: number };

interface Resolution {
  /** For each valid row (by index into analysis.rows): where it goes. */
  targets: Map<number, Target>;
  duplicates: ImportDuplicates;
}

const MAX_EXAMPLES = 50;

/**
 * Finds duplicates against the library and within the file. A row that matches an earlier row
 * joins that row's group, so a file row matching the library by email and a later row matching it
 * by phone both end up at the same record.
 */
export function resolveDuplicates<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
): Resolution {
  return runAtOnce(resolveDuplicateSteps(db, spec, analysis));
}

/** resolveDuplicates, pausing every ROWS_PER_STEP rows (see runInTurns). */
function* resolveDuplicateSteps<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
): Steps<Resolution> {
  const lookup = yield* spec.existing(db);
  const seen = new Map<string, Target>();
  const targets = new Map<number, Target>();
  const duplicates: ImportDuplicates = { inDatabase: 0, inFile: 0, examples: [] };
  for (const [index, validated] of analysis.rows.entries()) {
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    if (validated.record === null) continue;
    const keys = spec.keys(validated.record);
    let target: Target | undefined;
    let matched: DuplicateKey | undefined;
    for (const key of keys) {
      const id = `${key.by}:${key.key}`;
      const inFile = seen.get(id);
      const existing = inFile ? undefined : lookup(key);
      target = inFile ?? (existing ? { existing } : undefined);
      if (target) {
        matched = key;
        break;
      }
    }
    if (target && matched) {
      if ('existing' in target) duplicates.inDatabase++;
      else duplicates.inFile++;
      if (duplicates.examples.length < MAX_EXAMPLES) {
        duplicates.examples.push({
          row: validated.row,
          matchedBy: matched.by,
          value: matched.value,
          existing: 'existing' in target ? target.existing : null,
          firstRow: 'leader' in target ? analysis.rows[target.leader]!.row : null,
        });
      }
    } else {
      target = { leader: index };
    }
    targets.set(index, target);
    for (const key of keys) {
      const id = `${key.by}:${key.key}`;
      if (!seen.has(id)) seen.set(id, target);
    }
  }
  return { targets, duplicates };
}

/**
 * The invalid rows that import with their bad fields left blank, each marked when it would be a
 * duplicate once fixed, so the preview's count of what will be imported stays exact.
 */
export function blankableRows<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
): BlankableRow[] {
  if (!analysis.rows.some((row) => row.blanked)) return [];
  const { targets } = resolveDuplicates(db, spec, withBlankedFields(analysis, 'all').analysis);
  const out: BlankableRow[] = [];
  analysis.rows.forEach((row, index) => {
    if (!row.blanked) return;
    const target = targets.get(index);
    out.push({
      row: row.row,
      fields: row.blanked.fields as ImportTarget[],
      duplicate: target !== undefined && !('leader' in target && target.leader === index),
    });
  });
  return out;
}

/** What an import will write: the new records, the merges into existing ones, and the counts. */
export interface ImportPlan<Rec> {
  /** New records, in file order (a file duplicate already merged into its first row). */
  created: Rec[];
  /** Existing records by id, with the file's rows to merge into each, in file order. */
  merges: [id: number, records: Rec[]][];
  result: ImportResult;
}

/** Decides where every valid row goes; writes nothing. */
export function planImport<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
  strategy: DuplicateStrategy,
): ImportPlan<Rec> {
  return runAtOnce(planImportSteps(db, spec, analysis, strategy));
}

/** planImport, pausing every ROWS_PER_STEP rows. */
export function* planImportSteps<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
  strategy: DuplicateStrategy,
): Steps<ImportPlan<Rec>> {
  const { targets } = yield* resolveDuplicateSteps(db, spec, analysis);
  const leaders = new Map<number, Rec>();
  const intoExisting = new Map<number, Rec[]>();
  let merged = 0;
  let skipped = 0;
  let seen = 0;
  for (const [index, target] of targets) {
    if (++seen % ROWS_PER_STEP === 0) yield;
    const record = analysis.rows[index]!.record!;
    if ('leader' in target && target.leader === index) {
      leaders.set(index, record);
      continue;
    }
    if (strategy === 'skip') {
      skipped++;
      continue;
    }
    merged++;
    if ('leader' in target) {
      leaders.set(target.leader, spec.merge(leaders.get(target.leader)!, record));
    } else {
      const list = intoExisting.get(target.existing.id);
      if (list) list.push(record);
      else intoExisting.set(target.existing.id, [record]);
    }
  }
  return {
    created: [...leaders.values()],
    merges: [...intoExisting],
    result: { created: leaders.size, merged, skipped, invalid: analysis.invalidRows, blanked: 0 },
  };
}

/** Writes the import at once. The caller's transaction makes it all or nothing. */
export function commitImport<Rec>(
  db: Db,
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
  strategy: DuplicateStrategy,
): ImportResult {
  const plan = planImport(db, spec, analysis, strategy);
  spec.insert(db, plan.created);
  spec.mergeIntoExisting(db, plan.merges);
  return plan.result;
}

export function sampleRows<Rec>(
  spec: ImportSpec<Rec>,
  analysis: Analysis<Rec>,
  table: SourceTable,
  mapping: (ImportTarget | null)[],
  count: number,
): ImportSampleRow[] {
  return analysis.rows.slice(0, count).map((validated, index) => ({
    row: validated.row,
    values: validated.record
      ? spec.display(validated.record)
      : rawValues(table.rows[index]!.cells, mapping),
    errors: validated.errors,
  }));
}

/** An invalid row is shown as the file has it, so the rep sees what is wrong. */
function rawValues(
  cells: string[],
  mapping: (ImportTarget | null)[],
): Partial<Record<ImportTarget, string>> {
  const values: Partial<Record<ImportTarget, string>> = {};
  mapping.forEach((target, column) => {
    const cell = cells[column]!.trim();
    if (target === null || cell === '') return;
    values[target] = values[target] ? `${values[target]}; ${cell}` : cell;
  });
  // The screen shows first and last name as one name, as the saved prospect will have it.
  if (values.name === undefined && (values.firstName || values.lastName)) {
    values.name = [values.firstName, values.lastName].filter(Boolean).join(' ');
  }
  return values;
}
