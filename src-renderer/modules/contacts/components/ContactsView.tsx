import { Group } from '@mantine/core';
import { ContactListView } from '../../contact-list/components/ContactListView';
import { DuplicatesLink } from '../../duplicates/components/DuplicatesLink';
import { NewContactButton } from './form/NewContactButton';

export function ContactsView() {
  return (
    <ContactListView
      actions={
        <Group gap="sm">
          <DuplicatesLink />
          <NewContactButton />
        </Group>
      }
    />
  );
}
