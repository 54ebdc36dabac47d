import type { ApiFieldError } from '../../shared/api/result';
import type { FeatureHandlers } from '../api/router';
import { ApiFailure, required } from '../api/errors';
import type { Db } from '../db/open';
import { briefingToMarkdown } from './markdown';
import {
  copyBriefing,
  createBriefing,
  existingInsightIds,
  getBriefing,
  listBriefings,
  prospectExists,
  setBriefingArchived,
  updateBriefing,
} from './repository';

type BriefingChannels = FeatureHandlers<'briefings'>;

const found = required('Briefing');

export const briefingHandlers = (db: Db): BriefingChannels => ({
  'briefings:create': (input) => {
    checkReferences(db, input, '');
    return createBriefing(db, input);
  },
  'briefings:update': ({ id, baseRevision, patch }) => {
    found(getBriefing(db, id), id);
    checkReferences(db, patch, 'patch.');
    const saved = found(updateBriefing(db, id, baseRevision, patch), id);
    if (saved === 'stale') {
      throw new ApiFailure(
        'conflict',
        'This briefing was changed elsewhere (another window or tab) since you opened it; your edit was not saved.',
      );
    }
    return saved;
  },
  'briefings:get': ({ id }) => found(getBriefing(db, id), id),
  'briefings:list': (input) => listBriefings(db, input),
  'briefings:archive': ({ id }) => found(setBriefingArchived(db, id, true), id),
  'briefings:restore': ({ id }) => found(setBriefingArchived(db, id, false), id),
  'briefings:from-template': ({ templateId, prospectId }) => {
    const template = found(getBriefing(db, templateId), templateId);
    if (!template.isTemplate) {
      throw invalid([
        {
          path: 'templateId',
          message: `Briefing ${templateId} is for a prospect, not a template.`,
        },
      ]);
    }
    checkReferences(db, { prospectId }, '');
    return copyBriefing(db, template, prospectId);
  },
  'briefings:export-markdown': ({ id }) => briefingToMarkdown(found(getBriefing(db, id), id)),
});

/**
 * The schema checks shapes; this checks that the prospect and every insight exist, and names the
 * offending field the way a schema failure would (`items.1.insightId`), so the editor can show it.
 */
function checkReferences(
  db: Db,
  fields: { prospectId?: number | null; items?: { insightId: number }[] },
  prefix: string,
): void {
  const problems: ApiFieldError[] = [];
  if (typeof fields.prospectId === 'number' && !prospectExists(db, fields.prospectId)) {
    problems.push({
      path: `${prefix}prospectId`,
      message: `Prospect ${fields.prospectId} does not exist.`,
    });
  }
  const items = fields.items ?? [];
  const existing = existingInsightIds(
    db,
    items.map((item) => item.insightId),
  );
  items.forEach((item, index) => {
    if (!existing.has(item.insightId)) {
      problems.push({
        path: `${prefix}items.${index}.insightId`,
        message: `Insight ${item.insightId} does not exist.`,
      });
    }
  });
  if (problems.length > 0) throw invalid(problems);
}

function invalid(fields: ApiFieldError[]): ApiFailure {
  const first = fields[0]!;
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return new ApiFailure(
    'invalid_input',
    `Invalid input: ${first.path}: ${first.message}${more}`,
    fields,
  );
}
