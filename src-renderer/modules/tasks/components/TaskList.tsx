import type { StoredRecord } from '../../../db/rowTypes';
import { VirtualList } from '../../../ui/VirtualList';
import { useTaskActions } from '../hooks/useTaskActions';
import { useTaskLinkNames } from '../hooks/useTaskLinkNames';
import { useMemberNames } from '../hooks/useMemberNames';
import { useTaskFormStore } from '../states/taskFormStore';
import { TaskRow } from './TaskRow';

export type TaskListProps = { label: string; tasks: StoredRecord<'tasks'>[]; now: Date };

// A virtualized list of task rows with their actions.
export function TaskList({ label, tasks, now }: TaskListProps) {
  const links = useTaskLinkNames(tasks);
  const members = useMemberNames();
  const openEdit = useTaskFormStore((state) => state.openEdit);
  const { toggleDone, deleteTask } = useTaskActions();
  return (
    <VirtualList
      label={label}
      itemCount={tasks.length}
      itemHeight={64}
      renderItem={(index) => {
        const task = tasks[index];
        if (!task) return null;
        return (
          <TaskRow
            task={task}
            now={now}
            links={links}
            assigneeName={task.assigneeId ? members.get(task.assigneeId) : undefined}
            onToggleDone={(done) => void toggleDone(task, done)}
            onEdit={() => openEdit(task.id)}
            onDelete={() => void deleteTask(task)}
          />
        );
      }}
    />
  );
}
