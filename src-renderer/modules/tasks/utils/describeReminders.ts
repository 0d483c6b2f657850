import { isMissedReminder, type DueReminder } from '@shared/domain/tasks/taskReminders';
import type { NotificationTarget } from '@shared/ipc/bridgeContract';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { taskTypeLabels } from './taskTypes';

// `target`: what a click on the notification opens.
export type ReminderNotice = { title: string; body: string; target: NotificationTarget };

// More reminders than this at once (the app was closed for a week) become one summary, not a
// stack of notifications.
const separateNotices = 3;
const namedInSummary = 3;

// The notifications for reminders due now: one each, or a summary. Those that came due while the
// app was closed say that they were missed.
export function describeReminders(due: DueReminder[], startedAt: Date): ReminderNotice[] {
  if (due.length <= separateNotices) {
    return due.map((task) => ({
      title: `${isMissedReminder(task, startedAt) ? 'Missed reminder' : 'Task due'}: ${task.title}`,
      body: `${taskTypeLabels[task.type]} · due ${formatDateTime(task.dueAt)}`,
      target: { kind: 'task', taskId: task.id },
    }));
  }
  const missed = due.every((task) => isMissedReminder(task, startedAt));
  const names = due.slice(0, namedInSummary).map((task) => task.title);
  const rest = due.length - names.length;
  return [{ title: missed ? `${due.length} missed task reminders` : `${due.length} tasks due`, body: `${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}. See Tasks > Overdue.`, target: { kind: 'tasks', view: 'overdue' } }];
}
