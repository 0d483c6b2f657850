import { parseBackupName } from './backupNames';

export type BackupRetention = { hourly: number; daily: number };

export const defaultBackupRetention: BackupRetention = { hourly: 24, daily: 14 };

// Keeps the newest backup of each of the last `hourly` hours and `daily` days that have one
// (UTC), and always the newest of all. Returns the names to delete.
export function backupsToDelete(backups: ReadonlyArray<{ name: string; createdAt: string }>, retention: BackupRetention): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept = new Set<string>(newestFirst.slice(0, 1).map((backup) => backup.name));
  const keepNewestPer = (bucketLength: number, buckets: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const bucket = backup.createdAt.slice(0, bucketLength);
      if (seen.has(bucket)) continue;
      if (seen.size === buckets) break;
      seen.add(bucket);
      kept.add(backup.name);
    }
  };
  // 2026-12-04T19 is the hour, 2026-12-04 the day.
  keepNewestPer(13, retention.hourly);
  keepNewestPer(10, retention.daily);
  return newestFirst.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name);
}

// The same over a folder's file names: only backup names count, anything else is left alone.
export function backupFilesToDelete(fileNames: readonly string[], retention: BackupRetention): string[] {
  const backups = fileNames.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, createdAt: parsed.createdAt }] : [];
  });
  return backupsToDelete(backups, retention);
}
