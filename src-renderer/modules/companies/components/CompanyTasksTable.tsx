import { Badge, Table } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { RelatedRecordsTable } from '../../contacts/components/profile/RelatedRecordsTable';
import type { CompanyRecords } from '../utils/readCompanyActivity';

export type CompanyTasksTableProps = { records: CompanyRecords | undefined };

// Open tasks first by due time, then done ones.
export function CompanyTasksTable({ records }: CompanyTasksTableProps) {
  const tasks = records?.tasks.slice().sort((a, b) => Number(Boolean(a.completedAt)) - Number(Boolean(b.completedAt)) || (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
  return (
    <RelatedRecordsTable
      label="Company tasks"
      rows={tasks}
      columns={['Task', 'Type', 'Due', 'Status', 'Assignee']}
      empty={
        <EmptyState icon={IconChecklist} title="No tasks yet">
          Calls, follow-ups, meetings and to-dos linked to this company will be listed here.
        </EmptyState>
      }
      renderRow={(task) => (
        <Table.Tr key={task.id}>
          <Table.Td>{task.title}</Table.Td>
          <Table.Td>{task.type}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{task.dueAt ? formatDateTime(task.dueAt) : '—'}</Table.Td>
          <Table.Td>{task.completedAt ? <Badge variant="light" color="green">Done</Badge> : <Badge variant="light">Open</Badge>}</Table.Td>
          <Table.Td>{(task.assigneeId && records?.members.get(task.assigneeId)) || '—'}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
