import { ActionIcon, Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconFilter, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useSegmentMembers } from '../hooks/useSegmentMembers';
import { SegmentMemberCount } from './SegmentMemberCount';

type SegmentRowProps = { segment: StoredRecord<'segments'> };

function SegmentRow({ segment }: SegmentRowProps) {
  const members = useSegmentMembers(segment.definition);
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/segments/${segment.id}`} fw={600}>
          {segment.name}
        </Anchor>
        {segment.description && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {segment.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SegmentMemberCount members={members} />
      </Table.Td>
      <Table.Td align="right">
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={`Edit ${segment.name}`} onClick={() => navigate(`/segments/${segment.id}/edit`)}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Delete ${segment.name}`} onClick={() => void deleteWithUndo('segments', [segment.id], `Deleted segment ${segment.name}`)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

// Saved segments with their live member counts.
export function SegmentsView() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const segments = useLiveQuery(async () => (await db.segments.orderBy('name').toArray()).filter((segment) => !segment.deleted), [db]);
  const newSegment = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/segments/new')}>
      New segment
    </Button>
  );
  return (
    <ScrollablePage>
      <PageHeader title="Segments" subtitle="Live groups of contacts, defined by conditions on their data, events and deals." actions={newSegment} />
      {segments && segments.length === 0 && (
        <EmptyState icon={IconFilter} title="No segments yet">
          Build a segment from conditions on contact fields, tags, lists, companies, events and deals; contacts join and leave it by themselves.
        </EmptyState>
      )}
      {segments && segments.length > 0 && (
        <Table aria-label="Segments" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Segment</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {segments.map((segment) => (
              <SegmentRow key={segment.id} segment={segment} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ScrollablePage>
  );
}
