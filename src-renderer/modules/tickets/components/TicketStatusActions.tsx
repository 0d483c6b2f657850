import { Button } from '@mantine/core';
import { IconCircleCheck, IconRotate } from '@tabler/icons-react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useTicketActions } from '../hooks/useTicketActions';
import { canReopen, canResolve } from '../utils/ticketStatus';

export type TicketStatusActionsProps = { ticket: StoredRecord<'tickets'> };

// The two everyday moves; any other status is one pick away in the Status field.
export function TicketStatusActions({ ticket }: TicketStatusActionsProps) {
  const { changeStatus } = useTicketActions();
  if (canResolve(ticket.status)) {
    return (
      <Button leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => void changeStatus(ticket.id, 'resolved')}>
        Resolve
      </Button>
    );
  }
  if (canReopen(ticket.status)) {
    return (
      <Button variant="light" leftSection={<IconRotate size={16} aria-hidden />} onClick={() => void changeStatus(ticket.id, 'open')}>
        Reopen
      </Button>
    );
  }
  return null;
}
