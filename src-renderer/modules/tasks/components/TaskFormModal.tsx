import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import type { TaskFormTarget } from '../states/taskFormStore';
import { formValuesToTask, newTaskValues, taskToFormValues, type TaskFormValues } from '../utils/taskFormValues';
import { TaskForm } from './TaskForm';

export type TaskFormModalProps = { target: TaskFormTarget | null; onClose: () => void };

// Quick add (assigned to me by default) or editing one task.
export function TaskFormModal({ target, onClose }: TaskFormModalProps) {
  const { db, mutations } = useDatabase();
  const me = useCurrentMember();
  const editedId = target?.mode === 'edit' ? target.taskId : null;
  const task = useLiveQuery(async () => (editedId ? ((await db.tasks.get(editedId)) ?? null) : null), [db, editedId]);

  let form = null;
  if (target?.mode === 'create' && me !== undefined) {
    const create = async (values: TaskFormValues) => {
      const created = await mutations.create('tasks', formValuesToTask(values));
      onClose();
      notifications.show({ message: `Added task “${created.title}”`, autoClose: 3000 });
    };
    const hasLinks = Object.values(target.links).some(Boolean);
    form = <TaskForm initialValues={newTaskValues(target.links, me?.id ?? null)} submitLabel="Add task" showDetails={hasLinks} onSubmit={create} onCancel={onClose} />;
  } else if (target?.mode === 'edit' && task && !task.deleted) {
    const initial = taskToFormValues(task);
    const save = async (values: TaskFormValues) => {
      const fields = formValuesToTask(values);
      // The input holds minutes only: an untouched due time keeps its stored value exactly, so
      // saving other fields neither moves it nor re-arms its reminder.
      await mutations.update('tasks', task.id, { ...fields, dueAt: values.due === initial.due ? task.dueAt : fields.dueAt });
      onClose();
    };
    form = <TaskForm key={task.id} initialValues={initial} submitLabel="Save task" showDetails onSubmit={save} onCancel={onClose} />;
  }

  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.mode === 'edit' ? 'Edit task' : 'New task'} size="lg">
      {form}
    </Modal>
  );
}
