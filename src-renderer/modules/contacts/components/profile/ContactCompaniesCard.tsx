import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import type { StoredRecord } from '../../../../db/rowTypes';
import { SectionCard } from '../../../../ui/SectionCard';
import { formatDate } from '../../../../ui/utils/formatDate';
import { AddToCompanyForm } from '../../../companies/components/AddToCompanyForm';
import { EditMembershipModal } from '../../../companies/components/EditMembershipModal';
import { useContactMemberships, type ContactMembership } from '../../../companies/hooks/useContactMemberships';
import { useDeleteWithUndo } from '../../../feedback/hooks/useDeleteWithUndo';

export type ContactCompaniesCardProps = { contact: StoredRecord<'contacts'> };

// The companies this person works at, with role, since-date and primary flag: added, edited
// and removed here.
export function ContactCompaniesCard({ contact }: ContactCompaniesCardProps) {
  const memberships = useContactMemberships(contact.id) ?? [];
  const deleteWithUndo = useDeleteWithUndo();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ContactMembership | null>(null);
  const name = contactDisplayName(contact);
  const readOnly = contact.deleted === 1;

  return (
    <SectionCard title="Companies">
      {memberships.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to a company. Add the companies this person works at, with their role.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {memberships.map(({ membership, company }) => (
            <li key={membership.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/companies/${company.id}`} size="sm" fw={500} truncate="end">
                    {company.name}
                  </Anchor>
                  {membership.primary && (
                    <Badge size="xs" variant="light">
                      primary
                    </Badge>
                  )}
                </Group>
                {!readOnly && (
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" size="sm" aria-label={`Edit role at ${company.name}`} onClick={() => setEditing({ membership, company })}>
                      <IconPencil size={14} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" size="sm" color="red" aria-label={`Remove from ${company.name}`} onClick={() => void deleteWithUndo('memberships', [membership.id], `Removed ${name} from ${company.name}`)}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              {(membership.role || membership.since) && (
                <Text size="xs" c="dimmed">
                  {[membership.role, membership.since ? `since ${formatDate(membership.since)}` : ''].filter(Boolean).join(' · ')}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      {!readOnly &&
        (adding ? (
          <AddToCompanyForm contact={contact} contactName={name} onDone={() => setAdding(false)} />
        ) : (
          <Button variant="light" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} w="fit-content">
            Add to company
          </Button>
        ))}
      <EditMembershipModal editing={editing && { membership: editing.membership, title: `${name} at ${editing.company.name}` }} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
