import { Anchor, Badge, Table } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../../ui/EmptyState';
import { formatDateTime } from '../../../../ui/utils/formatDate';
import { isTicketOverdue } from '../../../tickets/utils/isTicketOverdue';
import { ticketPriorityLabels, ticketStatusLabels } from '../../../tickets/utils/ticketStatus';
import { useContactRecords } from '../../hooks/useContactRecords';
import { RelatedRecordsTable } from './RelatedRecordsTable';

export type ContactTicketsTableProps = { contactId: string };

export function ContactTicketsTable({ contactId }: ContactTicketsTableProps) {
  const records = useContactRecords('tickets', contactId);
  const tickets = useMemo(() => records?.rows.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [records]);
  const now = new Date();
  return (
    <RelatedRecordsTable
      label="Tickets"
      rows={tickets}
      columns={['Subject', 'Status', 'Priority', 'Assignee', 'Opened']}
      empty={
        <EmptyState icon={IconLifebuoy} title="No tickets yet">
          Support requests from this contact, with their status and who handles them, will be listed here.
        </EmptyState>
      }
      renderRow={(ticket) => (
        <Table.Tr key={ticket.id}>
          <Table.Td>
            <Anchor component={Link} to={`/tickets/${ticket.id}`} size="sm">
              {ticket.subject}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Badge variant="light">{ticketStatusLabels[ticket.status]}</Badge>
            {isTicketOverdue(ticket, now) && (
              <Badge color="red" variant="filled" ml={4}>
                Overdue
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{ticketPriorityLabels[ticket.priority]}</Table.Td>
          <Table.Td>{(ticket.assigneeId && records?.members.get(ticket.assigneeId)) || '—'}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(ticket.createdAt)}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
