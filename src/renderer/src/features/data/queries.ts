import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { ExportedFile } from '../../../../shared/domain/data';
import { api, unwrap } from '../../lib/api';
import { downloadText } from '../../lib/download';

export const usePreviewImport = () =>
  useMutation({
    mutationFn: (input: ChannelInput<'import:preview'>) => unwrap(api.import.preview(input)),
  });

/**
 * After an import every list may have changed: all cached queries are refreshed. The backend
 * answers with counts, not rows, so there is no row to put into the cache.
 */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'import:commit'>) => unwrap(api.import.commit(input)),
    onSuccess: () => queryClient.invalidateQueries(),
  });
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

export type ExportKind = 'prospects-csv' | 'insights-csv' | 'calls-csv' | 'library-json';

const EXPORTS: Record<ExportKind, () => Promise<ExportedFile>> = {
  'prospects-csv': () => unwrap(api.export['prospects-csv']()),
  'insights-csv': () => unwrap(api.export['insights-csv']()),
  'calls-csv': () => unwrap(api.export['calls-csv']()),
  'library-json': () => unwrap(api.export['library-json']()),
};

/** Asks the backend for the file and hands it to the user as a download. */
export const useExport = () =>
  useMutation({
    mutationFn: async (kind: ExportKind) => {
      const file = await EXPORTS[kind]();
      downloadText(file.filename, file.content, file.type);
      return file;
    },
  });
