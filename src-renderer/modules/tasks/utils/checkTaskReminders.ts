import Dexie from 'dexie';
import { isReminderFor, nextReminderAt, recordReminded, remindersDue, type DueReminder, type NotifiedReminders } from '@shared/domain/tasks/taskReminders';
import type { OutpostDb } from '../../../db/OutpostDb';

// Which due times this device has reminded its user of, in the device-local `settings` table
// rather than on the task: a synced "reminded" field would silence the reminder on the user's
// other devices and on the devices of a new assignee, and would put a write per reminder into
// the outbox and the undo history.
export const notifiedRemindersKey = 'taskReminders.notified';

export type ReminderCheck = { due: DueReminder[]; next: Date | null };

// Claims the reminders due at `now` for the user `memberId` and says when the next one is due.
// Reading and recording happen in one transaction, so two windows of the app never both claim
// the same reminder.
export function checkTaskReminders(db: OutpostDb, memberId: string | null, now: Date): Promise<ReminderCheck> {
  return db.transaction('rw', db.tasks, db.settings, async () => {
    // Only dated tasks have a key in [deleted+dueAt]: exactly the ones a reminder can be for.
    const dated = await db.tasks.where('[deleted+dueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray();
    const mine = dated.filter((task) => isReminderFor(task, memberId));
    const setting = await db.settings.get(notifiedRemindersKey);
    if (!setting) {
      // The first check on this device (a new install, demo data just loaded): what is overdue now
      // was there before reminders were, so none of it counts as missed. It is in Overdue.
      const baseline = recordReminded({}, dated, remindersDue(mine, {}, now));
      await db.settings.put({ key: notifiedRemindersKey, value: baseline });
      return { due: [], next: nextReminderAt(mine, baseline, now) };
    }
    const notified = setting.value as NotifiedReminders;
    const due = remindersDue(mine, notified, now);
    const kept = recordReminded(notified, dated, due);
    if (due.length > 0 || Object.keys(kept).length !== Object.keys(notified).length) await db.settings.put({ key: notifiedRemindersKey, value: kept });
    return { due, next: nextReminderAt(mine, kept, now) };
  });
}
