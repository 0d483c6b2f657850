import { Paper, Tabs, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { ContactDealsTable } from './ContactDealsTable';
import { ContactEventsTab } from './ContactEventsTab';
import { ContactNotesTable } from './ContactNotesTable';
import { ContactTasksTab } from './ContactTasksTab';
import { ContactTicketsTable } from './ContactTicketsTable';
import { ContactTimelineTab } from './ContactTimelineTab';

export type ContactActivityProps = { contactId: string; readOnly: boolean };

// Section 2 of the profile. Inactive tabs are unmounted, so only the open one reads its data.
export function ContactActivity({ contactId, readOnly }: ContactActivityProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <VisuallyHidden>
        <h2 id={headingId}>Activity</h2>
      </VisuallyHidden>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="events">Events</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="tasks">Tasks</Tabs.Tab>
          <Tabs.Tab value="deals">Deals</Tabs.Tab>
          <Tabs.Tab value="tickets">Tickets</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <ContactTimelineTab contactId={contactId} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <ContactEventsTab contactId={contactId} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <ContactNotesTable contactId={contactId} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <ContactTasksTab contactId={contactId} />
        </Tabs.Panel>
        <Tabs.Panel value="deals" pt="md">
          <ContactDealsTable contactId={contactId} />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <ContactTicketsTable contactId={contactId} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
