import { describe, expect, it, vi } from 'vitest';
import { openNotificationTarget } from '@renderer/modules/tasks/utils/openNotificationTarget';

function actions() {
  const calls: string[] = [];
  return {
    calls,
    navigate: vi.fn((path: string) => void calls.push(`navigate ${path}`)),
    openTask: vi.fn((taskId: string) => void calls.push(`open ${taskId}`)),
    showView: vi.fn((view: string) => void calls.push(`view ${view}`)),
  };
}

describe('openNotificationTarget', () => {
  it('opens the clicked reminder’s task in the Tasks section', () => {
    const spy = actions();
    openNotificationTarget({ kind: 'task', taskId: '01JTASK' }, spy);
    expect(spy.calls).toEqual(['navigate /tasks', 'open 01JTASK']);
  });

  it('opens the view a summary of several reminders points at', () => {
    const spy = actions();
    openNotificationTarget({ kind: 'tasks', view: 'overdue' }, spy);
    expect(spy.calls).toEqual(['view overdue', 'navigate /tasks']);
    expect(spy.openTask).not.toHaveBeenCalled();
  });
});
