import { Anchor, Grid, Stack } from '@mantine/core';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../../db/rowTypes';
import { IdentityMatchAlert } from '../../../duplicates/components/IdentityMatchAlert';
import { useFocusDetails } from '../../hooks/useFocusDetails';
import { ContactActivity } from './ContactActivity';
import { ContactProfileHeader } from './ContactProfileHeader';
import { ContactProfileSidebar } from './ContactProfileSidebar';

export type ContactProfileProps = { contact: StoredRecord<'contacts'> };

// The three sections of a contact's profile: actions on top, activity, and context beside it on
// wide screens (below it on narrow ones).
export function ContactProfile({ contact }: ContactProfileProps) {
  const { detailsRef, focusDetails } = useFocusDetails();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/contacts" size="sm">
        ← All contacts
      </Anchor>
      <ContactProfileHeader contact={contact} onEdit={focusDetails} />
      {/* An anonymous visitor given an email or phone someone already has is offered a merge. */}
      {!contact.deleted && <IdentityMatchAlert contactId={contact.id} email={contact.email} phone={contact.phone} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
          <ContactActivity contactId={contact.id} readOnly={contact.deleted === 1} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
          <ContactProfileSidebar contact={contact} detailsRef={detailsRef} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
