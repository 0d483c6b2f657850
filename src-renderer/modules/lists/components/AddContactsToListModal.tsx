import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { contactDisplayName } from '@shared/domain/contact';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { useContactColumns } from '../../contact-list/hooks/useContactColumns';
import { useContactQuery } from '../../contact-list/hooks/useContactQuery';
import { showWriteError } from '../../feedback/utils/showWriteError';

export type AddContactsToListModalProps = { list: StoredRecord<'lists'>; members: ReadonlySet<string>; opened: boolean; onClose: () => void };

const shownResults = 12;
const noCompanyTokens = new Map<string, string[]>();

// Find contacts by name, email or phone and add the ticked ones to the list.
export function AddContactsToListModal({ list, members, opened, onClose }: AddContactsToListModalProps) {
  const { mutations } = useDatabase();
  const columns = useContactColumns();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const query = useMemo(() => ({ search, conditions: [], sort: { column: 'sortName', descending: false } }), [search]);
  const { snapshot, ids } = useContactQuery(query, columns, noCompanyTokens);
  const results = search.trim() ? ids.filter((id) => !members.has(id)).slice(0, shownResults) : [];
  const close = () => {
    setSearch('');
    setPicked([]);
    onClose();
  };
  const add = () =>
    mutations.createMany('contactLists', picked.map((contactId) => ({ contactId, listId: list.id }))).then(close, showWriteError);

  return (
    <Modal opened={opened} onClose={close} title={`Add contacts to ${list.name}`}>
      <Stack gap="sm">
        <TextInput label="Find contacts" placeholder="Name, email or phone" data-autofocus value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        {search.trim() && results.length === 0 && (
          <Text size="sm" c="dimmed">
            No contact outside this list matches.
          </Text>
        )}
        <Checkbox.Group label="Matching contacts" value={picked} onChange={setPicked}>
          <Stack gap={6} mt={results.length > 0 ? 'xs' : 0}>
            {results.map((id) => {
              const contact = snapshot.get(id);
              if (!contact) return null;
              const detail = contact.email ?? contact.phone ?? '';
              return <Checkbox key={id} value={id} label={detail ? `${contactDisplayName(contact)} (${detail})` : contactDisplayName(contact)} />;
            })}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={() => void add()} disabled={picked.length === 0}>
            {picked.length === 1 ? 'Add 1 contact' : `Add ${picked.length} contacts`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
