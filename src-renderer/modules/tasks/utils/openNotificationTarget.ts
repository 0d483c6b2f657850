import type { TaskView } from '@shared/domain/tasks/taskView';
import type { NotificationTarget } from '@shared/ipc/bridgeContract';

export type NotificationTargetActions = { navigate: (path: string) => void; openTask: (taskId: string) => void; showView: (view: TaskView) => void };

// A clicked reminder opens the Tasks section with its task in the task form, or, for a
// summary of several, the view they are in.
export function openNotificationTarget(target: NotificationTarget, { navigate, openTask, showView }: NotificationTargetActions): void {
  if (target.kind === 'task') {
    navigate('/tasks');
    openTask(target.taskId);
    return;
  }
  showView(target.view);
  navigate('/tasks');
}
