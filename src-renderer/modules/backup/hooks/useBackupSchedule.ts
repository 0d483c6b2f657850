import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { backupScheduleKey, defaultBackupSchedule, toBackupSchedule, type BackupSchedule } from '../utils/backupSchedule';

export function useBackupSchedule(): BackupSchedule {
  const { db } = useDatabase();
  return useLiveQuery(async () => toBackupSchedule((await db.settings.get(backupScheduleKey))?.value), [db]) ?? defaultBackupSchedule;
}
