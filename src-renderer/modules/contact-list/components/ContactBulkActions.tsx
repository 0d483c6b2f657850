import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactSelectionStore } from '../states/contactSelectionStore';
import { runBulkContactAction, type BulkContactAction } from '../utils/bulkContactActions';
import type { ContactSnapshot } from '../utils/contactSnapshot';
import { runWithProgressNotification } from '../utils/runWithProgressNotification';
import { BulkActionModal, type BulkActionKind } from './BulkActionModal';

export type ContactBulkActionsProps = { ids: string[]; snapshot: ContactSnapshot; columns: ContactColumns; names: ReferenceNames };

const actions: Array<{ kind: BulkActionKind; label: string }> = [
  { kind: 'setAttribute', label: 'Set attribute…' },
  { kind: 'addTags', label: 'Add tags…' },
  { kind: 'removeTags', label: 'Remove tags…' },
  { kind: 'addToList', label: 'Add to list…' },
  { kind: 'removeFromList', label: 'Remove from list…' },
  { kind: 'assignOwner', label: 'Assign owner…' },
  { kind: 'addToCompany', label: 'Add to company…' },
  { kind: 'delete', label: 'Delete…' },
];

// The selection's count, "select all matching", and the actions that apply to it.
export function ContactBulkActions({ ids, snapshot, columns, names }: ContactBulkActionsProps) {
  const { mutations } = useDatabase();
  const { selected, selectAll, clear } = useContactSelectionStore();
  const [modal, setModal] = useState<BulkActionKind | null>(null);
  const selection = selected.size === 0 ? [] : ids.filter((id) => selected.has(id));

  const run = (action: BulkContactAction, label: string) => {
    const target = [...selection];
    void runWithProgressNotification(label, (onProgress) => runBulkContactAction(mutations, action, target, label, (id) => snapshot.get(id), onProgress))
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
      <BulkActionModal kind={modal} count={selection.length} columns={columns} names={names} onClose={() => setModal(null)} onRun={run} />
    </Group>
  );
}
