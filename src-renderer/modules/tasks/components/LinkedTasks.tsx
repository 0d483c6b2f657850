import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useNow } from '../hooks/useNow';
import { useLinkedTasks, type TaskLinkField } from '../hooks/useLinkedTasks';
import { useMemberNames } from '../hooks/useMemberNames';
import { useTaskActions } from '../hooks/useTaskActions';
import { useTaskLinkNames } from '../hooks/useTaskLinkNames';
import { useTaskFormStore } from '../states/taskFormStore';
import { TaskRow } from './TaskRow';

export type LinkedTasksProps = {
  field: TaskLinkField;
  id: string;
  // Names the list for screen readers.
  label: string;
  // What will be listed here, said when there is nothing yet.
  empty: ReactNode;
};

// The tasks of a contact, company or deal on its profile, with the same row, checkbox, overdue
// mark and actions as the Tasks section, and an Add task already linked to the record.
export function LinkedTasks({ field, id, label, empty }: LinkedTasksProps) {
  const tasks = useLinkedTasks(field, id);
  const now = useNow();
  const links = useTaskLinkNames(tasks ?? []);
  const members = useMemberNames();
  const { openNew, openEdit } = useTaskFormStore(useShallow(({ openNew, openEdit }) => ({ openNew, openEdit })));
  const { toggleDone, deleteTask } = useTaskActions();

  if (tasks === undefined) {
    return (
      <Center h={80}>
        <Loader aria-label="Loading tasks" />
      </Center>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => openNew({ [field]: id })}>
          Add task
        </Button>
      </Group>
      {tasks.length === 0 ? (
        empty
      ) : (
        <Stack component="ul" aria-label={label} gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {tasks.map((task) => (
            <li key={task.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <TaskRow
                task={task}
                now={now}
                links={links}
                assigneeName={task.assigneeId ? members.get(task.assigneeId) : undefined}
                onToggleDone={(done) => void toggleDone(task, done)}
                onEdit={() => openEdit(task.id)}
                onDelete={() => void deleteTask(task)}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
