import type Dexie from 'dexie';
import { z } from 'zod';
import { defaultBackupRetention } from '@shared/backup/backupRetention';
import type { OutpostDb } from '../../../db/OutpostDb';

export const backupScheduleKey = 'backups.schedule';

// Device-local (the settings table): how often this device backs itself up and what it keeps.
export const backupScheduleSchema = z.object({
  // Hours of use between automatic backups; 0 turns them off (a backup on quit still runs).
  intervalHours: z.number().int().min(0).max(168),
  onQuit: z.boolean(),
  keepHourly: z.number().int().min(1).max(1000),
  keepDaily: z.number().int().min(1).max(1000),
});
export type BackupSchedule = z.infer<typeof backupScheduleSchema>;

export const defaultBackupSchedule: BackupSchedule = { intervalHours: 1, onQuit: true, keepHourly: defaultBackupRetention.hourly, keepDaily: defaultBackupRetention.daily };

export function toBackupSchedule(value: unknown): BackupSchedule {
  const parsed = backupScheduleSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultBackupSchedule;
}

// Any Dexie instance of the workspace will do (before an upgrade it is opened at its old version).
export async function readBackupSchedule(db: Dexie): Promise<BackupSchedule> {
  return toBackupSchedule((await db.table<{ value: unknown }, string>('settings').get(backupScheduleKey))?.value);
}

// Merges a change into the stored schedule in one transaction, so two fields changed in quick
// succession both stay (merged into what the form last showed, the second undid the first).
export async function changeBackupSchedule(db: OutpostDb, change: Partial<BackupSchedule>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const schedule = { ...(await readBackupSchedule(db)), ...change };
    await db.settings.put({ key: backupScheduleKey, value: backupScheduleSchema.parse(schedule) });
  });
}
