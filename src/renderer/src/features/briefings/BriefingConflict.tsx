import type { Briefing } from '../../../../shared/domain/briefing';
import { ConflictPanel, type ConflictField } from '../../ui/ConflictPanel';
import { toDraft, type BriefingDraft } from './briefing-draft';

interface Props {
  mine: BriefingDraft;
  theirs: Briefing;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onSaveMerged: (merged: BriefingDraft) => void;
}

/**
 * Both versions of a briefing someone else saved while the rep was typing. The texts that differ
 * can be merged by editing; the insights' order and the prospect go with the rep's version.
 */
export function BriefingConflict({ mine, theirs, onKeepMine, onKeepTheirs, onSaveMerged }: Props) {
  const stored = toDraft(theirs);
  const talkingPoints = new Map(stored.items.map((item) => [item.insightId, item.talkingPoints]));
  const candidates: ConflictField[] = [
    { key: 'title', label: 'Title', mine: mine.title, theirs: stored.title },
    {
      key: 'questions',
      label: 'Questions',
      mine: mine.questions.join('\n'),
      theirs: stored.questions.join('\n'),
    },
    { key: 'notes', label: 'Private notes', mine: mine.notes, theirs: stored.notes },
    ...mine.items
      .filter((item) => talkingPoints.has(item.insightId))
      .map((item) => ({
        key: `item-${item.insightId}`,
        label: `Talking points: ${item.insight.headline}`,
        mine: item.talkingPoints,
        theirs: talkingPoints.get(item.insightId) ?? '',
      })),
  ];
  const fields = candidates.filter((field) => field.mine !== field.theirs);

  const merge = (merged: Record<string, string>): BriefingDraft => ({
    ...mine,
    title: merged.title ?? mine.title,
    notes: merged.notes ?? mine.notes,
    questions:
      merged.questions === undefined
        ? mine.questions
        : merged.questions.split('\n').filter((line) => line.trim() !== ''),
    items: mine.items.map((item) => ({
      ...item,
      talkingPoints: merged[`item-${item.insightId}`] ?? item.talkingPoints,
    })),
  });

  return (
    <ConflictPanel
      heading="This briefing was changed elsewhere"
      fields={fields}
      note="Keeping yours or saving the merge also keeps your insights, their order, the prospect and the length."
      onKeepMine={onKeepMine}
      onKeepTheirs={onKeepTheirs}
      onSaveMerged={(merged) => onSaveMerged(merge(merged))}
    />
  );
}
