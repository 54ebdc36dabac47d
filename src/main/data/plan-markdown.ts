import type { ExportedFile } from '../../shared/domain/data';
import type { Insight } from '../../shared/domain/insight';
import type { CallPlan } from '../../shared/domain/plan';
import type { Prospect } from '../../shared/domain/prospect';
import { inline } from '../briefings/markdown';
import { fileStem } from '../../shared/file-name';

const VERDICT_LABELS = { ready: 'ready', needs_work: 'needs work', blocked: 'blocked' } as const;

/**
 * A call plan as a Markdown page the rep can print or keep beside the phone: who, the objective,
 * the opener and its check, the insights, objections with responses, meeting times, the email
 * draft. Everything typed is escaped with the briefing export's helpers.
 */
export function planToMarkdown(
  plan: CallPlan,
  prospect: Prospect,
  insights: Insight[],
): ExportedFile {
  const blocks: string[] = [`# Call plan: ${inline(prospect.name)}`];
  const facts: string[] = [];
  const role = [prospect.title, prospect.company].filter(Boolean).join(', ');
  if (role) facts.push(`**Who:** ${inline(`${prospect.name}, ${role}`)}`);
  if (prospect.phone) facts.push(`**Phone:** ${inline(prospect.phone)}`);
  if (plan.objective.trim()) facts.push(`**Objective:** ${inline(plan.objective)}`);
  if (plan.referral.trim()) facts.push(`**Referred by:** ${inline(plan.referral)}`);
  if (plan.transactional) facts.push('**Transactional:** yes (insight and briefing not required)');
  if (facts.length > 0) blocks.push(facts.join('\\\n'));

  blocks.push('## Opener');
  blocks.push(plan.opener.trim() ? paragraphs(plan.opener) : '_No opener written yet._');
  if (plan.checkResult) {
    blocks.push(
      `**Check:** ${VERDICT_LABELS[plan.checkResult.verdict]}, score ${plan.checkResult.score}/100`,
    );
  }

  if (insights.length > 0) {
    blocks.push('## Insights');
    for (const insight of insights) {
      blocks.push(`### ${inline(insight.headline)}`);
      if (insight.detail.trim()) blocks.push(paragraphs(insight.detail));
      if (insight.evidence.trim()) blocks.push(`**Evidence:** ${paragraphs(insight.evidence)}`);
    }
  }

  const objections = plan.objections.filter((o) => o.objection.trim() || o.response.trim());
  if (objections.length > 0) {
    blocks.push('## Objections');
    for (const { objection, response } of objections) {
      blocks.push(`**If they say:** ${inline(objection)}\\\n**Answer:** ${inline(response)}`);
    }
  }

  const slots = plan.meetingSlots.filter((slot) => slot.trim());
  if (slots.length > 0) {
    blocks.push('## Meeting times to propose');
    blocks.push(slots.map((slot) => `- ${inline(slot)}`).join('\n'));
  }

  if (plan.emailSubject.trim() || plan.emailBody.trim()) {
    blocks.push('## Email draft');
    if (plan.emailSubject.trim()) blocks.push(`**Subject:** ${inline(plan.emailSubject)}`);
    if (plan.emailBody.trim()) blocks.push(paragraphs(plan.emailBody));
  }

  return {
    filename: `${fileStem(`Call plan - ${prospect.name}`, 80) || 'call-plan'}.md`,
    content: `${blocks.join('\n\n')}\n`,
    type: 'text/markdown',
  };
}

/** Blank lines separate paragraphs; single line breaks are kept as hard breaks. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .trim()
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => inline(line))
        .filter(Boolean)
        .join('\\\n'),
    )
    .join('\n\n');
}
