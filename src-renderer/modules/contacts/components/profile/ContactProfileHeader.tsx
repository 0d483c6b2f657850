import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconNotes, IconPencil, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import type { StoredRecord } from '../../../../db/rowTypes';
import { useDeleteWithUndo } from '../../../feedback/hooks/useDeleteWithUndo';
import { LogActivityModal } from '../../../timeline/components/LogActivityModal';
import { homeCountry } from '../../utils/homeCountry';
import { ContactChannelButtons } from './ContactChannelButtons';

export type ContactProfileHeaderProps = { contact: StoredRecord<'contacts'>; onEdit: () => void };

// Section 1 of the profile: who this is, and what can be done with them.
export function ContactProfileHeader({ contact, onEdit }: ContactProfileHeaderProps) {
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo();
  const [logOpened, logModal] = useDisclosure();
  const name = contactDisplayName(contact);
  const reachable = [contact.email, contact.phone && formatPhoneForDisplay(contact.phone, homeCountry)].filter(Boolean).join(' · ');
  const inTrash = contact.deleted === 1;

  return (
    <Paper component="section" aria-label="Actions" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          <Group gap="xs">
            {contact.identified ? (
              <Badge variant="light" color="green">
                Identified
              </Badge>
            ) : (
              <Badge variant="outline" color="gray">
                Anonymous
              </Badge>
            )}
            <Badge variant="light">{contact.status}</Badge>
            {inTrash && (
              <Badge variant="light" color="red">
                In the trash
              </Badge>
            )}
            {reachable && (
              <Text size="sm" c="dimmed">
                {reachable}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <ContactChannelButtons contact={contact} />
          {!inTrash && (
            <>
              <Button variant="light" leftSection={<IconNotes size={16} aria-hidden />} onClick={logModal.open}>
                Log activity
              </Button>
              <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
                Edit
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={async () => {
                  if (await deleteWithUndo('contacts', [contact.id], `Deleted ${name}`)) navigate('/contacts');
                }}
              >
                Delete contact
              </Button>
            </>
          )}
        </Group>
      </Group>
      <LogActivityModal subject={{ contactId: contact.id }} opened={logOpened} onClose={logModal.close} />
    </Paper>
  );
}
