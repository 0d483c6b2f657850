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

export async function saveBackupSchedule(db: OutpostDb, schedule: BackupSchedule): Promise<void> {
  await db.settings.put({ key: backupScheduleKey, value: backupScheduleSchema.parse(schedule) });
}
