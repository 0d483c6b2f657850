import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
import { ticketStatuses } from '@shared/domain/ticket';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { ticketStatusLabels, type TicketStatus } from '../utils/ticketStatus';
import { categoryName, type TicketNames } from '../utils/ticketNames';
import { TicketBadges } from './TicketBadges';

type TicketCardContentProps = { ticket: StoredRecord<'tickets'>; names: TicketNames; now: Date; linked?: boolean };

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
    <Paper ref={setNodeRef} {...listeners} role="listitem" aria-label={ticket.subject} withBorder p="xs" shadow="xs" style={{ cursor: 'grab', opacity: isDragging ? 0.4 : 1, touchAction: 'none' }}>
      <Group align="flex-start" wrap="nowrap" gap={4}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <TicketCardContent ticket={ticket} names={names} now={now} linked />
        </div>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="sm" aria-label={`Move ${ticket.subject}`}>
              <IconArrowsMove size={14} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Move to</Menu.Label>
            {ticketStatuses
              .filter((status) => status !== ticket.status)
              .map((status) => (
                <Menu.Item key={status} onClick={() => onMove(status)}>
                  {ticketStatusLabels[status]}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
