import { Badge, Button, Group } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { useDatabase } from '../../../db/DatabaseProvider';
import { DetailPage } from '../../../ui/DetailPage';
import { FieldList } from '../../../ui/FieldList';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { useContactContext } from '../hooks/useContactContext';
import { homeCountry } from '../utils/homeCountry';

// The contact's stored details; the full profile (timeline, tabs, inline editing) builds on it.
export function ContactDetailView() {
  const { contactId = '' } = useParams();
  const { db } = useDatabase();
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo();
  const contact = useLiveQuery(async () => (await db.contacts.get(contactId)) ?? null, [db, contactId]);
  const context = useContactContext(contact ?? null);
  const name = contact ? contactDisplayName(contact) : '';

  return (
    <DetailPage
      record={contact}
      backTo="/contacts"
      backLabel="All contacts"
      title={name}
      subtitle={contact?.deleted ? 'In the trash' : contact?.identified ? 'Identified contact' : 'Anonymous visitor'}
      actions={
        contact && !contact.deleted ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={async () => {
              if (await deleteWithUndo('contacts', [contact.id], `Deleted ${name}`)) navigate('/contacts');
            }}
          >
            Delete contact
          </Button>
        ) : undefined
      }
    >
      {contact && (
        <>
          <FieldList
            fields={[
              { label: 'Email', value: contact.email },
              { label: 'Phone', value: contact.phone && formatPhoneForDisplay(contact.phone, homeCountry) },
              { label: 'Status', value: contact.status },
              { label: 'Owner', value: context.ownerName },
              { label: 'Companies', value: context.companyNames.join(', ') },
              { label: 'City', value: contact.city },
              { label: 'Country', value: contact.country },
              { label: 'Source', value: contact.source },
              { label: 'External id', value: contact.externalId },
              { label: 'Visitor id', value: contact.visitorId },
              { label: 'Created', value: formatDateTime(contact.createdAt) },
              { label: 'Updated', value: formatDateTime(contact.updatedAt) },
            ]}
          />
          {context.tags.length > 0 && (
            <Group gap="xs" aria-label="Tags">
              {context.tags.map((tag) => (
                <Badge key={tag.id} color={tag.color} variant="light">
                  {tag.name}
                </Badge>
              ))}
            </Group>
          )}
        </>
      )}
    </DetailPage>
  );
}
