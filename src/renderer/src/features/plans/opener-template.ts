import type { PlanDetail } from '../../../../shared/domain/plan';

export type SlotName = 'who' | 'why' | 'insight' | 'benefit' | 'ask';
export type Slots = Record<SlotName, string>;

export const SLOT_LABELS: Record<SlotName, string> = {
  who: 'Who I am',
  why: 'Why I’m calling',
  insight: 'The insight',
  benefit: 'How you benefit',
  ask: 'The ask',
};

/**
 * A first draft of each part from the settings, the prospect and the first chosen insight,
 * worded about the prospect more than about us (the checker notes an opener that says I/we/our
 * more often than you/your, and the builder's own draft should not be one).
 */
export function defaultSlots(detail: PlanDetail): Slots {
  const insight = detail.insights[0];
  const slot = detail.plan.meetingSlots[0] ?? 'Thursday at 10';
  return {
    who: `Hi {firstName}, this is {myName} with {myCompany}.`,
    why: `I'm calling because of a pattern across ${detail.prospect.industry ? `${detail.prospect.industry.toLowerCase()} companies` : 'companies like {company}'} that you may not have seen yet.`,
    insight: insight ? `{insight}.` : 'We found that … (pick an insight on the left)',
    benefit: 'That could help {company} (say what they gain).',
    ask: `Could we set 20 minutes on ${slot} for an executive briefing on what it means for you?`,
  };
}

/** The builder's slots for the rep's own details, which it leaves as written until Settings has them. */
export const REP_SLOTS: Record<string, string | undefined> = {
  '{myName}': 'name',
  '{myCompany}': 'company',
};

/** The rep's own slots in `text` that Settings cannot fill yet: `{myName}` with no name set. */
export function unsetRepSlots(text: string, detail: PlanDetail): string[] {
  const values = placeholderValues(detail);
  const unset = new Set<string>();
  for (const [slot, key] of text.matchAll(/\{(\w+)\}/gu))
    if (REP_SLOTS[slot] && !values[key!]) unset.add(slot);
  return [...unset];
}

/** Fills `{firstName}`, `{company}`, `{myName}`, `{myCompany}`, `{insight}`; unknown ones stay. */
export function resolvePlaceholders(text: string, detail: PlanDetail): string {
  const values = placeholderValues(detail);
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => (values[key] ? values[key] : whole));
}

/**
 * The slots in `text` that Settings, the prospect or the first insight can fill now, each once
 * with its value: an opener assembled before Settings had the rep's name kept `{myName}` as
 * written, and the rep fills these with one click rather than have the text change under them.
 */
export function fillableSlots(text: string, detail: PlanDetail): { slot: string; value: string }[] {
  const values = placeholderValues(detail);
  const found = new Map<string, string>();
  for (const [slot, key] of text.matchAll(/\{(\w+)\}/gu)) {
    const value = values[key!];
    if (value) found.set(slot, value);
  }
  return [...found].map(([slot, value]) => ({ slot, value }));
}

function placeholderValues(detail: PlanDetail): Record<string, string> {
  return {
    firstName: detail.prospect.name.split(/\s+/u)[0] ?? '',
    name: detail.prospect.name,
    company: detail.prospect.company,
    title: detail.prospect.title,
    myName: detail.settings.repName,
    myCompany: detail.settings.repCompany,
    insight: detail.insights[0]?.headline ?? '',
  };
}

export function assemble(slots: Slots, detail: PlanDetail): string {
  return (['who', 'why', 'insight', 'benefit', 'ask'] as const)
    .map((name) => resolvePlaceholders(slots[name].trim(), detail))
    .filter(Boolean)
    .join(' ');
}
