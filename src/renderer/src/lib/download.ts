/**
 * Hands text to the user as a file. A Blob link with `download` works the same in the browser host
 * (a normal download) and in Electron (its save dialog), and never navigates the app away.
 */
export function downloadText(filename: string, text: string, type = 'text/markdown'): void {
  downloadBlob(filename, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** The same for a file assembled from parts (an export read in slices). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
