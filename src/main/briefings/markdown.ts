import type { Briefing, BriefingExport } from '../../shared/domain/briefing';
import { fileStem } from '../../shared/file-name';

/**
 * Turns a briefing into a Markdown document a rep can send or present: title, for whom, length,
 * each insight with its evidence, source and talking points, then the questions. The rep's private
 * notes stay out.
 *
 * Everything the rep typed is escaped, so a headline like `# 50% | *never*` reads as text and
 * cannot open a heading, a table, emphasis, a link, raw HTML or a code span in the document.
 */
export function briefingToMarkdown(briefing: Briefing): BriefingExport {
  const blocks: string[] = [`# ${inline(briefing.title)}`];

  const facts: string[] = [];
  facts.push(`**For:** ${briefing.prospect ? inline(describeProspect(briefing)) : 'Template'}`);
  if (briefing.lengthMinutes !== null) {
    facts.push(`**Proposed length:** ${briefing.lengthMinutes} minutes`);
  }
  if (briefing.items.length > 0) {
    facts.push(`**Insights covered:** ${briefing.items.length}`);
  }
  // A trailing backslash is CommonMark's hard line break: one fact per line, no blank lines.
  blocks.push(facts.join('\\\n'));

  briefing.items.forEach((item, index) => {
    const { insight } = item;
    blocks.push(`## ${index + 1}. ${inline(insight.headline)}`);
    if (insight.detail.trim()) blocks.push(paragraphs(insight.detail));
    if (insight.evidence.trim()) blocks.push(`**Evidence:** ${paragraphs(insight.evidence)}`);
    const source = describeSource(insight.source, insight.sourceUrl, insight.isPublic);
    if (source) blocks.push(`**Source:** ${source}`);
    if (item.talkingPoints.trim()) {
      blocks.push('**Talking points**');
      blocks.push(talkingPoints(item.talkingPoints));
    }
  });

  if (briefing.questions.length > 0) {
    blocks.push('## Questions to ask');
    blocks.push(
      briefing.questions.map((question, index) => `${index + 1}. ${inline(question)}`).join('\n'),
    );
  }

  return { filename: filenameFor(briefing), markdown: `${blocks.join('\n\n')}\n` };
}

function describeProspect(briefing: Briefing): string {
  const prospect = briefing.prospect!;
  const role = [prospect.title, prospect.company].filter(Boolean).join(', ');
  return role ? `${prospect.name}, ${role}` : prospect.name;
}

function describeSource(source: string, sourceUrl: string, isPublic: boolean): string {
  const kind = isPublic ? 'public source' : 'from our own client work';
  const url = safeUrl(sourceUrl);
  const label = source.trim() ? inline(source) : url ? inline(url) : '';
  if (!label) return isPublic ? '' : 'From our own client work';
  const linked = url ? `[${label}](<${url}>)` : label;
  return `${linked} (${kind})`;
}

/** Only http(s) links, normalised so that `<`, `>` and spaces are percent-encoded. */
function safeUrl(value: string): string {
  if (!value.trim()) return '';
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    return url.href.replace(/[<>\s]/gu, encodeURIComponent);
  } catch {
    return '';
  }
}

/**
 * Characters that mean something anywhere in a line of Markdown: emphasis, code spans, links,
 * raw HTML and autolinks, tables, strikethrough, math, the end of an ATX heading. CommonMark lets
 * a backslash escape any ASCII punctuation, so escaping these is always safe. `&` only matters
 * where it would start an entity (`&amp;`), so `R&D` stays readable in the raw file.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#$]|&(?=#?\w+;)/gu;

function escapeText(line: string): string {
  return escapeLineStart(line.replace(INLINE_SPECIAL, '\\$&'));
}

/** Escapes one line of user text for use inside a paragraph, heading or list item. */
export function inline(text: string): string {
  return escapeText(
    clean(text)
      .replace(/\s*\n\s*/gu, ' ')
      .trim(),
  );
}

/**
 * At the start of a line a few more characters open a block: a list (`-`, `+`, `1.`), a quote
 * (`>`, already escaped), a heading underline (`=`). Escaping them keeps the line a paragraph.
 */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
}

/** Multi-line user text: blank lines separate paragraphs, single newlines are kept as breaks. */
function paragraphs(text: string): string {
  return clean(text)
    .trim()
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeText(line.trim()))
        .filter((line) => line.length > 0)
        .join('\\\n'),
    )
    .join('\n\n');
}

/** Talking points become a bullet list, one point per line the rep wrote (bullets they typed are kept as bullets). */
function talkingPoints(text: string): string {
  return clean(text)
    .split('\n')
    .map((line) => line.trim().replace(/^(?:[-*•+]|\d+[.)])\s+/u, ''))
    .filter((line) => line.length > 0)
    .map((line) => `- ${escapeText(line)}`)
    .join('\n');
}

/** Normalises line endings and drops control characters other than newline and tab. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '')
    .replace(/\t/gu, ' ');
}

/** `Freight costs — Dana Whitfield.md`, reduced to characters every file system accepts. */
export function filenameFor(briefing: Briefing): string {
  const parts = [briefing.title, briefing.prospect?.name ?? 'template'];
  const base = fileStem(parts.join(' - '), 80);
  return `${base || 'briefing'}.md`;
}
