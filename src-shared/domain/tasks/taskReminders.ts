import type { TaskFields } from '../task';

// Which due time of each task this device already reminded its user of (task id -> dueAt).
// Keyed by the due time, so moving a task to a new time reminds again at that time.
export type NotifiedReminders = Record<string, string>;

export type ReminderTask = Pick<TaskFields, 'title' | 'type' | 'dueAt' | 'completedAt' | 'assigneeId'> & { id: string; createdAt: string };

// A device reminds its own user: tasks assigned to them, and unassigned ones nobody else owns.
export function isReminderFor(task: Pick<TaskFields, 'assigneeId'>, memberId: string | null): boolean {
  return task.assigneeId === null || task.assigneeId === memberId;
}

export type DueReminder = ReminderTask & { dueAt: string };

// A task written down after its due time (logged after the fact, or already late when planned)
// is not reminded of: whoever wrote it knows, and it shows in Overdue.
function isPending(task: ReminderTask, notified: NotifiedReminders): task is DueReminder {
  return task.completedAt === null && task.dueAt !== null && notified[task.id] !== task.dueAt && Date.parse(task.dueAt) >= Date.parse(task.createdAt);
}

// Open tasks whose due time has come and that were not reminded of at that time, oldest first.
export function remindersDue(tasks: ReminderTask[], notified: NotifiedReminders, now: Date): DueReminder[] {
  return tasks
    .filter((task): task is DueReminder => isPending(task, notified) && Date.parse(task.dueAt) <= now.getTime())
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

// When the next reminder is due, or null when none is waiting.
export function nextReminderAt(tasks: ReminderTask[], notified: NotifiedReminders, now: Date): Date | null {
  let next: number | null = null;
  for (const task of tasks) {
    if (!isPending(task, notified)) continue;
    const due = Date.parse(task.dueAt);
    if (due > now.getTime() && (next === null || due < next)) next = due;
  }
  return next === null ? null : new Date(next);
}

// Due before the app started this time: it came due while the app was closed.
export function isMissedReminder(task: { dueAt: string }, startedAt: Date): boolean {
  return Date.parse(task.dueAt) < startedAt.getTime();
}

// The bookkeeping after reminding of `reminded`: entries of tasks that were deleted or moved to
// another due time are dropped, so the record stays as small as the set of dated tasks. A done
// task keeps its entry: reopening it must not remind again of a time already reminded of.
export function recordReminded(notified: NotifiedReminders, datedTasks: Array<Pick<ReminderTask, 'id' | 'dueAt'>>, reminded: Array<{ id: string; dueAt: string }>): NotifiedReminders {
  const kept: NotifiedReminders = {};
  for (const task of datedTasks) {
    if (task.dueAt !== null && notified[task.id] === task.dueAt) kept[task.id] = task.dueAt;
  }
  for (const task of reminded) kept[task.id] = task.dueAt;
  return kept;
}
