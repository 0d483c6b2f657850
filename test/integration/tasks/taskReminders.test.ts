import { describe, expect, it, vi } from 'vitest';
import { checkTaskReminders, notifiedRemindersKey } from '@renderer/modules/tasks/utils/checkTaskReminders';
import type { ReminderNotice } from '@renderer/modules/tasks/utils/describeReminders';
import { startTaskReminders, type ReminderClock } from '@renderer/modules/tasks/utils/startTaskReminders';
import { openTestDatabase } from '../../helpers/testDatabase';

const me = 'member-me';
const at = (iso: string) => new Date(iso);
// Tasks are written down early in the morning, before any of them is due.
const planningTime = { now: () => at('2026-12-04T06:00:00.000Z') };

// Time that moves only when the test says so; timers run when their time has come.
function fakeClock(start: string) {
  let time = Date.parse(start);
  let timers: Array<{ id: number; at: number; run: () => void }> = [];
  let ids = 0;
  const clock: ReminderClock = {
    now: () => new Date(time),
    setTimeout: (run, ms) => {
      ids += 1;
      timers.push({ id: ids, at: time + ms, run });
      return ids;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advanceTo = (iso: string) => {
    time = Date.parse(iso);
    const due = timers.filter((timer) => timer.at <= time);
    timers = timers.filter((timer) => timer.at > time);
    for (const timer of due) timer.run();
  };
  return { clock, advanceTo };
}

// A device that has been reminding its user since the morning, and then gets these tasks.
async function seed() {
  const database = await openTestDatabase(planningTime);
  const { db, mutations } = database;
  await checkTaskReminders(db, me, at('2026-12-04T06:00:00.000Z'));
  const missed = await mutations.create('tasks', { title: 'Call Ada', type: 'call', dueAt: '2026-12-04T08:00:00.000Z', assigneeId: me });
  const later = await mutations.create('tasks', { title: 'Email Bob', type: 'email', dueAt: '2026-12-04T13:00:00.000Z', assigneeId: me });
  await mutations.create('tasks', { title: 'Someone else’s call', type: 'call', dueAt: '2026-12-04T08:00:00.000Z', assigneeId: 'member-other' });
  await mutations.create('tasks', { title: 'Already done', dueAt: '2026-12-04T07:00:00.000Z', completedAt: '2026-12-04T07:30:00.000Z', assigneeId: me });
  await mutations.create('tasks', { title: 'Undated', assigneeId: me });
  return { ...database, missed, later };
}

describe('checkTaskReminders', () => {
  it('claims each due reminder of mine once, in the device-local settings, and says when the next is due', async () => {
    const { db, missed, later } = await seed();
    const first = await checkTaskReminders(db, me, at('2026-12-04T12:00:00.000Z'));
    expect(first.due.map((task) => task.title)).toEqual(['Call Ada']);
    expect(first.next?.toISOString()).toBe(later.dueAt);
    expect((await db.settings.get(notifiedRemindersKey))?.value).toEqual({ [missed.id]: missed.dueAt });

    const second = await checkTaskReminders(db, me, at('2026-12-04T12:01:00.000Z'));
    expect(second.due).toEqual([]);
    // The bookkeeping never reaches sync.
    const synced = (await db.outbox.toArray()).flatMap((row) => row.writes).filter((write) => write.table !== 'tasks');
    expect(synced).toEqual([]);
  });

  it('counts nothing as missed on the first check of a device: what is overdue then is in Overdue', async () => {
    const { db, mutations } = await openTestDatabase(planningTime);
    const overdue = await mutations.create('tasks', { title: 'Morning call', dueAt: '2026-12-04T09:00:00.000Z' });
    const later = await mutations.create('tasks', { title: 'Later', dueAt: '2026-12-05T09:00:00.000Z' });
    const first = await checkTaskReminders(db, me, at('2026-12-04T12:00:00.000Z'));
    expect(first).toEqual({ due: [], next: at(later.dueAt ?? '') });
    expect((await db.settings.get(notifiedRemindersKey))?.value).toEqual({ [overdue.id]: overdue.dueAt });
    expect((await checkTaskReminders(db, me, at('2026-12-05T09:00:00.000Z'))).due.map((task) => task.title)).toEqual(['Later']);
  });

  it('reminds again when the task moves to a new due time', async () => {
    const { db, mutations, missed } = await seed();
    await checkTaskReminders(db, me, at('2026-12-04T12:00:00.000Z'));
    await mutations.update('tasks', missed.id, { dueAt: '2026-12-04T12:30:00.000Z' });
    expect((await checkTaskReminders(db, me, at('2026-12-04T12:15:00.000Z'))).due).toEqual([]);
    expect((await checkTaskReminders(db, me, at('2026-12-04T12:30:00.000Z'))).due.map((task) => task.title)).toEqual(['Call Ada']);
  });

  it('lets only one of two windows claim a reminder', async () => {
    const { db } = await seed();
    const now = at('2026-12-04T12:00:00.000Z');
    const [a, b] = await Promise.all([checkTaskReminders(db, me, now), checkTaskReminders(db, me, now)]);
    expect(a.due.length + b.due.length).toBe(1);
  });
});

describe('startTaskReminders', () => {
  it('shows a missed reminder once on start, fires the next at its due time, and nothing again after a restart', async () => {
    const { db } = await seed();
    const { clock, advanceTo } = fakeClock('2026-12-04T12:00:00.000Z');
    const notices: ReminderNotice[] = [];
    const notify = async (notice: ReminderNotice) => {
      notices.push(notice);
    };

    const stop = startTaskReminders(db, { memberId: me, clock, notify });
    await vi.waitFor(() => expect(notices.map((notice) => notice.title)).toEqual(['Missed reminder: Call Ada']));

    // The timer waits at most a minute at a time, so walk the clock up to the due time; each
    // attempt runs the timers the last check has set by then.
    for (let minute = 1; minute <= 60; minute += 1) {
      advanceTo(new Date(Date.parse('2026-12-04T12:00:00.000Z') + minute * 60_000).toISOString());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await vi.waitFor(() => {
      advanceTo('2026-12-04T13:00:00.000Z');
      expect(notices.map((notice) => notice.title)).toEqual(['Missed reminder: Call Ada', 'Task due: Email Bob']);
    });
    stop();

    const restarted = startTaskReminders(db, { memberId: me, clock, notify });
    await new Promise((resolve) => setTimeout(resolve, 100));
    restarted();
    expect(notices).toHaveLength(2);
  });

  it('re-plans when a task is added while running', async () => {
    const { db, mutations } = await seed();
    const { clock, advanceTo } = fakeClock('2026-12-04T12:00:00.000Z');
    const titles: string[] = [];
    const stop = startTaskReminders(db, { memberId: me, clock, notify: async (notice) => void titles.push(notice.title) });
    await vi.waitFor(() => expect(titles).toHaveLength(1));

    await mutations.create('tasks', { title: 'Quick call', type: 'call', dueAt: '2026-12-04T12:00:30.000Z', assigneeId: null });
    // Once the change has re-planned the timer, reaching the due time fires it.
    await vi.waitFor(() => {
      advanceTo('2026-12-04T12:00:30.000Z');
      expect(titles).toContain('Task due: Quick call');
    });
    stop();
  });
});
