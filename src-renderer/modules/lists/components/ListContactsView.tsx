import { Button, Center, Loader } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { ContactListView } from '../../contact-list/components/ContactListView';
import { useContactsWith } from '../../contact-list/hooks/useContactsWith';
import { AddContactsToListModal } from './AddContactsToListModal';

// /lists/:listId: the list's contacts; add more here, remove them with the table's bulk actions.
export function ListContactsView() {
  const { listId = '' } = useParams();
  const { db } = useDatabase();
  const list = useLiveQuery(async () => (await db.lists.get(listId)) ?? null, [db, listId]);
  const members = useContactsWith('listIds', listId);
  const [adding, setAdding] = useState(false);
  if (list === null || list?.deleted) return <Navigate to="/lists" replace />;
  if (!list || !members) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading the list’s contacts" />
      </Center>
    );
  }
  return (
    <>
      <ContactListView
        title={`List: ${list.name}`}
        restrictTo={members}
        emptyState={{ title: 'This list is empty', body: 'Add contacts with the button above, or select them in the contacts table and choose Add to list.' }}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
            Add contacts
          </Button>
        }
      />
      <AddContactsToListModal list={list} members={members} opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
