/**
 * Search matches in text sent to the renderer are wrapped in these two control characters (never
 * HTML; the renderer splits on them). No zod here: the first screen imports this.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
