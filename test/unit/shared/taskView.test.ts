import { describe, expect, it } from 'vitest';
import { matchesTaskAssignee } from '@shared/domain/tasks/taskAssignee';
import { compareTasksInView, isTaskOverdue, localDayKey, taskViewAt } from '@shared/domain/tasks/taskView';

const open = (dueAt: string | null) => ({ dueAt, completedAt: null });

describe('taskViewAt', () => {
  // 23:30 in Berlin on Dec 4 is 22:30 UTC; in New York it is still the afternoon of Dec 4.
  const now = new Date('2026-12-04T22:30:00.000Z');

  it('puts a task due later on the current day in Today, in the user’s time zone', () => {
    expect(taskViewAt(open('2026-12-04T22:45:00.000Z'), now, 'Europe/Berlin')).toBe('today');
    // 00:15 on Dec 5 in Berlin is tomorrow there, while New York is still on Dec 4.
    expect(taskViewAt(open('2026-12-04T23:15:00.000Z'), now, 'Europe/Berlin')).toBe('upcoming');
    expect(taskViewAt(open('2026-12-04T23:15:00.000Z'), now, 'America/New_York')).toBe('today');
  });

  it('compares due times as instants whatever offset they were written with', () => {
    expect(taskViewAt(open('2026-12-04T23:45:00+01:00'), now, 'Europe/Berlin')).toBe('today');
    expect(taskViewAt(open('2026-12-04T23:15:00+01:00'), now, 'Europe/Berlin')).toBe('overdue');
  });

  it('says overdue once the due time has passed, even earlier today', () => {
    expect(taskViewAt(open('2026-12-04T22:29:00.000Z'), now, 'Europe/Berlin')).toBe('overdue');
    expect(taskViewAt(open('2026-11-01T09:00:00.000Z'), now, 'Europe/Berlin')).toBe('overdue');
  });

  it('puts undated tasks in Upcoming and completed ones in Done, overdue or not', () => {
    expect(taskViewAt(open(null), now, 'UTC')).toBe('upcoming');
    expect(taskViewAt({ dueAt: '2026-11-01T09:00:00.000Z', completedAt: '2026-11-02T09:00:00.000Z' }, now, 'UTC')).toBe('done');
  });
});

describe('isTaskOverdue', () => {
  const now = new Date('2026-12-04T12:00:00.000Z');
  it('marks only open tasks past their due time', () => {
    expect(isTaskOverdue(open('2026-12-04T11:59:00.000Z'), now)).toBe(true);
    expect(isTaskOverdue(open('2026-12-04T12:00:00.000Z'), now)).toBe(false);
    expect(isTaskOverdue(open(null), now)).toBe(false);
    expect(isTaskOverdue({ dueAt: '2026-12-01T00:00:00.000Z', completedAt: '2026-12-02T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('localDayKey', () => {
  it('names the calendar day in the given zone', () => {
    const instant = new Date('2026-12-04T23:30:00.000Z');
    expect(localDayKey(instant, 'UTC')).toBe('2026-12-04');
    expect(localDayKey(instant, 'Asia/Tokyo')).toBe('2026-12-05');
  });
});

describe('compareTasksInView', () => {
  const task = (id: string, dueAt: string | null, completedAt: string | null = null) => ({ id, title: id, dueAt, completedAt });

  it('orders open views soonest first with undated tasks last', () => {
    const tasks = [task('c', null), task('b', '2026-12-05T10:00:00.000Z'), task('a', '2026-12-05T09:00:00+02:00')];
    expect(tasks.sort(compareTasksInView('upcoming')).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders Done by completion, newest first', () => {
    const tasks = [task('old', null, '2026-12-01T10:00:00.000Z'), task('new', null, '2026-12-03T10:00:00.000Z')];
    expect(tasks.sort(compareTasksInView('done')).map((t) => t.id)).toEqual(['new', 'old']);
  });
});

describe('matchesTaskAssignee', () => {
  const mine = { assigneeId: 'me-1' };
  const nobody = { assigneeId: null };
  it('filters by me, nobody, a member or all', () => {
    expect(matchesTaskAssignee(mine, 'me', 'me-1')).toBe(true);
    expect(matchesTaskAssignee(nobody, 'me', 'me-1')).toBe(false);
    expect(matchesTaskAssignee(mine, 'me', null)).toBe(false);
    expect(matchesTaskAssignee(nobody, 'unassigned', 'me-1')).toBe(true);
    expect(matchesTaskAssignee(mine, { memberId: 'me-1' }, null)).toBe(true);
    expect(matchesTaskAssignee(nobody, 'all', null)).toBe(true);
  });
});
