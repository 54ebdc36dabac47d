/** Timestamps are stored as ISO-8601 UTC text: sortable as text, readable in the file. */
export const nowIso = (): string => new Date().toISOString();

export const parseJsonArray = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};
