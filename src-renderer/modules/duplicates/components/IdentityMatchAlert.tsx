import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import { useIdentityMatch } from '../hooks/useIdentityMatch';
import type { IdentityMatch } from '../utils/findIdentityMatches';
import { useMergeContacts } from '../hooks/useMergeContacts';

export type IdentityMatchAlertProps = {
  // The contact being edited; null for one not saved yet, which can only be pointed to the match.
  contactId: string | null;
  email: string | null | undefined;
  phone: string | null | undefined;
};

function matchTitle({ contact, sameEmail, samePhone }: IdentityMatch): string {
  const what = sameEmail && samePhone ? 'This email and phone number belong' : sameEmail ? 'This email belongs' : 'This phone number belongs';
  return `${what} to ${contactDisplayName(contact)}`;
}

// An anonymous visitor who gives an email or phone number someone already has is most likely
// that person: offer to merge into them. The existing contact survives and keeps its values,
// taking the visitor's (visitor id, events, ...) where it has none.
export function IdentityMatchAlert({ contactId, email, phone }: IdentityMatchAlertProps) {
  const matches = useIdentityMatch(contactId, email, phone);
  const merge = useMergeContacts();
  const navigate = useNavigate();
  const [merging, setMerging] = useState(false);
  if (matches.length === 0) return null;

  const mergeInto = async (survivorId: string) => {
    if (!contactId) return;
    setMerging(true);
    if (await merge({ survivorId, contactIds: [contactId] })) navigate(`/contacts/${survivorId}`);
    else setMerging(false);
  };

  return (
    <Stack gap="xs">
      {matches.map((match) => {
        const name = contactDisplayName(match.contact);
        return (
          <Alert key={match.contact.id} color="yellow" icon={<IconUserSearch size={18} aria-hidden />} title={matchTitle(match)}>
            <Group gap="sm">
              <Anchor component={Link} to={`/contacts/${match.contact.id}`} size="sm">
                Open {name}
              </Anchor>
              {contactId && (
                <Button size="compact-sm" variant="light" loading={merging} onClick={() => mergeInto(match.contact.id)}>
                  Merge into {name}
                </Button>
              )}
            </Group>
          </Alert>
        );
      })}
    </Stack>
  );
}
