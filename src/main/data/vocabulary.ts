import type {
  ImportKind,
  ImportPreview,
  ImportTarget,
  InsightTarget,
  ProspectTarget,
} from '../../shared/domain/data';
import { insightRows } from '../insights/rows';
import { prospectRows } from '../prospects/rows';

/**
 * Column headers as the CRMs reps export from write them, and the field each one fills. Headers
 * are compared after normalising: lower case, letters and digits only, so `First Name`,
 * `first_name` and Salesforce's API name `FirstName` are the same header.
 *
 * - HubSpot contacts export: Record ID, First Name, Last Name, Email, Phone Number, Mobile Phone
 *   Number, Company Name, Associated Company, Job Title, Industry, Lead Status, Lifecycle Stage,
 *   Contact owner, Time Zone, City, State/Region, Country/Region, Create Date, Last Activity Date…
 * - Salesforce (contact/lead reports and Data Loader): First Name, Last Name, Title, Account Name
 *   (Company on leads), Phone, Mobile, Email, Industry, Lead Source, Description, Mailing City…
 * - Apollo people export: First Name, Last Name, Title, Company, Company Name for Emails, Email,
 *   Email Status, Seniority, Departments, Work Direct Phone, Mobile Phone, Corporate Phone, Other
 *   Phone, Industry, Keywords, Lists, Person Linkedin Url, Website, # Employees, Apollo Contact Id…
 * - Plain files and our own export: Name, Company, Title, Phone, Email, Tags, Notes…
 */
const PROSPECT_HEADERS: Record<ProspectTarget, string[]> = {
  name: ['name', 'full name', 'fullname', 'contact name', 'contact', 'person', 'prospect'],
  firstName: ['first name', 'firstname', 'first', 'given name', 'forename'],
  lastName: ['last name', 'lastname', 'last', 'surname', 'family name'],
  title: ['title', 'job title', 'jobtitle', 'position', 'role', 'designation'],
  company: [
    'company',
    'company name',
    'account name',
    'account',
    'account.name',
    'organization',
    'organisation',
    'organization name',
    'associated company',
    'company name for emails',
    'employer',
  ],
  industry: ['industry', 'vertical', 'sector', 'company industry'],
  phone: [
    'phone',
    'phone number',
    'work phone',
    'business phone',
    'direct phone',
    'work direct phone',
    'first phone',
    'mobile phone',
    'mobile phone number',
    'mobile',
    'mobilephone',
    'cell',
    'cell phone',
    'corporate phone',
    'company phone',
    'other phone',
    'home phone',
    'telephone',
    'tel',
  ],
  email: ['email', 'email address', 'e-mail', 'work email', 'business email', 'primary email'],
  timezone: ['time zone', 'timezone', 'tz', 'contact time zone'],
  // HubSpot's Lifecycle Stage (Lead, MQL, Customer…) becomes a tag: a stage the rep can filter by.
  tags: ['tags', 'tag', 'labels', 'keywords', 'lists', 'list', 'lifecycle stage', 'lifecyclestage'],
  notes: ['notes', 'note', 'description', 'comments', 'comment'],
  // HubSpot's "Last Activity Date" (hs_last_activity_date); Salesforce's report column.
  lastActivityOn: [
    'last activity date',
    'last activity',
    'hs last activity date',
    'last activity date time',
  ],
};

/** Other names a column of a field goes by; a field needs none (its export header always maps). */
const INSIGHT_HEADERS: { [T in InsightTarget]?: string[] } = {
  headline: ['headline', 'insight', 'title', 'summary'],
  detail: ['detail', 'details', 'description', 'body', 'text'],
  evidence: ['evidence', 'proof', 'data', 'numbers'],
  source: ['source', 'source name', 'origin'],
  sourceUrl: ['source link', 'source url', 'sourceurl', 'link', 'url'],
  isPublic: ['public', 'ispublic', 'is public', 'public source'],
  industries: ['industries', 'industry'],
  roles: ['roles', 'role', 'personas', 'persona'],
  tags: ['tags', 'tag', 'labels'],
};

export const normaliseHeader = (header: string): string =>
  header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const index = (vocabulary: Record<string, string[]>): Map<string, ImportTarget> => {
  const byHeader = new Map<string, ImportTarget>();
  for (const [target, headers] of Object.entries(vocabulary))
    for (const header of headers) byHeader.set(normaliseHeader(header), target as ImportTarget);
  return byHeader;
};

/** Our own export's header for every field (rows.ts), so an export always imports back. */
const withExportHeaders = <Target extends string>(
  vocabulary: { [T in Target]?: string[] },
  rows: { fields: readonly string[]; csvHeaders: readonly string[] },
): Record<string, string[]> => {
  const merged: Record<string, string[]> = {};
  for (const [target, headers] of Object.entries<string[] | undefined>(vocabulary)) {
    if (headers) merged[target] = headers;
  }
  rows.fields.forEach((field, i) => {
    merged[field] = [...(merged[field] ?? []), rows.csvHeaders[i]!];
  });
  return merged;
};

const PROSPECT_INDEX = index(withExportHeaders(PROSPECT_HEADERS, prospectRows));
const INSIGHT_INDEX = index(withExportHeaders(INSIGHT_HEADERS, insightRows));

/** Fields that take one value: when two columns claim one, the first non-empty cell wins. */
export function detectMapping(kind: ImportKind, columns: string[]): (ImportTarget | null)[] {
  const byHeader = kind === 'prospects' ? PROSPECT_INDEX : INSIGHT_INDEX;
  const mapping = columns.map((column) => byHeader.get(normaliseHeader(column)) ?? null);
  // "Name" next to First/Last Name is usually the account or a computed duplicate: prefer the parts.
  if (kind === 'prospects' && mapping.includes('firstName') && mapping.includes('lastName')) {
    return mapping.map((target) => (target === 'name' ? null : target));
  }
  return mapping;
}

/** Which tool the headers look like, so the screen can say "Looks like a HubSpot export". */
export function detectSource(columns: string[]): ImportPreview['detectedSource'] {
  const headers = new Set(columns.map(normaliseHeader));
  const has = (...names: string[]) => names.some((name) => headers.has(normaliseHeader(name)));
  if (has('Apollo Contact Id', 'Corporate Phone', 'Company Name for Emails', 'Email Status'))
    return 'apollo';
  if (has('Record ID', 'Phone Number', 'Job Title', 'Lifecycle Stage', 'Associated Company'))
    return 'hubspot';
  if (has('Account Name', 'Lead Source', 'Mailing City', 'Contact Owner', 'Mobile'))
    return 'salesforce';
  if (has('Time Zone') && has('Tags') && has('Name')) return 'oneup';
  return 'plain';
}
