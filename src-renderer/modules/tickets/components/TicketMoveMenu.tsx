import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
import { ticketStatuses } from '@shared/domain/ticket';
import { useState } from 'react';
import { ticketStatusLabels, type TicketStatus } from '../utils/ticketStatus';

export type TicketMoveMenuProps = { subject: string; status: TicketStatus; onMove: (status: TicketStatus) => void };

// The keyboard's way to move a card. The Mantine Menu mounts only once asked for: a board of
// cards each with its own menu took half a second longer to appear.
export function TicketMoveMenu({ subject, status, onMove }: TicketMoveMenuProps) {
  const [asked, setAsked] = useState(false);
  const button = (
    <ActionIcon variant="subtle" size="sm" aria-label={`Move ${subject}`} aria-haspopup="menu" onClick={asked ? undefined : () => setAsked(true)}>
      <IconArrowsMove size={14} aria-hidden />
    </ActionIcon>
  );
  if (!asked) return button;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to</Menu.Label>
        {ticketStatuses
          .filter((other) => other !== status)
          .map((other) => (
            <Menu.Item key={other} onClick={() => onMove(other)}>
              {ticketStatusLabels[other]}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
