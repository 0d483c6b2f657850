import { useDraggable } from '@dnd-kit/core';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import type { TicketStatus } from '../utils/ticketStatus';
import { categoryName, type TicketNames } from '../utils/ticketNames';
import { TicketBadges } from './TicketBadges';
import { TicketMoveMenu } from './TicketMoveMenu';

type TicketCardContentProps = { ticket: StoredRecord<'tickets'>; names: TicketNames; now: Date; linked?: boolean };

// Cards have a fixed height so each column can be a virtual list: a board of thousands of
// tickets renders only the cards in view (300 Mantine cards at once took over a second).
export const boardCardHeight = 112;

export type TicketBoardCardProps = Omit<TicketCardContentProps, 'linked'> & { onMove: (status: TicketStatus) => void };

// What a card shows; the copy that follows the pointer while dragging has no link in it.
export function TicketCardContent({ ticket, names, now, linked = false }: TicketCardContentProps) {
  const contact = ticket.contactId ? names.contacts.get(ticket.contactId) : undefined;
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      {linked ? (
        // draggable={false}: the browser's own link dragging would cancel the card's pointer drag.
        <Anchor component={Link} to={`/tickets/${ticket.id}`} size="sm" fw={600} lineClamp={2} draggable={false}>
          {ticket.subject}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} lineClamp={2}>
          {ticket.subject}
        </Text>
      )}
      <Text size="xs" c="dimmed" truncate>
        {[contact ?? 'No contact', categoryName(ticket.category, names)].filter(Boolean).join(' · ')}
      </Text>
      <Group gap={4}>
        <TicketBadges ticket={ticket} now={now} showStatus={false} />
      </Group>
    </Stack>
  );
}

export function TicketBoardCard({ ticket, names, now, onMove }: TicketBoardCardProps) {
  // Only the pointer drags (the Move menu is the keyboard's way), so dnd-kit's button role is
  // left off: a card holds a link and a menu button, which a button may not contain.
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: ticket.id });
  return (
    <Paper
      ref={setNodeRef}
      {...listeners}
      component="article"
      aria-label={ticket.subject}
      withBorder
      p="xs"
      shadow="xs"
      h={boardCardHeight}
      mr={4}
      style={{ cursor: 'grab', opacity: isDragging ? 0.4 : 1, touchAction: 'none', overflow: 'hidden' }}
    >
      <Group align="flex-start" wrap="nowrap" gap={4}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <TicketCardContent ticket={ticket} names={names} now={now} linked />
        </div>
        <TicketMoveMenu subject={ticket.subject} status={ticket.status} onMove={onMove} />
      </Group>
    </Paper>
  );
}
