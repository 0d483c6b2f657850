import { ActionIcon, Anchor, Badge, Button, Group, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowMerge, IconPencil, IconPlus, IconTag, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { formatCount } from '../../../ui/utils/formatCount';
import { useContactCountsBy } from '../../contact-list/hooks/useContactCountsBy';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useLiveTags } from '../hooks/useLiveTags';
import { MergeTagModal } from './MergeTagModal';
import { TagFormModal } from './TagFormModal';

type Editing = { tag?: StoredRecord<'tags'> } | null;

// Every tag with its colour and how many contacts carry it; rename, recolour, merge or delete.
export function TagsView() {
  const tags = useLiveTags();
  const counts = useContactCountsBy('tagIds');
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>(null);
  const [merging, setMerging] = useState<StoredRecord<'tags'> | null>(null);
  const newTag = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
      New tag
    </Button>
  );
  return (
    <ScrollablePage>
      <PageHeader title="Tags" subtitle="Labels for contacts and tickets; a tag’s page lists its contacts." actions={newTag} />
      {tags && tags.length === 0 && (
        <EmptyState icon={IconTag} title="No tags yet">
          Create a tag here, or tag contacts from their profile or from a selection in the contacts table.
        </EmptyState>
      )}
      {tags && tags.length > 0 && (
        <Table aria-label="Tags" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tag</Table.Th>
              <Table.Th>Contacts</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tags.map((tag) => (
              <Table.Tr key={tag.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tags/${tag.id}`} underline="never">
                    <Badge color={tag.color} variant="light" style={{ cursor: 'pointer' }}>
                      {tag.name}
                    </Badge>
                  </Anchor>
                </Table.Td>
                <Table.Td>{counts ? formatCount(counts.get(tag.id) ?? 0, 'contact') : '…'}</Table.Td>
                <Table.Td align="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="Rename or recolour">
                      <ActionIcon variant="subtle" aria-label={`Edit ${tag.name}`} onClick={() => setEditing({ tag })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Merge into another tag">
                      <ActionIcon variant="subtle" aria-label={`Merge ${tag.name}`} onClick={() => setMerging(tag)} disabled={tags.length < 2}>
                        <IconArrowMerge size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete ${tag.name}`} onClick={() => void deleteWithUndo('tags', [tag.id], `Deleted tag ${tag.name}`)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TagFormModal opened={editing !== null} tag={editing?.tag} onClose={() => setEditing(null)} />
      <MergeTagModal tag={merging} tags={tags ?? []} onClose={() => setMerging(null)} />
    </ScrollablePage>
  );
}
