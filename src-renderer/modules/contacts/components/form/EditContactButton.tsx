import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import type { StoredRecord } from '../../../../db/rowTypes';
import { ContactFormModal } from './ContactFormModal';

export type EditContactButtonProps = { contact: StoredRecord<'contacts'> };

// Opens the whole contact in the form, for changing many fields at once.
export function EditContactButton({ contact }: EditContactButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={open}>
        Edit all fields
      </Button>
      <ContactFormModal
        opened={opened}
        onClose={close}
        contact={contact}
        onSaved={() => {
          close();
          notifications.show({ message: 'Contact saved', autoClose: 2500 });
        }}
      />
    </>
  );
}
