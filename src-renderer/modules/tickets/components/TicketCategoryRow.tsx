import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showFormError } from '../../feedback/utils/showFormError';

export type TicketCategoryRowProps = { category: StoredRecord<'ticketCategories'>; onDelete: () => void };

// One category, renamed in place: tickets refer to it by id, so the new name shows on all of them.
export function TicketCategoryRow({ category, onDelete }: TicketCategoryRowProps) {
  const { mutations } = useDatabase();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

  const save = async () => {
    if (draft === null) return;
    try {
      await mutations.update('ticketCategories', category.id, { name: draft });
      setDraft(null);
      setError(undefined);
    } catch (failure) {
      showFormError(failure, (errors) => setError(errors.name));
    }
  };

  if (draft !== null) {
    return (
      <Group component="li" align="flex-start" gap="xs">
        <TextInput
          aria-label={`New name for ${category.name}`}
          value={draft}
          error={error}
          autoFocus
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        <Button variant="light" onClick={() => void save()}>
          Save
        </Button>
        <Button variant="subtle" onClick={() => setDraft(null)}>
          Cancel
        </Button>
      </Group>
    );
  }
  return (
    <Group component="li" justify="space-between" wrap="nowrap">
      <Text size="sm">{category.name}</Text>
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="subtle" aria-label={`Rename ${category.name}`} onClick={() => setDraft(category.name)}>
          <IconPencil size={16} />
        </ActionIcon>
        <ActionIcon variant="subtle" color="red" aria-label={`Delete ${category.name}`} onClick={onDelete}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
