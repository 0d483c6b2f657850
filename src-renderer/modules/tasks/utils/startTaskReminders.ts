import Dexie, { liveQuery } from 'dexie';
import type { OutpostDb } from '../../../db/OutpostDb';
import { checkTaskReminders } from './checkTaskReminders';
import { describeReminders, type ReminderNotice } from './describeReminders';

// Time and timers, injectable so tests can move time.
export type ReminderClock = { now: () => Date; setTimeout: (run: () => void, ms: number) => unknown; clearTimeout: (timer: unknown) => void };

export const systemClock: ReminderClock = {
  now: () => new Date(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

// A sleeping machine pauses timers: waking at most this long after the due time keeps a reminder
// punctual enough without polling the tasks every second.
const longestWaitMs = 60_000;

export type TaskReminderOptions = { memberId: string | null; clock?: ReminderClock; notify: (notice: ReminderNotice) => Promise<void> };

// Reminds of each task at its due time, and at once of those missed while the app was closed;
// re-plans whenever tasks change (an edit, a sync). Returns the function that stops it.
export function startTaskReminders(db: OutpostDb, { memberId, clock = systemClock, notify }: TaskReminderOptions): () => void {
  const startedAt = clock.now();
  let timer: unknown = null;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function check(): Promise<void> {
    const { due, next } = await checkTaskReminders(db, memberId, clock.now());
    for (const notice of describeReminders(due, startedAt)) await notify(notice);
    if (stopped) return;
    if (timer !== null) clock.clearTimeout(timer);
    timer = next === null ? null : clock.setTimeout(run, Math.min(Math.max(next.getTime() - clock.now().getTime(), 0), longestWaitMs));
  }

  // One check at a time; a change during a check asks for one more right after it.
  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = check()
      .catch((error: unknown) => console.error('Task reminders failed', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  }

  // Any change to a dated live task (due time, completion, assignee, trash) re-plans.
  const subscription = liveQuery(() => db.tasks.where('[deleted+dueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray()).subscribe({ next: run, error: run });
  return () => {
    stopped = true;
    subscription.unsubscribe();
    if (timer !== null) clock.clearTimeout(timer);
  };
}
