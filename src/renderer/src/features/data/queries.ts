import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { ExportFileInfo, ExportKind } from '../../../../shared/domain/jobs';
import { api, unwrap } from '../../lib/api';
import { downloadBlob } from '../../lib/download';
import { resultOf, useJob } from '../jobs/queries';

export type { ExportKind } from '../../../../shared/domain/jobs';

/**
 * The preview runs as a job on the backend's worker thread: the bar shows rows checked so far,
 * and the rep can cancel it (nothing is kept, so nothing can be imported from it).
 */
export function usePreviewImport() {
  const job = useJob();
  const mutation = useMutation({
    mutationFn: async (input: ChannelInput<'import:start-preview'>) =>
      resultOf(await job.run(api.import['start-preview'](input)), 'import-preview').preview,
    onMutate: job.clear,
  });
  return { ...mutation, progress: job.state?.progress ?? null, cancel: job.cancel };
}

/**
 * The import runs as a job on the backend, written in slices so the app keeps answering: the bar
 * shows rows written, and the rep can cancel it (all or nothing: a cancelled import leaves the
 * library as it was). After an import every list may have changed: all cached queries are
 * refreshed. The backend answers with counts, not rows, so there is no row to put into the cache.
 */
export function useCommitImport() {
  const queryClient = useQueryClient();
  const job = useJob();
  const mutation = useMutation({
    mutationFn: async (input: ChannelInput<'import:start-commit'>) =>
      resultOf(await job.run(api.import['start-commit'](input)), 'import-commit').counts,
    onMutate: job.clear,
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return { ...mutation, progress: job.state?.progress ?? null, cancel: job.cancel };
}

/** Checks a library file and says what restoring it would write; writes nothing itself. */
export const usePreviewLibrary = () =>
  useMutation({
    mutationFn: (uploadId: string) => unwrap(api.import['library-preview']({ uploadId })),
  });

export function useRestoreLibrary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'import:library-json'>) =>
      unwrap(api.import['library-json'](input)),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Frees an upload the rep walked away from; nothing cached depends on it. */
export const useDiscardUpload = () =>
  useMutation({
    mutationFn: (uploadId: string) => unwrap(api.import.discard({ uploadId })),
  });

/** One chunk of a file on its way to the backend (see upload.ts). */
export const sendUploadChunk = (input: ChannelInput<'import:upload-chunk'>) =>
  unwrap(api.import['upload-chunk'](input));

/**
 * An export runs as a job: the backend's worker writes the file, the bar shows rows written, and
 * the finished file is fetched in slices and handed to the rep as a download (a save dialog in
 * Electron). No answer ever carries the whole file.
 */
export function useExport() {
  const job = useJob();
  const mutation = useMutation({
    mutationFn: async (kind: ExportKind): Promise<ExportFileInfo> => {
      const state = await job.run(api.export.start({ kind }));
      const { file } = resultOf(state, 'export');
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let offset = 0;
      for (;;) {
        const chunk = await unwrap(api.export.read({ jobId: state.id, offset }));
        parts.push(Uint8Array.from(atob(chunk.base64), (char) => char.charCodeAt(0)));
        if (chunk.done) break;
        offset = chunk.nextOffset;
      }
      downloadBlob(file.filename, new Blob(parts, { type: `${file.type};charset=utf-8` }));
      return file;
    },
    onMutate: job.clear,
  });
  return { ...mutation, progress: job.state?.progress ?? null, cancel: job.cancel };
}
