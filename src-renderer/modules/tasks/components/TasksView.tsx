import { Badge } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useLiveRecordList } from '../../../db/queries/useLiveRecordList';
import { EmptyState } from '../../../ui/EmptyState';
import { RecordListPage } from '../../../ui/RecordListPage';
import { RecordRow, RecordRowPlaceholder } from '../../../ui/RecordRow';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatDateTime } from '../../../ui/utils/formatDate';

export function TasksView() {
  const { db } = useDatabase();
  const { ids, rowsById, onVisibleRangeChange } = useLiveRecordList(db.tasks, 'updatedAt', 'desc');
  return (
    <RecordListPage
      title="Tasks"
      countLabel={(count) => formatCount(count, 'task')}
      ids={ids}
      onVisibleRangeChange={onVisibleRangeChange}
      empty={
        <EmptyState icon={IconChecklist} title="No tasks yet">
          Calls, follow-ups, meetings and to-dos for your contacts and deals will be planned here.
        </EmptyState>
      }
      renderItem={(id) => {
        const task = rowsById.get(id);
        if (!task) return <RecordRowPlaceholder />;
        return (
          <RecordRow
            title={task.title}
            subtitle={task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : 'No due date'}
            aside={
              <>
                <Badge variant="outline" color="gray">{task.type}</Badge>
                {task.completedAt && <Badge color="green" variant="light">done</Badge>}
              </>
            }
          />
        );
      }}
    />
  );
}
