import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { contactDisplayName } from '@shared/domain/contact';
import type { RefObject } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import type { CaptureDuplicate, CaptureDuplicateReason } from '../utils/findCaptureDuplicates';

export type CaptureDuplicateAlertProps = {
  duplicates: CaptureDuplicate[];
  busy: boolean;
  // The first choice of the first warning, focused when a save is held back by it.
  firstChoiceRef: RefObject<HTMLButtonElement | null>;
  onUpdate: (contact: StoredRecord<'contacts'>) => void;
  onCreateAnyway: (contactId: string) => void;
};

const reasonText: Record<CaptureDuplicateReason, string> = {
  email: 'same email',
  emailStart: 'an email starting like this one',
  phone: 'same phone number',
  name: 'similar name',
  company: 'at the same company',
};

function describe(contact: StoredRecord<'contacts'>): string {
  return [contact.email, contact.phone].filter(Boolean).join(' · ');
}

// Shown while typing, before anything is created: the likely existing contact and the three
// ways on. Saving waits until one is chosen.
export function CaptureDuplicateAlert({ duplicates, busy, firstChoiceRef, onUpdate, onCreateAnyway }: CaptureDuplicateAlertProps) {
  if (duplicates.length === 0) return null;
  return (
    <Stack gap="xs">
      {duplicates.map(({ contact, reasons }, index) => {
        const name = contactDisplayName(contact);
        return (
          <Alert key={contact.id} color="yellow" icon={<IconUserSearch size={20} aria-hidden />} title={`Already here? ${name}`}>
            <Stack gap="xs">
              <Text size="sm">
                {reasons.map((reason) => reasonText[reason]).join(', ')}
                {describe(contact) && ` — ${describe(contact)}`}
              </Text>
              <Group gap="sm">
                <Button component={Link} to={`/contacts/${contact.id}`} variant="default" size="sm">
                  Open
                </Button>
                <Button ref={index === 0 ? firstChoiceRef : undefined} size="sm" variant="light" loading={busy} onClick={() => onUpdate(contact)}>
                  Update this one with what I typed
                </Button>
                <Button size="sm" variant="subtle" onClick={() => onCreateAnyway(contact.id)}>
                  Create anyway
                </Button>
              </Group>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
