import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { SectionCard } from '../../../ui/SectionCard';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { useContactNames } from '../hooks/useContactNames';
import { isTicketOverdue } from '../utils/isTicketOverdue';
import { ticketPriorityLabels, ticketStatusLabels } from '../utils/ticketStatus';

export type CompanyTicketsCardProps = { companyId: string };

// The company's tickets, newest first, on its page.
export function CompanyTicketsCard({ companyId }: CompanyTicketsCardProps) {
  const { db } = useDatabase();
  const tickets = useLiveQuery(
    async () => (await db.tickets.where('companyId').equals(companyId).toArray()).filter((ticket) => !ticket.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [db, companyId],
  );
  const contacts = useContactNames((tickets ?? []).map((ticket) => ticket.contactId));
  const now = new Date();
  return (
    <SectionCard title="Tickets" description="Support requests from this company's contacts.">
      {tickets && tickets.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Company tickets" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Subject</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Priority</Table.Th>
                <Table.Th>Contact</Table.Th>
                <Table.Th>Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tickets.map((ticket) => (
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
                  <Table.Td>{(ticket.contactId && contacts.get(ticket.contactId)) || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(ticket.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {tickets ? 'No tickets from this company yet. Tickets opened for its contacts show here.' : 'Loading tickets…'}
        </Text>
      )}
    </SectionCard>
  );
}
