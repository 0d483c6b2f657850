import { Divider, Grid, Group, Paper } from '@mantine/core';
import { useParams } from 'react-router';
import { DetailPage } from '../../../ui/DetailPage';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { useContactNames } from '../hooks/useContactNames';
import { useTicketThread } from '../hooks/useTicketThread';
import { TicketBadges } from './TicketBadges';
import { TicketComposer } from './TicketComposer';
import { TicketPropertiesPanel } from './TicketPropertiesPanel';
import { TicketStatusActions } from './TicketStatusActions';
import { TicketThread } from './TicketThread';

// A ticket: its thread with a composer for replies and notes, and its fields beside it.
export function TicketDetailView() {
  const { ticketId = '' } = useParams();
  const thread = useTicketThread(ticketId);
  const ticket = thread?.ticket;
  const contactNames = useContactNames(ticket ? [ticket.contactId] : []);
  const contactName = ticket?.contactId ? contactNames.get(ticket.contactId) : undefined;
  return (
    <ScrollablePage label="Ticket">
      <DetailPage
        record={thread === undefined ? undefined : (ticket ?? null)}
        backTo="/tickets"
        backLabel="All tickets"
        title={ticket?.subject ?? ''}
        subtitle={contactName ? `From ${contactName}` : undefined}
        actions={ticket && <TicketStatusActions ticket={ticket} />}
      >
        {thread && (
          <Group gap="xs">
            <TicketBadges ticket={thread.ticket} now={new Date()} />
          </Group>
        )}
        {thread && (
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <TicketThread messages={thread.messages} />
              <Divider my="md" />
              <TicketComposer ticketId={thread.ticket.id} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="md">
                <TicketPropertiesPanel ticket={thread.ticket} contactName={contactName} />
              </Paper>
            </Grid.Col>
          </Grid>
        )}
      </DetailPage>
    </ScrollablePage>
  );
}
