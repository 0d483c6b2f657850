import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilterOff, IconLifebuoy, IconPlus } from '@tabler/icons-react';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../../ui/EmptyState';
import { ExportTicketsButton } from '../../export/components/ExportTicketsButton';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { useTicketInbox } from '../hooks/useTicketInbox';
import { useTicketNames } from '../hooks/useTicketNames';
import { useTicketViewStore, type TicketLayout } from '../states/ticketViewStore';
import { NewTicketModal } from './NewTicketModal';
import { TicketBoard } from './TicketBoard';
import { TicketFilterBar } from './TicketFilterBar';
import { TicketInbox } from './TicketInbox';

const layoutOptions = [
  { value: 'inbox', label: 'Inbox' },
  { value: 'board', label: 'Board' },
];

// The Tickets section: the inbox list or the board by status, over the same filters.
export function TicketsView() {
  const { layout, filter, sort, setLayout, clearFilter } = useTicketViewStore(
    useShallow(({ layout, filter, sort, setLayout, clearFilter }) => ({ layout, filter, sort, setLayout, clearFilter })),
  );
  const inbox = useTicketInbox(filter, sort);
  const tickets = inbox?.tickets ?? [];
  const names = useTicketNames(tickets);
  const [creating, { open: startCreating, close: stopCreating }] = useDisclosure(false);
  const now = new Date();

  const subtitle = inbox === undefined ? 'Loading…' : tickets.length === inbox.total ? formatCount(inbox.total, 'ticket') : `${formatCount(tickets.length, 'ticket')} of ${inbox.total}`;
  const newTicket = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={startCreating}>
      New ticket
    </Button>
  );

  let body;
  if (inbox?.total === 0) {
    body = (
      <EmptyState icon={IconLifebuoy} title="No tickets yet" action={newTicket}>
        Support requests from your contacts, with their message threads and internal notes, are handled here. Open the first one with New ticket.
      </EmptyState>
    );
  } else if (inbox && tickets.length === 0 && layout === 'inbox') {
    body = (
      <EmptyState
        icon={IconFilterOff}
        title="No ticket matches these filters"
        action={
          <Button variant="light" onClick={clearFilter}>
            Clear filters
          </Button>
        }
      >
        Change or clear the filters above to see more tickets.
      </EmptyState>
    );
  } else if (layout === 'board') {
    body = <TicketBoard tickets={tickets} names={names} now={now} />;
  } else {
    body = <TicketInbox tickets={tickets} names={names} now={now} />;
  }

  return (
    <Stack gap={0} h="100%">
      <PageHeader
        title="Tickets"
        subtitle={subtitle}
        actions={
          <Group gap="sm" wrap="nowrap">
            {tickets.length > 0 && <ExportTicketsButton tickets={tickets} names={names} />}
            <SegmentedControl aria-label="Ticket layout" data={layoutOptions} value={layout} onChange={(value) => setLayout(value as TicketLayout)} />
            {newTicket}
          </Group>
        }
      />
      {inbox?.total !== 0 && <TicketFilterBar />}
      {body}
      <NewTicketModal opened={creating} onClose={stopCreating} />
    </Stack>
  );
}
