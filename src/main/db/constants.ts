/** "OnUp" in ASCII: marks a SQLite file as ours so a foreign file is refused, not migrated. */
export const APPLICATION_ID = 0x4f6e5570;
export const DATABASE_FILE = 'oneup.sqlite';
