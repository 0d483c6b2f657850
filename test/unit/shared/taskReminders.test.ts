import { describe, expect, it } from 'vitest';
import { isMissedReminder, isReminderFor, nextReminderAt, recordReminded, remindersDue, type ReminderTask } from '@shared/domain/tasks/taskReminders';

const now = new Date('2026-12-04T12:00:00.000Z');
const task = (id: string, dueAt: string | null, extra: Partial<ReminderTask> = {}): ReminderTask => ({
  id,
  title: id,
  type: 'call',
  dueAt,
  completedAt: null,
  assigneeId: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  ...extra,
});

describe('remindersDue', () => {
  it('returns open tasks due by now that were not reminded of at that time, oldest first', () => {
    const tasks = [
      task('later', '2026-12-04T12:30:00.000Z'),
      task('now', '2026-12-04T12:00:00.000Z'),
      task('morning', '2026-12-04T08:00:00.000Z'),
      task('done', '2026-12-04T08:00:00.000Z', { completedAt: '2026-12-04T08:05:00.000Z' }),
      task('undated', null),
      task('told', '2026-12-04T09:00:00.000Z'),
    ];
    expect(remindersDue(tasks, { told: '2026-12-04T09:00:00.000Z' }, now).map((t) => t.id)).toEqual(['morning', 'now']);
  });

  it('does not remind of a task written down after its due time', () => {
    expect(remindersDue([task('logged', '2026-12-04T08:00:00.000Z', { createdAt: '2026-12-04T09:00:00.000Z' })], {}, now)).toEqual([]);
  });

  it('reminds again when a task was moved to another due time', () => {
    expect(remindersDue([task('moved', '2026-12-04T11:00:00.000Z')], { moved: '2026-12-03T11:00:00.000Z' }, now)).toHaveLength(1);
  });
});

describe('nextReminderAt', () => {
  it('is the earliest pending due time after now', () => {
    const tasks = [task('a', '2026-12-05T09:00:00.000Z'), task('b', '2026-12-04T13:00:00+00:00'), task('c', '2026-12-04T12:30:00.000Z')];
    expect(nextReminderAt(tasks, { c: '2026-12-04T12:30:00.000Z' }, now)?.toISOString()).toBe('2026-12-04T13:00:00.000Z');
    expect(nextReminderAt([task('past', '2026-12-04T11:00:00.000Z')], {}, now)).toBeNull();
  });
});

describe('isMissedReminder', () => {
  it('is a reminder that came due before the app started', () => {
    const startedAt = new Date('2026-12-04T09:00:00.000Z');
    expect(isMissedReminder({ dueAt: '2026-12-04T08:59:00.000Z' }, startedAt)).toBe(true);
    expect(isMissedReminder({ dueAt: '2026-12-04T09:00:00.000Z' }, startedAt)).toBe(false);
  });
});

describe('isReminderFor', () => {
  it('reminds the assignee, and everyone of unassigned tasks', () => {
    expect(isReminderFor({ assigneeId: 'm1' }, 'm1')).toBe(true);
    expect(isReminderFor({ assigneeId: null }, 'm1')).toBe(true);
    expect(isReminderFor({ assigneeId: 'm2' }, 'm1')).toBe(false);
    expect(isReminderFor({ assigneeId: 'm2' }, null)).toBe(false);
  });
});

describe('recordReminded', () => {
  it('adds what was reminded and drops entries of deleted or moved tasks, keeping done ones', () => {
    const notified = { gone: '2026-12-01T00:00:00.000Z', moved: '2026-12-01T00:00:00.000Z', done: '2026-12-02T00:00:00.000Z' };
    const dated = [
      { id: 'moved', dueAt: '2026-12-06T00:00:00.000Z' },
      { id: 'done', dueAt: '2026-12-02T00:00:00.000Z' },
      { id: 'new', dueAt: '2026-12-04T11:00:00.000Z' },
    ];
    expect(recordReminded(notified, dated, [{ id: 'new', dueAt: '2026-12-04T11:00:00.000Z' }])).toEqual({
      done: '2026-12-02T00:00:00.000Z',
      new: '2026-12-04T11:00:00.000Z',
    });
  });
});
