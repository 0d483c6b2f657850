import { useState } from 'react';
import { BulkActionBar, type BulkAction } from '../../../ui/BulkActionBar';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactSelectionStore } from '../states/contactSelectionStore';
import { runBulkContactAction, type BulkContactAction } from '../utils/bulkContactActions';
import type { ContactSnapshot } from '../utils/contactSnapshot';
import { runUndoableBulkAction } from '../utils/runUndoableBulkAction';
import { BulkActionModal, type BulkActionKind } from './BulkActionModal';

export type ContactBulkActionsProps = { ids: string[]; snapshot: ContactSnapshot; columns: ContactColumns; names: ReferenceNames };

const actions: Array<BulkAction<BulkActionKind>> = [
  { kind: 'setAttribute', label: 'Set attribute…' },
  { kind: 'addTags', label: 'Add tags…' },
  { kind: 'removeTags', label: 'Remove tags…' },
  { kind: 'addToList', label: 'Add to list…' },
  { kind: 'removeFromList', label: 'Remove from list…' },
  { kind: 'assignOwner', label: 'Assign owner…' },
  { kind: 'addToCompany', label: 'Add to company…' },
  { kind: 'delete', label: 'Delete…' },
];

// The contacts table's selection and the bulk actions that apply to it.
export function ContactBulkActions({ ids, snapshot, columns, names }: ContactBulkActionsProps) {
  const { mutations } = useDatabase();
  const { selected, selectAll, clear } = useContactSelectionStore();
  const [modal, setModal] = useState<BulkActionKind | null>(null);
  const selection = selected.size === 0 ? [] : ids.filter((id) => selected.has(id));

  const run = (action: BulkContactAction, label: string) => {
    const target = [...selection];
    runUndoableBulkAction(mutations, label, (onProgress) => runBulkContactAction(mutations, action, target, label, (id) => snapshot.get(id), onProgress), () => {
      if (action.kind === 'delete') clear();
    });
  };

  return (
    <BulkActionBar ids={ids} selectedCount={selection.length} actions={actions} onSelectAll={() => selectAll(ids)} onClear={clear} onAction={setModal}>
      <BulkActionModal kind={modal} count={selection.length} columns={columns} names={names} onClose={() => setModal(null)} onRun={run} />
    </BulkActionBar>
  );
}
