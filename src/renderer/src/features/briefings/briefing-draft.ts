import type { Briefing, BriefingItem, BriefingProspect } from '../../../../shared/domain/briefing';
import { fieldErrors } from '../../ui/Field';
import type { BriefingPatch } from './queries';

/** What the editor holds: the briefing as typed, including a length that may not be valid yet. */
export interface BriefingDraft {
  title: string;
  prospect: BriefingProspect | null;
  items: BriefingItem[];
  questions: string[];
  lengthText: string;
  notes: string;
}

export const toDraft = (briefing: Briefing): BriefingDraft => ({
  title: briefing.title,
  prospect: briefing.prospect,
  items: briefing.items,
  questions: briefing.questions,
  lengthText: briefing.lengthMinutes === null ? '' : String(briefing.lengthMinutes),
  notes: briefing.notes,
});

export const parseLength = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);

export const toPatch = (draft: BriefingDraft): BriefingPatch => ({
  title: draft.title,
  prospectId: draft.prospect?.id ?? null,
  items: draft.items.map(({ insightId, talkingPoints }) => ({ insightId, talkingPoints })),
  questions: draft.questions,
  lengthMinutes: parseLength(draft.lengthText),
  notes: draft.notes,
});

/** Field errors of a refused save, by the editor's field names and by insight position. */
export function draftErrors(fields: { path: string; message: string }[]) {
  const byItem: Record<number, string> = {};
  for (const field of fields) {
    const item = /^(?:patch\.)?items\.(\d+)\./u.exec(field.path);
    if (item) byItem[Number(item[1])] ??= field.message;
  }
  return { byField: fieldErrors(fields), byItem };
}
