import { ActionIcon, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { ContactPicker } from '../../tickets/components/ContactPicker';
import type { ContactOption } from '../../tickets/hooks/useContactOptions';
import { useDealContacts } from '../hooks/useDealContacts';
import { unlinkDealContact } from '../utils/dealWrites';

export type DealContactsCardProps = { deal: StoredRecord<'deals'> };

// The people on the deal: link rows, so two devices adding different contacts keep both.
export function DealContactsCard({ deal }: DealContactsCardProps) {
  const { mutations } = useDatabase();
  const contacts = useDealContacts(deal.contactIds);
  const [picked, setPicked] = useState<ContactOption | null>(null);
  const add = async () => {
    if (!picked) return;
    try {
      await mutations.create('dealContacts', { dealId: deal.id, contactId: picked.value });
      setPicked(null);
    } catch (error) {
      showWriteError(error);
    }
  };
  const remove = (contact: { id: string; name: string }) =>
    unlinkDealContact(mutations, deal.id, contact.id, contact.name)
      .then((entry) => showUndoNotification(entry, mutations))
      .catch(showWriteError);
  return (
    <SectionCard title="Contacts" description="The people this deal is with.">
      {contacts && contacts.length > 0 ? (
        <Stack component="ul" gap={4} p={0} m={0} aria-label="Linked contacts" style={{ listStyle: 'none' }}>
          {contacts.map((contact) => (
            <Group component="li" key={contact.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
                {contact.name}
                {contact.email && ` (${contact.email})`}
              </Anchor>
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${contact.name} from the deal`} onClick={() => void remove(contact)}>
                <IconX size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No contacts on this deal yet. Find one below by name or email to link them.
        </Text>
      )}
      <Group align="flex-end">
        <ContactPicker value={picked} onChange={setPicked} />
        <Button variant="light" disabled={!picked} onClick={() => void add()}>
          Add contact
        </Button>
      </Group>
    </SectionCard>
  );
}
