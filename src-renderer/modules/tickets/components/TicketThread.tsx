import { Stack, Text } from '@mantine/core';
import type { StoredRecord } from '../../../db/rowTypes';
import { TicketMessageItem } from './TicketMessageItem';

export type TicketThreadProps = { messages: StoredRecord<'ticketMessages'>[] };

export function TicketThread({ messages }: TicketThreadProps) {
  if (messages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No messages yet. Reply to the contact or leave an internal note for the team below.
      </Text>
    );
  }
  return (
    <Stack component="ol" aria-label="Ticket thread" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {messages.map((message) => (
        <TicketMessageItem key={message.id} message={message} />
      ))}
    </Stack>
  );
}
