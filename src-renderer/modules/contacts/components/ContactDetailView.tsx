import { Box } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { DetailPage } from '../../../ui/DetailPage';
import { ContactProfile } from './profile/ContactProfile';

// The route /contacts/:contactId. The profile is keyed by contact so its tabs, filters and
// pages start over when the route moves to another contact.
export function ContactDetailView() {
  const { contactId = '' } = useParams();
  const { db } = useDatabase();
  const contact = useLiveQuery(async () => (await db.contacts.get(contactId)) ?? null, [db, contactId]);
  return (
    // The page scrolls inside the app shell, between its header and status bar; the padding keeps
    // focus rings at its edges from being clipped.
    <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto' }} p={4} m={-4}>
      {contact ? (
        <ContactProfile key={contact.id} contact={contact} />
      ) : (
        <DetailPage record={contact} backTo="/contacts" backLabel="All contacts" title="">
          {null}
        </DetailPage>
      )}
    </Box>
  );
}
