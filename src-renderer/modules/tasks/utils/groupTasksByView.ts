import { compareTasksInView, taskViewAt, taskViews, type TaskView } from '@shared/domain/tasks/taskView';
import type { StoredRecord } from '../../../db/rowTypes';

export type TasksByView = Record<TaskView, StoredRecord<'tasks'>[]>;

// Each task in the one view it belongs to at `now`, each view in its own order.
export function groupTasksByView(tasks: StoredRecord<'tasks'>[], now: Date, timeZone: string): TasksByView {
  const groups: TasksByView = { today: [], upcoming: [], overdue: [], done: [] };
  for (const task of tasks) groups[taskViewAt(task, now, timeZone)].push(task);
  for (const view of taskViews) groups[view].sort(compareTasksInView(view));
  return groups;
}
