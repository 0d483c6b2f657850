import { Badge, Table } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EmptyState } from '../../../../ui/EmptyState';
import { formatDateTime } from '../../../../ui/utils/formatDate';
import { useContactRecords } from '../../hooks/useContactRecords';
import { RelatedRecordsTable } from './RelatedRecordsTable';

export type ContactTasksTableProps = { contactId: string };

export function ContactTasksTable({ contactId }: ContactTasksTableProps) {
  const records = useContactRecords('tasks', contactId);
  // Latest due date first; tasks without one sit at the time they were planned.
  const tasks = useMemo(() => records?.rows.slice().sort((a, b) => (b.dueAt ?? b.createdAt).localeCompare(a.dueAt ?? a.createdAt)), [records]);
  return (
    <RelatedRecordsTable
      label="Tasks"
      rows={tasks}
      columns={['Task', 'Type', 'Due', 'Status', 'Assignee']}
      empty={
        <EmptyState icon={IconChecklist} title="No tasks yet">
          Calls, follow-ups, meetings and to-dos planned for this contact will be listed here.
        </EmptyState>
      }
      renderRow={(task) => (
        <Table.Tr key={task.id}>
          <Table.Td>{task.title}</Table.Td>
          <Table.Td>{task.type}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(task.dueAt) || '—'}</Table.Td>
          <Table.Td>
            {task.completedAt ? (
              <Badge color="green" variant="light">
                done
              </Badge>
            ) : (
              <Badge color="gray" variant="outline">
                open
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{(task.assigneeId && records?.members.get(task.assigneeId)) || '—'}</Table.Td>
        </Table.Tr>
      )}
    />
  );
}
