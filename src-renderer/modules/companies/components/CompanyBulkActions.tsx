import { useState } from 'react';
import { BulkActionBar, type BulkAction } from '../../../ui/BulkActionBar';
import { useDatabase } from '../../../db/DatabaseProvider';
import { runUndoableBulkAction } from '../../contact-list/utils/runUndoableBulkAction';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanySelectionStore } from '../states/companySelectionStore';
import { runBulkCompanyAction, type BulkCompanyAction } from '../utils/bulkCompanyActions';
import { CompanyBulkActionModal, type BulkCompanyActionKind } from './CompanyBulkActionModal';

export type CompanyBulkActionsProps = { ids: string[]; columns: CompanyColumns; owners: ReadonlyMap<string, string> };

const actions: Array<BulkAction<BulkCompanyActionKind>> = [
  { kind: 'setAttribute', label: 'Set attribute…' },
  { kind: 'assignOwner', label: 'Assign owner…' },
  { kind: 'delete', label: 'Delete…' },
];

// The companies table's selection and the bulk actions that apply to it.
export function CompanyBulkActions({ ids, columns, owners }: CompanyBulkActionsProps) {
  const { mutations } = useDatabase();
  const { selected, selectAll, clear } = useCompanySelectionStore();
  const [modal, setModal] = useState<BulkCompanyActionKind | null>(null);
  const selection = selected.size === 0 ? [] : ids.filter((id) => selected.has(id));

  const run = (action: BulkCompanyAction, label: string) => {
    const target = [...selection];
    runUndoableBulkAction(mutations, label, (onProgress) => runBulkCompanyAction(mutations, action, target, label, onProgress), () => {
      if (action.kind === 'delete') clear();
    });
  };

  return (
    <BulkActionBar ids={ids} selectedCount={selection.length} actions={actions} onSelectAll={() => selectAll(ids)} onClear={clear} onAction={setModal}>
      <CompanyBulkActionModal kind={modal} count={selection.length} columns={columns} owners={owners} onClose={() => setModal(null)} onRun={run} />
    </BulkActionBar>
  );
}
