import { z } from 'zod';
import { LIMITS } from './fields';

/**
 * One search result in the command palette. `titleMarked` and `excerptMarked` wrap matches in
 * \u0002 … \u0003 (never HTML: the renderer splits on the marks and renders <mark> elements).
 */
export interface GlobalSearchHit {
  id: number;
  titleMarked: string;
  subtitle: string;
  /** Where the match was found when it is not in the title; empty otherwise. */
  excerptMarked: string;
}

/** A call note found by search; the palette opens the call it belongs to. */
export interface GlobalNoteHit extends GlobalSearchHit {
  callId: number;
  prospectId: number;
}

export interface GlobalSearchResult {
  prospects: GlobalSearchHit[];
  insights: GlobalSearchHit[];
  notes: GlobalNoteHit[];
}

/**
 * What the rep types into the palette goes to the backend as is. Control characters (a pasted tab
 * or newline) become spaces instead of an error: search is forgiving, FTS syntax is neutralised by
 * the backend's query builder.
 */
export const globalSearchInput = z.strictObject({
  query: z
    .string()
    .max(LIMITS.query * 4)
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/gu, ' ')
        .slice(0, LIMITS.query)
        .trimStart(),
    ),
  limit: z.number().int().min(1).max(20).default(5),
});
