import { Link } from 'wouter';
import { Keys } from '../../app/commands/Keys';
import { SaveStatus } from '../../ui/autosave';
import type { BriefingEditorState } from './useBriefingEditor';

interface Props {
  editor: Pick<
    BriefingEditorState,
    'draft' | 'status' | 'archivedAt' | 'archiving' | 'toggleArchived' | 'exportMarkdown' | 'print'
  >;
  onUseForProspect: () => void;
}

/** The briefing's title, what it is for, the save indicator and the document actions. */
export function BriefingHeader({ editor, onUseForProspect }: Props) {
  const { draft, archivedAt } = editor;
  return (
    <header className="page-header briefing-header">
      <div>
        <Link href="/briefings" className="back-link">
          ← Briefings
        </Link>
        <h1>{draft.title.trim() || 'Untitled briefing'}</h1>
        <div className="briefing-meta">
          <span className={`tag ${draft.prospect ? '' : 'tag-template'}`}>
            {draft.prospect ? `For ${draft.prospect.name}` : 'Template'}
          </span>
          <SaveStatus status={editor.status} />
          <span className="muted small">
            <Keys shortcut="mod+s" /> saves now
          </span>
        </div>
      </div>
      <div className="briefing-actions">
        {!draft.prospect ? (
          <button type="button" className="button" onClick={onUseForProspect}>
            Use for a prospect…
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void editor.exportMarkdown()}>
          Export Markdown
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="Control+P"
          onClick={editor.print}
        >
          Print / PDF <Keys shortcut="mod+p" />
        </button>
        <button
          type="button"
          className="button subtle"
          disabled={editor.archiving}
          onClick={() => editor.toggleArchived(archivedAt === null)}
        >
          {archivedAt === null ? 'Archive' : 'Restore'}
        </button>
      </div>
    </header>
  );
}
