import { describe, expect, it } from 'vitest';
import type { DueReminder } from '@shared/domain/tasks/taskReminders';
import { describeReminders } from '@renderer/modules/tasks/utils/describeReminders';

const startedAt = new Date('2026-12-04T09:00:00.000Z');
const reminder = (title: string, dueAt: string): DueReminder => ({ id: title, title, type: 'call', dueAt, completedAt: null, assigneeId: null, createdAt: '2026-12-01T00:00:00.000Z' });

describe('describeReminders', () => {
  it('gives each of a few reminders its own notice, saying which were missed while the app was closed', () => {
    const notices = describeReminders([reminder('Call Ada', '2026-12-04T08:00:00.000Z'), reminder('Call Bob', '2026-12-04T09:30:00.000Z')], startedAt);
    expect(notices.map((notice) => notice.title)).toEqual(['Missed reminder: Call Ada', 'Task due: Call Bob']);
    expect(notices[0]?.body).toMatch(/^Call · due /);
    // A click on each opens its own task.
    expect(notices.map((notice) => notice.target)).toEqual([
      { kind: 'task', taskId: 'Call Ada' },
      { kind: 'task', taskId: 'Call Bob' },
    ]);
  });

  it('sums up many at once in one notice instead of a stack', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((title) => reminder(title, '2026-12-03T10:00:00.000Z'));
    expect(describeReminders(many, startedAt)).toEqual([{ title: '5 missed task reminders', body: 'A, B, C and 2 more. See Tasks > Overdue.', target: { kind: 'tasks', view: 'overdue' } }]);
    const mixed = [...many, reminder('F', '2026-12-04T09:30:00.000Z')];
    expect(describeReminders(mixed, startedAt)[0]?.title).toBe('6 tasks due');
  });
});
