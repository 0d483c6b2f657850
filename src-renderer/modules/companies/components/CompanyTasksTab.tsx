import { IconChecklist } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { LinkedTasks } from '../../tasks/components/LinkedTasks';

export type CompanyTasksTabProps = { companyId: string };

// The company's Tasks tab: the rows of the Tasks section (overdue marked, complete, edit, delete),
// and Add task already linked to the company.
export function CompanyTasksTab({ companyId }: CompanyTasksTabProps) {
  return (
    <LinkedTasks
      field="companyId"
      id={companyId}
      label="Company tasks"
      empty={
        <EmptyState icon={IconChecklist} title="No tasks yet">
          Calls, follow-ups, meetings and to-dos linked to this company will be listed here. Plan one with Add task.
        </EmptyState>
      }
    />
  );
}
