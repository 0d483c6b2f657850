import { Paper, Tabs } from '@mantine/core';
import { CompanyDealsCard } from '../../deals/components/CompanyDealsCard';
import { CompanyTicketsCard } from '../../tickets/components/CompanyTicketsCard';
import { useCompanyRecords } from '../hooks/useCompanyRecords';
import { CompanyNotesTable } from './CompanyNotesTable';
import { CompanyTasksTab } from './CompanyTasksTab';
import { CompanyTimelineTab } from './CompanyTimelineTab';

export type CompanyActivityProps = { companyId: string; readOnly: boolean };

// Timeline, deals, tasks, notes and tickets of the company; inactive tabs are unmounted.
export function CompanyActivity({ companyId, readOnly }: CompanyActivityProps) {
  const records = useCompanyRecords(companyId);
  return (
    <Paper component="section" aria-label="Activity" withBorder p="md">
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="deals">Deals</Tabs.Tab>
          <Tabs.Tab value="tasks">Tasks</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="tickets">Tickets</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <CompanyTimelineTab companyId={companyId} records={records} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="deals" pt="md">
          <CompanyDealsCard companyId={companyId} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <CompanyTasksTab companyId={companyId} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <CompanyNotesTable records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <CompanyTicketsCard companyId={companyId} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
