import { parseJsonArray } from './time';

/** What better-sqlite3 binds for one column of a rep-editable field. */
export type StoredValue = string | number;

/**
 * How one field a rep edits is stored in its column and written in a spreadsheet cell. Each
 * table's rows.ts lists one codec per field, so the repository, the CSV export and import, the
 * library JSON and the sample data all read and write a field the same way.
 */
export interface FieldCodec<T> {
  /** The header the CSV export writes and the CSV import recognises. */
  csvHeader: string;
  /** The value a record created without this field gets. */
  empty: T;
  toColumn(value: T): StoredValue;
  fromColumn(stored: unknown): T;
  toCell(value: T): string;
  /**
   * The value a CSV/JSON import row gives this field from the cells mapped to it, or undefined
   * when no column was mapped. Not necessarily valid: the create schema judges it next.
   */
  fromCells(cells: string[] | undefined): unknown;
  /** An import merged into an existing record: fill what the record lacks, never overwrite. */
  merge(into: T | undefined, from: T | undefined): T | undefined;
}

/** Plain text; with `paragraphs`, several mapped columns are joined as paragraphs. */
export function text(
  csvHeader: string,
  cells: 'first' | 'paragraphs' = 'first',
): FieldCodec<string> {
  return {
    csvHeader,
    empty: '',
    toColumn: (value) => value,
    fromColumn: (stored) => String(stored),
    toCell: (value) => value,
    fromCells: (values) =>
      values === undefined ? undefined : cells === 'paragraphs' ? values.join('\n\n') : values[0],
    merge: (into, from) => (into ? into : from || into),
  };
}

/**
 * A calendar date stored as `2026-03-05` ('' when unknown). A spreadsheet cell may hold what a
 * CRM writes: HubSpot's `2026-03-05 14:22` or ISO instant (the date part is kept) or its US
 * `03/05/2026` (month first, HubSpot's default for English portals). Anything else is passed on
 * as it is, so the schema names it as a bad date on its row.
 */
export function activityDate(csvHeader: string): FieldCodec<string> {
  return {
    ...text(csvHeader),
    fromCells(values) {
      const cell = values?.[0];
      if (cell === undefined) return undefined;
      const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/u.exec(cell);
      if (iso) return iso[1];
      const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[ ,])/u.exec(cell);
      if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
      return cell;
    },
    // The newer of two dates: "last" activity.
    merge: (into, from) => (into && from ? (into > from ? into : from) : into || from || into),
  };
}

const YES = new Set(['true', 'yes', 'y', '1', 'public', 'x']);
const NO = new Set(['false', 'no', 'n', '0', 'private', '']);

/** A yes/no field, stored as 1 or 0 and written as "yes" or "no". */
export function flag(csvHeader: string): FieldCodec<boolean> {
  return {
    csvHeader,
    empty: false,
    toColumn: (value) => (value ? 1 : 0),
    fromColumn: (stored) => stored === 1,
    toCell: (value) => (value ? 'yes' : 'no'),
    fromCells(values) {
      const cell = values?.[0];
      if (cell === undefined) return undefined;
      const word = cell.toLowerCase();
      // Neither yes nor no: passed on as text so the schema reports it against the field.
      return YES.has(word) ? true : NO.has(word) ? false : cell;
    },
    merge: (into, from) => into ?? from,
  };
}

/** A list of short texts, stored as a JSON array and written as "a; b; c". */
export function list(csvHeader: string, cap: number): FieldCodec<string[]> {
  return {
    csvHeader,
    empty: [],
    toColumn: (value) => JSON.stringify(value),
    fromColumn: (stored) => parseJsonArray(String(stored)),
    toCell: (value) => value.join('; '),
    fromCells(values) {
      const items = splitList(values);
      return items.length > 0 ? items : undefined;
    },
    merge: (into, from) => unionList(into ?? [], from ?? [], cap),
  };
}

/** Cells like "a; b, c | d" into their items. */
export function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) =>
    value
      .split(/[;,|]/u)
      .map((item) => item.trim())
      .filter(Boolean),
  );
}

/** Union of two lists, compared case-insensitively, first spelling kept, capped. */
export function unionList(a: string[], b: string[], cap: number): string[] {
  const seen = new Set(a.map((item) => item.toLocaleLowerCase()));
  const out = [...a];
  for (const item of b) {
    const key = item.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out.slice(0, cap);
}

/** One codec per field of a table's editable record. */
export type Codecs<Fields> = { [F in keyof Fields]-?: FieldCodec<Exclude<Fields[F], undefined>> };

/**
 * The helpers every rows.ts derives from its column and codec tables: one place where a stored
 * row becomes a record and a record becomes named parameters.
 */
export function fieldMapping<Fields extends object>(
  columns: { readonly [F in keyof Fields]-?: string },
  codecs: Codecs<Fields>,
) {
  type Field = keyof Fields & string;
  type Complete = { [F in keyof Fields]-?: Exclude<Fields[F], undefined> };
  const fields = Object.keys(columns) as Field[];
  const codec = <F extends Field>(field: F) => codecs[field] as unknown as FieldCodec<Complete[F]>;
  return {
    /** The fields, in the order exports list them. */
    fields,
    codec,
    /** The CSV export's headers for the fields, in field order. */
    csvHeaders: fields.map((field) => codecs[field].csvHeader),
    /** A stored row (snake_case columns) to its editable fields. */
    fromRow(row: Record<string, unknown>): Complete {
      const out = {} as Complete;
      for (const field of fields) out[field] = codec(field).fromColumn(row[columns[field]]);
      return out;
    },
    /**
     * Named parameters (by field name) for an INSERT: absent fields get their empty value.
     */
    insertParams(record: { [F in keyof Fields]?: Fields[F] | undefined }): Record<
      Field,
      StoredValue
    > {
      const out = {} as Record<Field, StoredValue>;
      for (const field of fields) {
        const value = (record[field] ?? codec(field).empty) as Complete[typeof field];
        out[field] = codec(field).toColumn(value);
      }
      return out;
    },
    /** Named parameters for the fields a patch sets, and only those. */
    patchParams(patch: { [F in keyof Fields]?: Fields[F] | undefined }): Partial<
      Record<Field, StoredValue>
    > {
      const out: Partial<Record<Field, StoredValue>> = {};
      for (const field of fields) {
        const value = patch[field];
        if (value !== undefined) out[field] = codec(field).toColumn(value as Complete[Field]);
      }
      return out;
    },
    /** The cells of a spreadsheet row, in field order. */
    toCells(record: Complete): string[] {
      return fields.map((field) => codec(field).toCell(record[field]));
    },
    /** An import candidate from the mapped cells: only the fields some column filled. */
    fromCells(cells: Map<string, string[]>): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const field of fields) {
        const value = codec(field).fromCells(cells.get(field));
        if (value !== undefined) out[field] = value;
      }
      return out;
    },
    /** What the import preview shows for a record, by field. */
    display(record: { [F in keyof Fields]?: Fields[F] | undefined }): Record<Field, string> {
      const out = {} as Record<Field, string>;
      for (const field of fields) {
        const value = (record[field] ?? codec(field).empty) as Complete[typeof field];
        out[field] = codec(field).toCell(value);
      }
      return out;
    },
    /** `from` merged into `into`: what `into` lacks is filled, lists are joined. */
    merge<Rec extends { [F in keyof Fields]?: Fields[F] | undefined }>(into: Rec, from: Rec): Rec {
      const out = { ...into };
      for (const field of fields) {
        const merged = codec(field).merge(
          into[field] as Complete[Field] | undefined,
          from[field] as Complete[Field] | undefined,
        );
        if (merged !== undefined) out[field] = merged as Rec[Field];
      }
      return out;
    },
  };
}

/** A nullable JSON column (a stored check result) read back; null stays null. */
export const fromJsonColumn = <T>(stored: string | null): T | null =>
  stored === null ? null : (JSON.parse(stored) as T);

/** A value for a nullable JSON column; null (or absent) is stored as NULL. */
export const toJsonColumn = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);
