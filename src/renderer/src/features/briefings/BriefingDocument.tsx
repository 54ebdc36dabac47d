import type { BriefingItem, BriefingProspect } from '../../../../shared/domain/briefing';

interface Props {
  title: string;
  prospect: BriefingProspect | null;
  lengthMinutes: number | null;
  items: BriefingItem[];
  questions: string[];
}

/** Bullets the rep typed are the list's own; one point per line, as in the Markdown export. */
const points = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim().replace(/^(?:[-*•+]|\d+[.)])\s+/u, ''))
    .filter(Boolean);

const isWebLink = (url: string) => /^https?:\/\//iu.test(url);

/**
 * The briefing as the prospect would read it: the same content and order as the Markdown export,
 * shown beside the editor and, alone, on the printed page.
 */
export function BriefingDocument({ title, prospect, lengthMinutes, items, questions }: Props) {
  const forWhom = prospect
    ? [prospect.name, prospect.title, prospect.company].filter(Boolean).join(', ')
    : 'Template';
  return (
    <article className="briefing-document" aria-label="Briefing document">
      <h1>{title || 'Untitled briefing'}</h1>
      <dl className="briefing-facts">
        <div>
          <dt>For</dt>
          <dd>{forWhom}</dd>
        </div>
        {lengthMinutes !== null ? (
          <div>
            <dt>Proposed length</dt>
            <dd>{lengthMinutes} minutes</dd>
          </div>
        ) : null}
        {items.length > 0 ? (
          <div>
            <dt>Insights covered</dt>
            <dd>{items.length}</dd>
          </div>
        ) : null}
      </dl>
      {items.map((item, index) => (
        <section key={item.insightId} className="briefing-section">
          <h2>
            {index + 1}. {item.insight.headline}
          </h2>
          {item.insight.detail.trim() ? (
            <p className="preserve-lines">{item.insight.detail.trim()}</p>
          ) : null}
          {item.insight.evidence.trim() ? (
            <p className="preserve-lines">
              <strong>Evidence:</strong> {item.insight.evidence.trim()}
            </p>
          ) : null}
          <Source insight={item.insight} />
          {points(item.talkingPoints).length > 0 ? (
            <>
              <h3>Talking points</h3>
              <ul>
                {points(item.talkingPoints).map((point, i) => (
                  <li key={i}>{point}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {questions.some((q) => q.trim()) ? (
        <section className="briefing-section">
          <h2>Questions to ask</h2>
          <ol>
            {questions
              .filter((q) => q.trim())
              .map((question, i) => (
                <li key={i}>{question.trim()}</li>
              ))}
          </ol>
        </section>
      ) : null}
      {items.length === 0 && !questions.some((q) => q.trim()) ? (
        <p className="muted">Add insights and questions; the document fills in here.</p>
      ) : null}
    </article>
  );
}

function Source({ insight }: { insight: BriefingItem['insight'] }) {
  const kind = insight.isPublic ? 'public source' : 'from our own client work';
  const label = insight.source.trim() || (isWebLink(insight.sourceUrl) ? insight.sourceUrl : '');
  if (!label) {
    return insight.isPublic ? null : (
      <p>
        <strong>Source:</strong> From our own client work
      </p>
    );
  }
  return (
    <p>
      <strong>Source:</strong>{' '}
      {isWebLink(insight.sourceUrl) ? (
        <a href={insight.sourceUrl} target="_blank" rel="noreferrer">
          {label}
        </a>
      ) : (
        label
      )}{' '}
      ({kind})
    </p>
  );
}
