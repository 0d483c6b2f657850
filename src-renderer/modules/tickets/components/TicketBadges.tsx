import { Badge } from '@mantine/core';
import type { StoredRecord } from '../../../db/rowTypes';
import { isTicketOverdue } from '../utils/isTicketOverdue';
import { ticketPriorityColors, ticketPriorityLabels, ticketStatusColors, ticketStatusLabels } from '../utils/ticketStatus';

export type TicketBadgesProps = { ticket: StoredRecord<'tickets'>; now: Date; showStatus?: boolean };

// Status, priority and, for tickets past their due time, an Overdue mark.
export function TicketBadges({ ticket, now, showStatus = true }: TicketBadgesProps) {
  return (
    <>
      {isTicketOverdue(ticket, now) && (
        <Badge color="red" variant="filled">
          Overdue
        </Badge>
      )}
      <Badge variant="light" color={ticketPriorityColors[ticket.priority]}>
        {ticketPriorityLabels[ticket.priority]}
      </Badge>
      {showStatus && (
        <Badge variant="outline" color={ticketStatusColors[ticket.status]}>
          {ticketStatusLabels[ticket.status]}
        </Badge>
      )}
    </>
  );
}
