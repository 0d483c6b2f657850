import type { StoredRecord } from '../../../db/rowTypes';
import { RecordRow } from '../../../ui/RecordRow';
import { VirtualList } from '../../../ui/VirtualList';
import { TicketBadges } from './TicketBadges';
import { ticketSummary, type TicketNames } from '../utils/ticketNames';

export type TicketInboxProps = { tickets: StoredRecord<'tickets'>[]; names: TicketNames; now: Date };

// The inbox: one virtualized row per ticket, each a link to the ticket view.
export function TicketInbox({ tickets, names, now }: TicketInboxProps) {
  return (
    <VirtualList
      label="Ticket inbox"
      itemCount={tickets.length}
      itemHeight={64}
      renderItem={(index) => {
        const ticket = tickets[index];
        if (!ticket) return null;
        return <RecordRow to={`/tickets/${ticket.id}`} title={ticket.subject} subtitle={ticketSummary(ticket, names)} aside={<TicketBadges ticket={ticket} now={now} />} />;
      }}
    />
  );
}
