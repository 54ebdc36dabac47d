import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { BRIEFING_LIMITS, type Briefing } from '../../../../shared/domain/briefing';
import { useCommands } from '../../app/commands/useCommands';
import { TextAreaField, TextField } from '../../ui/Field';
import { parseLength } from './briefing-draft';
import { BriefingConflict } from './BriefingConflict';
import { BriefingDocument } from './BriefingDocument';
import { BriefingMeetings } from '../meetings/BriefingMeetings';
import { BriefingHeader } from './BriefingHeader';
import { BriefingItems } from './BriefingItems';
import { INSIGHT_SEARCH_ID, InsightAdder } from './InsightAdder';
import { FromTemplateDialog } from './NewBriefingDialogs';
import { ProspectPicker } from './ProspectPicker';
import { QuestionsEditor } from './QuestionsEditor';
import { useBriefing, useBriefingSaving } from './queries';
import { useBriefingEditor, type BriefingEditorState } from './useBriefingEditor';
import './briefings.css';

/** `/briefings/:id`: the editor, loaded on demand (see App.tsx). */
export default function BriefingEditorScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const briefing = useBriefing(valid ? id : null);
  // Opened once the stored briefing is here and no save of it is on its way (see useBriefingSaving).
  const saving = useBriefingSaving(id);
  const [openedId, setOpenedId] = useState<number | null>(null);
  if (openedId !== id && briefing.data && !saving) setOpenedId(id);
  // A failed refetch (host down) keeps the briefing already loaded on screen.
  if (!valid || (briefing.isError && !briefing.data)) {
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
  if (openedId !== id || !briefing.data) return <p className="muted">Loading briefing…</p>;
  return <BriefingEditor key={id} initial={briefing.data} />;
}

function useBriefingCommands(editor: BriefingEditorState) {
  useCommands([
    {
      id: 'briefing.save',
      title: 'Save the briefing now',
      section: 'Briefing',
      shortcut: 'mod+s',
      run: () => void editor.saveNow(),
    },
    {
      id: 'briefing.add-insight',
      title: 'Search insights to add',
      section: 'Briefing',
      shortcut: '/',
      run: () => document.getElementById(INSIGHT_SEARCH_ID)?.focus(),
    },
    {
      id: 'briefing.export',
      title: 'Export the briefing as Markdown',
      section: 'Briefing',
      run: () => void editor.exportMarkdown(),
    },
    {
      id: 'briefing.print',
      title: 'Print the briefing or save it as PDF',
      section: 'Briefing',
      shortcut: 'mod+p',
      run: editor.print,
    },
  ]);
}

function BriefingEditor({ initial }: { initial: Briefing }) {
  const [, navigate] = useLocation();
  const editor = useBriefingEditor(initial);
  const [copying, setCopying] = useState(false);
  useBriefingCommands(editor);
  const { draft, change, errors, status } = editor;
  const chosenIds = useMemo(
    () => new Set(draft.items.map((item) => item.insightId)),
    [draft.items],
  );
  const lengthMinutes = parseLength(draft.lengthText);
  const fieldError = (name: string) => errors.byField[name];

  return (
    <div className="briefing-screen briefings">
      <BriefingHeader
        editor={editor}
        onUseForProspect={() => void editor.saveNow().then(() => setCopying(true))}
      />
      {editor.archivedAt !== null ? (
        <div className="banner warn" role="note">
          This briefing is archived: it no longer shows in the list. Restore it to bring it back.
        </div>
      ) : null}
      {editor.exportError ? (
        <div className="banner error" role="alert">
          {editor.exportError}
        </div>
      ) : null}
      {status.kind === 'refused' && Object.keys(errors.byField).length === 0 ? (
        <div className="banner error" role="alert">
          {status.message}
        </div>
      ) : null}
      {editor.conflict ? (
        <BriefingConflict
          mine={editor.conflict.mine}
          theirs={editor.conflict.theirs}
          onKeepMine={editor.keepMine}
          onKeepTheirs={editor.keepTheirs}
          onSaveMerged={editor.saveMerged}
        />
      ) : null}

      <BriefingMeetings briefingId={initial.id} />
      <div className="briefing-layout">
        <div className="briefing-editor">
          <section className="card briefing-card" aria-labelledby="briefing-basics">
            <h2 id="briefing-basics">The meeting</h2>
            <TextField
              label="Title"
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
              error={fieldError('title')}
              placeholder="What the prospect will learn, e.g. Where freight spend leaks"
            />
            <ProspectPicker
              value={draft.prospect}
              onChange={(prospect) => change({ prospect })}
              allowTemplate
              error={fieldError('prospectId')}
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
              error={fieldError('lengthMinutes')}
              hint={`${BRIEFING_LIMITS.minMinutes}–${BRIEFING_LIMITS.maxMinutes} minutes. Executives say yes more easily to 20–30.`}
            />
          </section>

          <section className="card briefing-card" aria-labelledby="briefing-insights">
            <h2 id="briefing-insights">Insights, in the order you will present them</h2>
            <BriefingItems
              items={draft.items}
              onChange={(items) => change({ items })}
              errors={errors.byItem}
            />
            <InsightAdder
              chosenIds={chosenIds}
              disabled={draft.items.length >= BRIEFING_LIMITS.items}
              onAdd={editor.addInsight}
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
              error={fieldError('notes')}
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
