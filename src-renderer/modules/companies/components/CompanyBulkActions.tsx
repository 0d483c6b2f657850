import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { runWithProgressNotification } from '../../contact-list/utils/runWithProgressNotification';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanySelectionStore } from '../states/companySelectionStore';
import { runBulkCompanyAction, type BulkCompanyAction } from '../utils/bulkCompanyActions';
import { CompanyBulkActionModal, type BulkCompanyActionKind } from './CompanyBulkActionModal';

export type CompanyBulkActionsProps = { ids: string[]; columns: CompanyColumns; owners: ReadonlyMap<string, string> };

const actions: Array<{ kind: BulkCompanyActionKind; label: string }> = [
  { kind: 'setAttribute', label: 'Set attribute…' },
  { kind: 'assignOwner', label: 'Assign owner…' },
  { kind: 'delete', label: 'Delete…' },
];

// The selection's count, "select all matching", and the actions that apply to it.
export function CompanyBulkActions({ ids, columns, owners }: CompanyBulkActionsProps) {
  const { mutations } = useDatabase();
  const { selected, selectAll, clear } = useCompanySelectionStore();
  const [modal, setModal] = useState<BulkCompanyActionKind | null>(null);
  const selection = selected.size === 0 ? [] : ids.filter((id) => selected.has(id));

  const run = (action: BulkCompanyAction, label: string) => {
    const target = [...selection];
    void runWithProgressNotification(label, (onProgress) => runBulkCompanyAction(mutations, action, target, label, onProgress))
      .then((entry) => {
        if (action.kind === 'delete') clear();
        showUndoNotification(entry, mutations);
      })
      .catch(showWriteError);
  };

  return (
    <Group gap="sm" role="toolbar" aria-label="Selection">
      <Text size="sm" fw={500}>
        {selection.length > 0 ? `${selection.length.toLocaleString()} selected` : 'None selected'}
      </Text>
      {selection.length < ids.length && (
        <Button variant="subtle" size="compact-sm" onClick={() => selectAll(ids)}>
          Select all {ids.length.toLocaleString()} matching
        </Button>
      )}
      {selection.length > 0 && (
        <>
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            Clear selection
          </Button>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="compact-sm" rightSection={<IconChevronDown size={14} />}>
                Bulk actions
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {actions.map((action) => (
                <Menu.Item key={action.kind} color={action.kind === 'delete' ? 'red' : undefined} onClick={() => setModal(action.kind)}>
                  {action.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </>
      )}
      <CompanyBulkActionModal kind={modal} count={selection.length} columns={columns} owners={owners} onClose={() => setModal(null)} onRun={run} />
    </Group>
  );
}
