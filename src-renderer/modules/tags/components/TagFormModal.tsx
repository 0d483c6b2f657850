import { Button, ColorSwatch, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showFormError } from '../../feedback/utils/showFormError';
import { tagColors } from '../utils/tagColors';

export type TagFormModalProps = { opened: boolean; tag?: StoredRecord<'tags'>; onClose: () => void };

type TagFormProps = { tag?: StoredRecord<'tags'>; onClose: () => void };

function TagForm({ tag, onClose }: TagFormProps) {
  const { mutations } = useDatabase();
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState<string>(tag?.color ?? 'blue');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const values = { name, color };
        (tag ? mutations.update('tags', tag.id, values) : mutations.create('tags', values)).then(onClose, (error: unknown) => showFormError(error, setErrors));
      }}
    >
      <Stack gap="sm">
        <TextInput label="Name" data-autofocus value={name} error={errors.name} onChange={(event) => setName(event.currentTarget.value)} withAsterisk />
        <Select
          label="Colour"
          data={tagColors.map((value) => ({ value, label: value }))}
          value={color}
          onChange={(next) => setColor(next ?? 'gray')}
          allowDeselect={false}
          leftSection={<ColorSwatch color={`var(--mantine-color-${color}-6)`} size={14} aria-hidden />}
          renderOption={({ option }) => (
            <Group gap="xs">
              <ColorSwatch color={`var(--mantine-color-${option.value}-6)`} size={14} aria-hidden />
              {option.label}
            </Group>
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">{tag ? 'Save tag' : 'Create tag'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

// Renaming keeps every contact's tag: contacts link to the tag's id, not its name.
export function TagFormModal({ opened, tag, onClose }: TagFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={tag ? `Edit tag ${tag.name}` : 'New tag'}>
      {opened && <TagForm key={tag?.id ?? 'new'} tag={tag} onClose={onClose} />}
    </Modal>
  );
}
