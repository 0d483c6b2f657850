import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { SectionCard } from '../../../ui/SectionCard';
import { usePurgeFromTrash } from '../hooks/usePurgeFromTrash';
import { readTrash, type TrashItem } from '../utils/readTrash';
import { PurgeConfirmModal } from './PurgeConfirmModal';

export function TrashSettings() {
  const { db, mutations } = useDatabase();
  const items = useLiveQuery(() => readTrash(db), [db]);
  const { purge, purging } = usePurgeFromTrash();
  const [confirming, setConfirming] = useState<TrashItem | null>(null);

  const restore = async (item: TrashItem) => {
    try {
      await mutations.restore(item.table, [item.id]);
      notifications.show({ message: `Restored ${item.name}`, autoClose: 3000 });
    } catch (error) {
      showWriteError(error);
    }
  };

  return (
    <SectionCard title="Trash" description="Deleted contacts, companies, deals and team members stay here until you restore them or delete them forever.">
      {items && items.length > 0 ? (
        <Table aria-label="Deleted records" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Deleted</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.table}:${item.id}`}>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{item.kind}</Table.Td>
                <Table.Td>{formatDateTime(item.deletedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="compact-sm" variant="light" aria-label={`Restore ${item.name}`} onClick={() => restore(item)}>
                      Restore
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" aria-label={`Delete ${item.name} forever`} onClick={() => setConfirming(item)}>
                      Delete forever
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          The trash is empty.
        </Text>
      )}
      <PurgeConfirmModal
        item={confirming}
        purging={purging}
        onCancel={() => setConfirming(null)}
        onConfirm={async (item) => {
          if (await purge(item)) setConfirming(null);
        }}
      />
    </SectionCard>
  );
}
