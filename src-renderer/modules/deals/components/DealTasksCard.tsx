import { Text } from '@mantine/core';
import { SectionCard } from '../../../ui/SectionCard';
import { LinkedTasks } from '../../tasks/components/LinkedTasks';

export type DealTasksCardProps = { dealId: string };

// The deal's tasks with the Tasks section's rows, and Add task already linked to the deal.
export function DealTasksCard({ dealId }: DealTasksCardProps) {
  return (
    <SectionCard title="Tasks">
      <LinkedTasks
        field="dealId"
        id={dealId}
        label="Deal tasks"
        empty={
          <Text size="sm" c="dimmed">
            No tasks for this deal yet. Plan the next call, meeting or follow-up with Add task.
          </Text>
        }
      />
    </SectionCard>
  );
}
