import { Badge, Group, Paper, Text } from '@mantine/core';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { ticketStatusLabels } from '../utils/ticketStatus';
import { MarkdownBody } from './MarkdownBody';

export type TicketMessageItemProps = { message: StoredRecord<'ticketMessages'> };

type Message = StoredRecord<'ticketMessages'>;

// Who wrote it; agents without a profile show as "An agent".
function authorOf(message: Message): string {
  return message.authorName || (message.kind === 'contact' ? 'The contact' : 'An agent');
}

const kindStyles = {
  contact: { heading: 'Message from', bg: undefined, border: undefined },
  reply: { heading: 'Reply by', bg: 'var(--mantine-color-blue-light)', border: undefined },
  note: { heading: 'Internal note by', bg: 'var(--mantine-color-yellow-light)', border: '1px dashed var(--mantine-color-yellow-outline)' },
} as const;

function MessageBody({ message }: TicketMessageItemProps) {
  if (message.format === 'markdown') return <MarkdownBody source={message.body} />;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {message.body}
    </Text>
  );
}

// One thread entry. Contact messages, agent replies and internal notes look different (notes
// are never sent to the contact); status changes are a single line of history.
export function TicketMessageItem({ message }: TicketMessageItemProps) {
  // Dimmed text is too faint on the tinted reply and note backgrounds, in the dark theme above all.
  const time = (
    <Text component="time" dateTime={message.at} size="xs" c={message.kind === 'reply' || message.kind === 'note' ? undefined : 'dimmed'}>
      {formatDateTime(message.at)}
    </Text>
  );
  if (message.kind === 'status') {
    const from = message.statusFrom ? ticketStatusLabels[message.statusFrom] : 'none';
    const to = message.statusTo ? ticketStatusLabels[message.statusTo] : 'none';
    return (
      <Group component="li" gap="xs" px="sm" aria-label={`Status changed from ${from} to ${to}`}>
        <Text size="xs" c="dimmed">
          {authorOf(message)} changed the status from <strong>{from}</strong> to <strong>{to}</strong>
        </Text>
        {time}
      </Group>
    );
  }
  const style = kindStyles[message.kind];
  const heading = `${style.heading} ${authorOf(message)}`;
  return (
    <Paper component="li" withBorder p="sm" bg={style.bg} style={style.border ? { border: style.border } : undefined} aria-label={heading}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {message.kind === 'note' && (
            <Badge size="sm" color="yellow" variant="filled" autoContrast>
              Internal
            </Badge>
          )}
          <Text size="sm" fw={600}>
            {heading}
          </Text>
        </Group>
        {time}
      </Group>
      <MessageBody message={message} />
    </Paper>
  );
}
