import { IconChecklist } from '@tabler/icons-react';
import { EmptyState } from '../../../../ui/EmptyState';
import { LinkedTasks } from '../../../tasks/components/LinkedTasks';

export type ContactTasksTabProps = { contactId: string };

// The profile's Tasks tab: the contact's tasks, completed, edited and added in place.
export function ContactTasksTab({ contactId }: ContactTasksTabProps) {
  return (
    <LinkedTasks
      field="contactId"
      id={contactId}
      label="Tasks"
      empty={
        <EmptyState icon={IconChecklist} title="No tasks yet">
          Calls, follow-ups, meetings and to-dos planned for this contact will be listed here. Plan one with Add task.
        </EmptyState>
      }
    />
  );
}
