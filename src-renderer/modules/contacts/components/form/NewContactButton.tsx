import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ContactFormModal } from './ContactFormModal';

// Opens the new contact form; a created contact opens on its profile.
export function NewContactButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
        New contact
      </Button>
      <ContactFormModal
        opened={opened}
        onClose={close}
        onSaved={(contact) => {
          close();
          navigate(`/contacts/${contact.id}`);
        }}
      />
    </>
  );
}
