import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Briefing, BriefingItem, BriefingProspect } from '../../../../shared/domain/briefing';
import { BRIEFING_LIMITS } from '../../../../shared/domain/briefing';
import { Keys } from '../../app/commands/Keys';
import { useCommands } from '../../app/commands/useCommands';
import { TextAreaField, TextField, fieldErrors } from '../../ui/Field';
import { BriefingDocument } from './BriefingDocument';
import { BriefingItems } from './BriefingItems';
import { downloadText } from '../../lib/download';
import { INSIGHT_SEARCH_ID, InsightAdder } from './InsightAdder';
import { FromTemplateDialog } from './NewBriefingDialogs';
import { ProspectPicker } from './ProspectPicker';
import { QuestionsEditor } from './QuestionsEditor';
import {
  exportBriefingMarkdown,
  useArchiveBriefing,
  useBriefing,
  useSaveBriefing,
  type BriefingPatch,
} from './queries';
import { describeSaveState, useAutosave } from './useAutosave';
import './briefings.css';

/** What the editor holds: the briefing as typed, including a length that may not be valid yet. */
interface Draft {
  title: string;
  prospect: BriefingProspect | null;
  items: BriefingItem[];
  questions: string[];
  lengthText: string;
  notes: string;
}

const toDraft = (briefing: Briefing): Draft => ({
  title: briefing.title,
  prospect: briefing.prospect,
  items: briefing.items,
  questions: briefing.questions,
  lengthText: briefing.lengthMinutes === null ? '' : String(briefing.lengthMinutes),
  notes: briefing.notes,
});

const parseLength = (text: string): number | null => (text.trim() === '' ? null : Number(text));

const toPatch = (draft: Draft): BriefingPatch => ({
  title: draft.title,
  prospectId: draft.prospect?.id ?? null,
  items: draft.items.map(({ insightId, talkingPoints }) => ({ insightId, talkingPoints })),
  questions: draft.questions,
  lengthMinutes: parseLength(draft.lengthText),
  notes: draft.notes,
});

/** `/briefings/:id`: the editor, loaded on demand (see App.tsx). */
export default function BriefingEditorScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const briefing = useBriefing(valid ? id : null);
  if (!valid || briefing.isError) {
    return (
      <section className="card empty" aria-labelledby="briefing-missing">
        <h1 id="briefing-missing">Briefing not found</h1>
        <p>{briefing.error?.message ?? `“${params.id}” is not a briefing.`}</p>
        <Link href="/briefings" className="button">
          Back to briefings
        </Link>
      </section>
    );
  }
  if (!briefing.data) return <p className="muted">Loading briefing…</p>;
  return <BriefingEditor key={id} initial={briefing.data} />;
}

function BriefingEditor({ initial }: { initial: Briefing }) {
  const [, navigate] = useLocation();
  const [initialDraft] = useState(() => toDraft(initial));
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [copying, setCopying] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const save = useSaveBriefing(initial.id);
  const autosave = useAutosave((state: Draft) => save(toPatch(state)));
  const archive = useArchiveBriefing();
  const archivedAt = archive.data?.archivedAt ?? initial.archivedAt;
  const { queue, flush } = autosave;

  useEffect(() => {
    // Opening the editor is not an edit: only changes after that are saved.
    if (draft !== initialDraft) queue(draft);
  }, [draft, initialDraft, queue]);

  const change = (fields: Partial<Draft>) => setDraft((current) => ({ ...current, ...fields }));
  const saveState = autosave.state;
  const errors = saveState.status === 'error' ? fieldErrors(saveState.fields) : {};
  const itemErrors = useMemo(() => {
    const byIndex: Record<number, string> = {};
    if (saveState.status !== 'error') return byIndex;
    for (const field of saveState.fields) {
      const match = /^(?:patch\.)?items\.(\d+)\./u.exec(field.path);
      if (match) byIndex[Number(match[1])] ??= field.message;
    }
    return byIndex;
  }, [saveState]);
  const chosenIds = useMemo(
    () => new Set(draft.items.map((item) => item.insightId)),
    [draft.items],
  );
  const lengthMinutes = parseLength(draft.lengthText);

  const print = () => void flush().then(() => window.print());
  const insightSearch = () => document.getElementById(INSIGHT_SEARCH_ID)?.focus();
  useCommands([
    {
      id: 'briefing.save',
      title: 'Save the briefing now',
      section: 'Briefing',
      shortcut: 'mod+s',
      run: () => void flush(),
    },
    {
      id: 'briefing.add-insight',
      title: 'Search insights to add',
      section: 'Briefing',
      shortcut: '/',
      run: insightSearch,
    },
    {
      id: 'briefing.export',
      title: 'Export the briefing as Markdown',
      section: 'Briefing',
      run: () => void exportMarkdown(),
    },
    {
      id: 'briefing.print',
      title: 'Print the briefing or save it as PDF',
      section: 'Briefing',
      shortcut: 'mod+p',
      run: print,
    },
  ]);

  async function exportMarkdown() {
    setExportError(null);
    if (!(await flush())) {
      setExportError('Fix what is not saved first: the export is made from the saved briefing.');
      return;
    }
    try {
      const { filename, markdown } = await exportBriefingMarkdown(initial.id);
      downloadText(filename, markdown);
    } catch (error) {
      setExportError((error as Error).message);
    }
  }

  return (
    <div className="briefing-screen briefings">
      <header className="page-header briefing-header">
        <div>
          <Link href="/briefings" className="back-link">
            ← Briefings
          </Link>
          <h1>{draft.title.trim() || 'Untitled briefing'}</h1>
          <p>
            <span className={`tag ${draft.prospect ? '' : 'tag-template'}`}>
              {draft.prospect ? `For ${draft.prospect.name}` : 'Template'}
            </span>{' '}
            <span
              role="status"
              className={`save-state save-${saveState.status}`}
              aria-live="polite"
            >
              {describeSaveState(saveState)}
            </span>{' '}
            <span className="muted small">
              <Keys shortcut="mod+s" /> saves now
            </span>
          </p>
        </div>
        <div className="briefing-actions">
          {!draft.prospect ? (
            <button
              type="button"
              className="button"
              onClick={() => void flush().then(() => setCopying(true))}
            >
              Use for a prospect…
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => void exportMarkdown()}>
            Export Markdown
          </button>
          <button type="button" className="button" aria-keyshortcuts="Control+P" onClick={print}>
            Print / PDF <Keys shortcut="mod+p" />
          </button>
          <button
            type="button"
            className="button subtle"
            disabled={archive.isPending}
            onClick={() => archive.mutate({ id: initial.id, archived: archivedAt === null })}
          >
            {archivedAt === null ? 'Archive' : 'Restore'}
          </button>
        </div>
      </header>
      {archivedAt !== null ? (
        <div className="banner warn" role="note">
          This briefing is archived: it no longer shows in the list. Restore it to bring it back.
        </div>
      ) : null}
      {exportError ? (
        <div className="banner error" role="alert">
          {exportError}
        </div>
      ) : null}
      {saveState.status === 'error' && Object.keys(errors).length === 0 ? (
        <div className="banner error" role="alert">
          {saveState.message}
        </div>
      ) : null}

      <div className="briefing-layout">
        <div className="briefing-editor">
          <section className="card briefing-card" aria-labelledby="briefing-basics">
            <h2 id="briefing-basics">The meeting</h2>
            <TextField
              label="Title"
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
              error={errors.title}
              placeholder="What the prospect will learn, e.g. Where freight spend leaks"
            />
            <ProspectPicker
              value={draft.prospect}
              onChange={(prospect) => change({ prospect })}
              allowTemplate
              error={errors.prospectId}
            />
            <TextField
              label="Proposed length (minutes)"
              type="number"
              inputMode="numeric"
              min={BRIEFING_LIMITS.minMinutes}
              max={BRIEFING_LIMITS.maxMinutes}
              step={5}
              className="length-field"
              value={draft.lengthText}
              onChange={(event) => change({ lengthText: event.target.value })}
              error={errors.lengthMinutes}
              hint={`${BRIEFING_LIMITS.minMinutes}–${BRIEFING_LIMITS.maxMinutes} minutes. Executives say yes more easily to 20–30.`}
            />
          </section>

          <section className="card briefing-card" aria-labelledby="briefing-insights">
            <h2 id="briefing-insights">Insights, in the order you will present them</h2>
            <BriefingItems
              items={draft.items}
              onChange={(items) => change({ items })}
              errors={itemErrors}
            />
            <InsightAdder
              chosenIds={chosenIds}
              disabled={draft.items.length >= BRIEFING_LIMITS.items}
              onAdd={(insight) =>
                // From the latest state: an add can land after an await, and twice-pressed Enter
                // must not add the same insight twice.
                setDraft((current) =>
                  current.items.some((item) => item.insightId === insight.id)
                    ? current
                    : {
                        ...current,
                        items: [
                          ...current.items,
                          { insightId: insight.id, talkingPoints: '', insight },
                        ],
                      },
                )
              }
            />
          </section>

          <section className="card briefing-card" aria-label="Questions">
            <QuestionsEditor
              questions={draft.questions}
              onChange={(questions) => change({ questions })}
            />
          </section>

          <section className="card briefing-card" aria-label="Notes">
            <TextAreaField
              label="Private notes (never exported)"
              value={draft.notes}
              onChange={(event) => change({ notes: event.target.value })}
              error={errors.notes}
              placeholder="What you know about them, what to avoid, who else should be in the room."
            />
          </section>
        </div>

        <aside className="briefing-preview" aria-label="Preview">
          <p className="preview-label muted small">Preview: what they will read</p>
          <BriefingDocument
            title={draft.title.trim()}
            prospect={draft.prospect}
            lengthMinutes={
              lengthMinutes !== null && Number.isInteger(lengthMinutes) ? lengthMinutes : null
            }
            items={draft.items}
            questions={draft.questions}
          />
        </aside>
      </div>
      {copying ? (
        <FromTemplateDialog
          templateId={initial.id}
          onClose={() => setCopying(false)}
          onCreated={(id) => {
            setCopying(false);
            navigate(`/briefings/${id}`);
          }}
        />
      ) : null}
    </div>
  );
}
