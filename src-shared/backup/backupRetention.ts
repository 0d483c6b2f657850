import { isAutomaticBackupKind, parseBackupName, type BackupKind } from './backupNames';

// What Settings > Backups keeps of the automatic backups (scheduled and on quit).
export type BackupRetention = { hourly: number; daily: number };

export const defaultBackupRetention: BackupRetention = { hourly: 24, daily: 14 };

// Manual, before-restore and before-upgrade backups are each kept by their own count, the
// newest this many of each kind: an automatic backup in the same hour never displaces one.
export const keptBackupsPerSafetyKind = 10;

export type RetainedBackup = { name: string; createdAt: string; kind: BackupKind };

// Minutes east of UTC at an instant (the device's zone unless a test names one).
export type UtcOffset = (instant: Date) => number;
const deviceUtcOffset: UtcOffset = (instant) => -instant.getTimezoneOffset();

// "2026-12-04T19" in the device's local time: hours and days as the user counts them.
function localHour(createdAt: string, utcOffset: UtcOffset): string {
  const instant = new Date(createdAt);
  return new Date(instant.getTime() + utcOffset(instant) * 60_000).toISOString().slice(0, 13);
}

// Automatic backups: the newest of each of the last `hourly` local hours and `daily` local
// days that have one. Other kinds: the newest `keptBackupsPerSafetyKind` of each. The newest
// backup of all is always kept. Returns the names to delete.
export function backupsToDelete(backups: readonly RetainedBackup[], retention: BackupRetention, utcOffset: UtcOffset = deviceUtcOffset): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept = new Set<string>(newestFirst.slice(0, 1).map((backup) => backup.name));
  const automatic = newestFirst.filter((backup) => isAutomaticBackupKind(backup.kind)).map((backup) => ({ name: backup.name, hour: localHour(backup.createdAt, utcOffset) }));
  const keepNewestPer = (bucketLength: number, buckets: number) => {
    const seen = new Set<string>();
    for (const backup of automatic) {
      const bucket = backup.hour.slice(0, bucketLength);
      if (seen.has(bucket)) continue;
      if (seen.size === buckets) break;
      seen.add(bucket);
      kept.add(backup.name);
    }
  };
  // 2026-12-04T19 is the hour, 2026-12-04 the day.
  keepNewestPer(13, retention.hourly);
  keepNewestPer(10, retention.daily);
  const perKind = new Map<BackupKind, number>();
  for (const backup of newestFirst) {
    if (isAutomaticBackupKind(backup.kind)) continue;
    const count = perKind.get(backup.kind) ?? 0;
    if (count < keptBackupsPerSafetyKind) kept.add(backup.name);
    perKind.set(backup.kind, count + 1);
  }
  return newestFirst.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name);
}

// The same over a folder's file names: only backup names count, anything else is left alone.
export function backupFilesToDelete(fileNames: readonly string[], retention: BackupRetention): string[] {
  const backups = fileNames.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
  return backupsToDelete(backups, retention);
}
