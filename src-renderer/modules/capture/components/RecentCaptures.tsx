import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { contactDisplayName } from '@shared/domain/contact';
import type { StoredRecord } from '../../../db/rowTypes';

export type RecentCapturesProps = { contacts: StoredRecord<'contacts'>[]; onReopen: (contact: StoredRecord<'contacts'>) => void };

// The last few captures on this device, to reopen one and fix a typo.
export function RecentCaptures({ contacts, onReopen }: RecentCapturesProps) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Recent captures">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Recent captures
        </Title>
        {contacts.length === 0 && (
          <Text size="sm" c="dimmed">
            Contacts you save appear here.
          </Text>
        )}
        {contacts.map((contact) => {
          const name = contactDisplayName(contact);
          return (
            <Group key={contact.id} justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={500} truncate>
                  {name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {contact.email ?? contact.phone ?? ''}
                </Text>
              </div>
              <Button size="compact-sm" variant="default" aria-label={`Fix ${name}`} onClick={() => onReopen(contact)}>
                Fix
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
