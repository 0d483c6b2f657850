import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showFormError } from '../../feedback/utils/showFormError';

export type ListFormModalProps = { opened: boolean; list?: StoredRecord<'lists'>; onClose: () => void };

type ListFormProps = { list?: StoredRecord<'lists'>; onClose: () => void };

function ListForm({ list, onClose }: ListFormProps) {
  const { mutations } = useDatabase();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const values = { name, description };
        (list ? mutations.update('lists', list.id, values) : mutations.create('lists', values)).then(onClose, (error: unknown) => showFormError(error, setErrors));
      }}
    >
      <Stack gap="sm">
        <TextInput label="Name" data-autofocus value={name} error={errors.name} onChange={(event) => setName(event.currentTarget.value)} withAsterisk />
        <Textarea label="Description" autosize minRows={2} value={description} error={errors.description} onChange={(event) => setDescription(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">{list ? 'Save list' : 'Create list'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ListFormModal({ opened, list, onClose }: ListFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={list ? `Edit list ${list.name}` : 'New list'}>
      {opened && <ListForm key={list?.id ?? 'new'} list={list} onClose={onClose} />}
    </Modal>
  );
}
