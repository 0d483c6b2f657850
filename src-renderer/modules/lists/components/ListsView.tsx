import { ActionIcon, Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconList, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { formatCount } from '../../../ui/utils/formatCount';
import { useContactCountsBy } from '../../contact-list/hooks/useContactCountsBy';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useLiveLists } from '../hooks/useLiveLists';
import { ListFormModal } from './ListFormModal';

type Editing = { list?: StoredRecord<'lists'> } | null;

// Hand-picked groups of contacts (a webinar's attendees, a call list), with their sizes.
export function ListsView() {
  const lists = useLiveLists();
  const counts = useContactCountsBy('listIds');
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>(null);
  const newList = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
      New list
    </Button>
  );
  return (
    <ScrollablePage>
      <PageHeader title="Lists" subtitle="Contacts you put together by hand; a list’s page lists its contacts." actions={newList} />
      {lists && lists.length === 0 && (
        <EmptyState icon={IconList} title="No lists yet">
          Create a list here, then add contacts from its page or from a selection in the contacts table.
        </EmptyState>
      )}
      {lists && lists.length > 0 && (
        <Table aria-label="Lists" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>List</Table.Th>
              <Table.Th>Contacts</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lists.map((list) => (
              <Table.Tr key={list.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/lists/${list.id}`} fw={600}>
                    {list.name}
                  </Anchor>
                  {list.description && (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {list.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{counts ? formatCount(counts.get(list.id) ?? 0, 'contact') : '…'}</Table.Td>
                <Table.Td align="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={`Edit ${list.name}`} onClick={() => setEditing({ list })}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete ${list.name}`} onClick={() => void deleteWithUndo('lists', [list.id], `Deleted list ${list.name}`)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ListFormModal opened={editing !== null} list={editing?.list} onClose={() => setEditing(null)} />
    </ScrollablePage>
  );
}
