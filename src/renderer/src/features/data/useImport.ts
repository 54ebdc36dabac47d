import { useState, type RefObject } from 'react';
import type {
  DuplicateStrategy,
  ImportFormat,
  ImportKind,
  ImportResult,
  ImportTarget,
} from '../../../../shared/domain/data';
import { useCommands } from '../../app/commands/useCommands';
import { JobStopped } from '../jobs/queries';
import { useCommitImport, useDiscardUpload, usePreviewImport } from './queries';
import { uploadFile } from './upload';

/**
 * An import from choosing the file to the result: the upload and its progress, the preview and
 * its mapping, how duplicates and rows with errors are handled, and the all-or-nothing commit.
 * The view owns the file input; the hook clicks it for the shortcut and clears it after an import.
 */
export function useImport(fileInput: RefObject<HTMLInputElement | null>) {
  const [kind, setKind] = useState<ImportKind>('prospects');
  const [file, setFile] = useState<{ name: string; format: ImportFormat } | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [strategy, setStrategy] = useState<DuplicateStrategy>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  /** Rows with errors the rep chose to import with their bad fields left blank. */
  const [blankRows, setBlankRows] = useState<ReadonlySet<number>>(new Set());
  const [result, setResult] = useState<{ kind: ImportKind; counts: ImportResult } | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const discard = useDiscardUpload();
  const shown = uploadId && preview.data?.uploadId === uploadId ? preview.data : null;

  useCommands([
    {
      id: 'data.choose-file',
      title: 'Choose a file to import',
      section: 'Import & export',
      shortcut: 'i',
      run: () => fileInput.current?.click(),
    },
  ]);

  function reset() {
    if (uploadId) discard.mutate(uploadId);
    setUploadId(null);
    setProblem(null);
    setResult(null);
    setSkipInvalid(false);
    setBlankRows(new Set());
    preview.reset();
    commit.reset();
  }

  async function choose(chosen: File | undefined) {
    reset();
    if (!chosen) {
      setFile(null);
      return;
    }
    const format: ImportFormat = /\.json$/iu.test(chosen.name) ? 'json' : 'csv';
    setFile({ name: chosen.name, format });
    try {
      const id = await uploadFile(chosen, setUploaded);
      setUploadId(id);
      preview.mutate({ uploadId: id, kind, format });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setUploaded(null);
    }
  }

  function changeKind(next: ImportKind) {
    setKind(next);
    setResult(null);
    // The same file read again as the other kind: the detected mapping starts over.
    if (uploadId && file) preview.mutate({ uploadId, kind: next, format: file.format });
  }

  function remap(mapping: (ImportTarget | null)[]) {
    if (uploadId && file) preview.mutate({ uploadId, kind, format: file.format, mapping });
  }

  function runImport() {
    if (!shown) return;
    commit.mutate(
      {
        uploadId: shown.uploadId,
        mapping: shown.mapping,
        duplicateStrategy: strategy,
        skipInvalidRows: skipInvalid,
        blankInvalidFields: blankAll ? 'all' : [...chosenBlank].map((row) => row.row),
      },
      {
        onSuccess: (counts) => {
          setResult({ kind: shown.kind, counts });
          setUploadId(null);
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  }

  const busy = uploaded !== null || preview.isPending || commit.isPending;
  const blankable = shown?.blankable ?? [];
  // Every listed fixable row chosen: sent as 'all', which also takes rows past the listed 200.
  const blankAll = blankable.length > 0 && blankable.every((row) => blankRows.has(row.row));
  const chosenBlank = blankable.filter((row) => blankRows.has(row.row));
  const blankingCount = blankAll && shown ? shown.blankableRows : chosenBlank.length;
  const blankedDuplicates = chosenBlank.filter((row) => row.duplicate).length;
  const duplicateCount =
    (shown ? shown.duplicates.inDatabase + shown.duplicates.inFile : 0) + blankedDuplicates;
  // What the backend will write: valid rows (and the rows chosen to come in with blank fields)
  // that are new; duplicates are skipped or merged.
  const importable = shown
    ? Math.max(0, shown.totalRows - shown.invalidRows + blankingCount - duplicateCount)
    : 0;
  const merging = strategy === 'merge' ? duplicateCount : 0;
  /** Rows with errors that are neither blanked nor left out yet. */
  const stillInvalid = shown ? shown.invalidRows - blankingCount : 0;
  const blockedByErrors = shown !== null && stillInvalid > 0 && !skipInvalid;
  const noun = kind === 'prospects' ? 'prospect' : 'insight';
  /** Why the Import button is off, in words, or null when it is on (or busy). */
  const whyNot =
    shown === null
      ? null
      : shown.blocking
        ? `Nothing can be imported: ${shown.blocking}`
        : blockedByErrors
          ? blankable.length > 0
            ? // Both ways past are ticks above the button; naming one hid the other.
              `${plural(stillInvalid, 'row has', 'rows have')} errors: fix the file, tick a row above to bring it in with its bad fields left blank, or tick “Leave out” to import the rest.`
            : `${plural(stillInvalid, 'row has', 'rows have')} errors: fix the file, or tick “Leave out” above to import the rest.`
          : importable + merging === 0
            ? duplicateCount > 0
              ? `Every ${noun} in the file is already in your library or repeated in it: choose Merge to fill them in.`
              : 'The file has no rows to import.'
            : null;
  return {
    kind,
    changeKind,
    file,
    choose: (chosen: File | undefined) => void choose(chosen),
    /** The share of the file sent so far, or null when no upload is running. */
    uploaded,
    reading: preview.isPending,
    /** The preview job's progress (rows checked), while it runs. */
    readingProgress: preview.isPending ? preview.progress : null,
    cancelReading: preview.cancel,
    /** The rep cancelled the preview: nothing was kept. */
    readingCancelled: preview.error instanceof JobStopped && preview.error.cancelled,
    importing: commit.isPending,
    /** The import job's progress (rows written), while it runs. */
    writingProgress: commit.isPending ? commit.progress : null,
    cancelWriting: commit.cancel,
    /** The rep cancelled the import: nothing was written, the preview stays for another try. */
    writingCancelled: commit.error instanceof JobStopped && commit.error.cancelled,
    busy,
    failure:
      problem ??
      (preview.error instanceof JobStopped && preview.error.cancelled
        ? null
        : preview.error?.message) ??
      (commit.error instanceof JobStopped && commit.error.cancelled
        ? null
        : commit.error?.message) ??
      null,
    result,
    /** The preview of the file on screen (not of one chosen before it). */
    shown,
    remap,
    strategy,
    setStrategy,
    skipInvalid,
    setSkipInvalid,
    blankable,
    blankRows,
    /** Chooses (or unchooses) rows to import with their bad fields left blank. */
    chooseBlank(rows: number[], on: boolean) {
      setBlankRows((current) => {
        const next = new Set(current);
        for (const row of rows) {
          if (on) next.add(row);
          else next.delete(row);
        }
        return next;
      });
    },
    /** Rows chosen to come in with their bad fields left blank. */
    blanking: blankingCount,
    stillInvalid,
    /** New rows the import will create. */
    importable,
    /** Duplicates the import will merge into what is there (0 when skipping them). */
    merging,
    whyNot,
    canImport: shown !== null && whyNot === null && !busy,
    duplicateCount,
    runImport,
  };
}

/** `1 row has` / `3 rows have`. */
function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
