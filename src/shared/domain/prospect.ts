import { z } from 'zod';
import {
  LIMITS,
  emailField,
  idField,
  lineText,
  longText,
  optionalDateField,
  pageFields,
  phoneField,
  requiredLine,
  tagList,
  timezoneField,
} from './fields';

export interface Prospect {
  id: number;
  name: string;
  title: string;
  company: string;
  industry: string;
  phone: string;
  email: string;
  timezone: string;
  tags: string[];
  notes: string;
  /** The last activity a CRM export recorded before the prospect came in (ISO date, '' if none). */
  lastActivityOn: string;
  lastContactAt: string | null;
  callCount: number;
  meetingCount: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

const editableFields = {
  name: requiredLine(LIMITS.name, 'Name'),
  title: lineText(LIMITS.shortText),
  company: lineText(LIMITS.shortText),
  industry: lineText(LIMITS.shortText),
  phone: phoneField,
  email: emailField,
  timezone: timezoneField,
  tags: tagList,
  notes: longText(LIMITS.notes),
  lastActivityOn: optionalDateField,
};

export const prospectCreateInput = z.strictObject({
  ...editableFields,
  title: editableFields.title.optional(),
  company: editableFields.company.optional(),
  industry: editableFields.industry.optional(),
  phone: editableFields.phone.optional(),
  email: editableFields.email.optional(),
  timezone: editableFields.timezone.optional(),
  tags: editableFields.tags.optional(),
  notes: editableFields.notes.optional(),
  lastActivityOn: editableFields.lastActivityOn.optional(),
});
export type ProspectCreateInput = z.input<typeof prospectCreateInput>;

export const prospectUpdateInput = z.strictObject({
  id: idField,
  patch: z.strictObject(editableFields).partial(),
});

export const prospectSort = z.enum(['name', 'company', 'updated', 'last_contact']);
export type ProspectSort = z.infer<typeof prospectSort>;

export const prospectListInput = z
  .strictObject({
    query: lineText(LIMITS.query).optional(),
    tag: lineText(LIMITS.tag).optional(),
    industry: lineText(LIMITS.shortText).optional(),
    lastContact: z.enum(['any', 'never', 'within_30_days', 'over_30_days']).default('any'),
    status: z.enum(['active', 'archived']).default('active'),
    sort: prospectSort.default('name'),
    ...pageFields,
  })
  .default({ status: 'active', sort: 'name', lastContact: 'any', offset: 0, limit: 50 });
export type ProspectListInput = z.input<typeof prospectListInput>;

export interface ProspectFacets {
  tags: string[];
  industries: string[];
}
