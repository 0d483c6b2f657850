import type { TaskView } from '@shared/domain/tasks/taskView';

export const taskViewLabels: Record<TaskView, string> = { today: 'Today', upcoming: 'Upcoming', overdue: 'Overdue', done: 'Done' };

// What each view holds, said when it is empty.
export const emptyTaskViewText: Record<TaskView, { title: string; body: string }> = {
  today: { title: 'Nothing left for today', body: 'Tasks due later today show here. Plan one with New task.' },
  upcoming: { title: 'Nothing planned', body: 'Tasks due on later days, and tasks without a due date, show here. Plan one with New task.' },
  overdue: { title: 'Nothing overdue', body: 'Open tasks whose due time has passed show here, so nothing slips.' },
  done: { title: 'Nothing done yet', body: 'Tick a task’s checkbox to complete it; it moves here with the time it was done.' },
};
