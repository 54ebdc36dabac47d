import { useState } from 'react';
import { useRestoreLibrary } from './queries';
import { uploadFile } from './upload';

/** A whole-library export read back in: upload the file, then restore it into an empty library. */
export function useRestore() {
  const restore = useRestoreLibrary();
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function choose(file: File | undefined) {
    setProblem(null);
    restore.reset();
    if (!file) return;
    setUploading(true);
    try {
      restore.mutate(await uploadFile(file, () => {}));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setUploading(false);
    }
  }

  return {
    choose: (file: File | undefined) => void choose(file),
    busy: uploading || restore.isPending,
    restored: restore.data,
    failure: problem ?? restore.error?.message ?? null,
  };
}
