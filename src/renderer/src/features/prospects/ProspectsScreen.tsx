import { useRef } from 'react';
import { ListScreen } from '../../ui/ListScreen';
import { EmptyProspects } from './EmptyProspects';
import { ProspectDialog } from './ProspectDialog';
import { ProspectsToolbar } from './ProspectsToolbar';
import { ProspectTable } from './ProspectTable';
import { useProspectsList } from './useProspectsList';
import './prospects.css';

const prospectCount = (total: number) =>
  total === 0 ? 'No prospects' : `${total.toLocaleString()} prospect${total === 1 ? '' : 's'}`;

/** The people the rep calls: a virtualized list with search as you type and filters. */
export function ProspectsScreen() {
  const scroller = useRef<HTMLDivElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useProspectsList({ scroller, searchBox });

  return (
    <>
      <ListScreen
        title="Prospects"
        count={list.isSuccess && !list.showEmptyLibrary ? prospectCount(list.total) : null}
        description={
          <>
            The people you call. Press <kbd>n</kbd> for a new one, <kbd>/</kbd> to search,{' '}
            <kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd> to open.
          </>
        }
        actions={
          <button type="button" className="button primary" onClick={list.startNew}>
            New prospect <kbd>n</kbd>
          </button>
        }
        empty={list.showEmptyLibrary ? <EmptyProspects onAdd={list.startNew} /> : null}
        toolbar={<ProspectsToolbar list={list} searchBox={searchBox} />}
        error={list.error}
        // Not "No prospects" while the first page is on its way: that would flash an empty library.
        footer={
          <span role="status">{list.isSuccess ? prospectCount(list.total) : 'Loading…'}</span>
        }
      >
        <ProspectTable list={list} scroller={scroller} />
      </ListScreen>
      {list.editing ? (
        <ProspectDialog
          prospect={list.editing === 'new' ? undefined : list.editing}
          onClose={list.closeEditor}
        />
      ) : null}
    </>
  );
}
