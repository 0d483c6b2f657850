import type { TaskFields } from '../task';

// The Tasks section's views. Every task is in exactly one of them at a given moment.
export const taskViews = ['today', 'upcoming', 'overdue', 'done'] as const;
export type TaskView = (typeof taskViews)[number];

type TaskTiming = Pick<TaskFields, 'dueAt' | 'completedAt'>;

// Open and past its due time. Times are compared as instants: a synced dueAt may carry any offset,
// so the ISO strings do not sort chronologically.
export function isTaskOverdue(task: TaskTiming, now: Date): boolean {
  return task.completedAt === null && task.dueAt !== null && Date.parse(task.dueAt) < now.getTime();
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

// The calendar day of an instant in a time zone as "YYYY-MM-DD", which sorts like the days.
export function localDayKey(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// Done once completed; overdue once its due time passed; today while due later on the user's
// current calendar day; upcoming when due on a later day or not dated at all.
export function taskViewAt(task: TaskTiming, now: Date, timeZone: string): TaskView {
  if (task.completedAt !== null) return 'done';
  if (task.dueAt === null) return 'upcoming';
  if (isTaskOverdue(task, now)) return 'overdue';
  return localDayKey(new Date(task.dueAt), timeZone) === localDayKey(now, timeZone) ? 'today' : 'upcoming';
}

type SortableTask = TaskTiming & Pick<TaskFields, 'title'> & { id: string };

const byTitleThenId = (a: SortableTask, b: SortableTask) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Open views: soonest due first, undated last. Done: most recently completed first.
export function compareTasksInView(view: TaskView): (a: SortableTask, b: SortableTask) => number {
  if (view === 'done') return (a, b) => Date.parse(b.completedAt ?? '') - Date.parse(a.completedAt ?? '') || byTitleThenId(a, b);
  return (a, b) => {
    if (a.dueAt === null || b.dueAt === null) return (a.dueAt === null ? 1 : 0) - (b.dueAt === null ? 1 : 0) || byTitleThenId(a, b);
    return Date.parse(a.dueAt) - Date.parse(b.dueAt) || byTitleThenId(a, b);
  };
}
