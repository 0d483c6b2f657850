import type { TaskFields } from '@shared/domain/task';
import { fromDateTimeLocal, toDateTimeLocal } from '../../timeline/utils/dateTimeLocal';
import type { TaskLinks } from '../states/taskFormStore';

// What the task form edits; the due time as the datetime-local input speaks it.
export type TaskFormValues = Pick<TaskFields, 'title' | 'type' | 'assigneeId' | 'contactId' | 'companyId' | 'dealId' | 'about'> & { due: string };

export function newTaskValues(links: TaskLinks, assigneeId: string | null): TaskFormValues {
  return { title: '', type: 'to-do', due: '', assigneeId, contactId: null, companyId: null, dealId: null, about: '', ...links };
}

export function taskToFormValues(task: TaskFields): TaskFormValues {
  const { title, type, assigneeId, contactId, companyId, dealId, about } = task;
  return { title, type, assigneeId, contactId, companyId, dealId, about, due: task.dueAt ? toDateTimeLocal(new Date(task.dueAt)) : '' };
}

export function formValuesToTask({ due, ...values }: TaskFormValues): Omit<TaskFields, 'completedAt'> {
  return { ...values, dueAt: fromDateTimeLocal(due) };
}
