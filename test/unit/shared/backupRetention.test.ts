import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, type BackupKind } from '@shared/backup/backupNames';
import { backupsToDelete, keptBackupsPerSafetyKind, type RetainedBackup } from '@shared/backup/backupRetention';

const hourMs = 60 * 60 * 1000;
const start = Date.parse('2026-11-01T00:30:00.000Z');

// One backup every half hour for 30 days, newest last.
const backups = Array.from({ length: 30 * 48 }, (_, index) => {
  const name = backupFileName(new Date(start + (index * hourMs) / 2), 'scheduled');
  return { name, createdAt: parseBackupName(name)?.createdAt ?? '', kind: 'scheduled' as const };
});

const utc = () => 0;

function backup(createdAt: string, kind: BackupKind): RetainedBackup {
  return { name: backupFileName(new Date(createdAt), kind), createdAt, kind };
}

function keptOf(all: readonly RetainedBackup[], retention = { hourly: 24, daily: 14 }, utcOffset = utc): string[] {
  const deleted = new Set(backupsToDelete(all, retention, utcOffset));
  return all.filter((entry) => !deleted.has(entry.name)).map((entry) => `${entry.createdAt} ${entry.kind}`);
}

describe('backup retention', () => {
  it('keeps the newest backup of each of the last 24 hours and 14 days', () => {
    const deleted = new Set(backupsToDelete(backups, { hourly: 24, daily: 14 }, utc));
    const kept = backups.filter((backup) => !deleted.has(backup.name)).map((backup) => backup.createdAt);
    const hours = new Set(kept.map((time) => time.slice(0, 13)));
    const days = new Set(kept.map((time) => time.slice(0, 10)));
    expect(kept).toContain(backups.at(-1)?.createdAt);
    expect(hours.size).toBe(kept.length);
    // The newest is at midnight of 1 December: the 24 hours span it and 30 November, and 12
    // earlier days keep their last backup.
    expect(days.size).toBe(14);
    expect(kept.length).toBe(24 + 12);
    expect(kept.sort()[0]).toBe('2026-11-18T23:30:00.000Z');
  });

  it('never deletes the only backup, whatever the retention', () => {
    expect(backupsToDelete(backups.slice(0, 1), { hourly: 0, daily: 0 }, utc)).toEqual([]);
  });

  it('keeps a manual (10:00), a before-restore (10:05) and an on-quit (10:20) backup of the same hour', () => {
    const sameHour = [backup('2026-12-04T10:00:00.000Z', 'manual'), backup('2026-12-04T10:05:00.000Z', 'before-restore'), backup('2026-12-04T10:20:00.000Z', 'on-quit')];
    expect(keptOf(sameHour)).toEqual(sameHour.map((entry) => `${entry.createdAt} ${entry.kind}`));
    // The hourly rule still thins the automatic ones: a scheduled 10:10 gives way to the on-quit 10:20.
    expect(keptOf([...sameHour, backup('2026-12-04T10:10:00.000Z', 'scheduled')])).not.toContain('2026-12-04T10:10:00.000Z scheduled');
  });

  it('keeps the newest 10 backups of each safety and manual kind, however many automatic ones follow', () => {
    const safety = (['manual', 'before-restore', 'before-upgrade'] as const).flatMap((kind, kindIndex) =>
      Array.from({ length: 12 }, (_, index) => backup(new Date(Date.UTC(2026, 10, 1 + index, kindIndex)).toISOString(), kind)),
    );
    const automatic = Array.from({ length: 200 }, (_, index) => backup(new Date(Date.UTC(2026, 10, 20) + index * hourMs).toISOString(), 'scheduled'));
    const kept = keptOf([...safety, ...automatic], { hourly: 1, daily: 1 });
    for (const kind of ['manual', 'before-restore', 'before-upgrade']) {
      const ofKind = kept.filter((entry) => entry.endsWith(` ${kind}`));
      expect(ofKind).toHaveLength(keptBackupsPerSafetyKind);
      // The two oldest of each kind went: 1 and 2 November.
      expect(ofKind.some((entry) => entry.startsWith('2026-11-01') || entry.startsWith('2026-11-02'))).toBe(false);
    }
    expect(kept.filter((entry) => entry.endsWith(' scheduled'))).toEqual([automatic.at(-1)].map((entry) => `${entry?.createdAt} scheduled`));
  });

  it('counts hours and days in local time (a user at UTC+2 sees 23:30 and 00:30 as two days)', () => {
    const utcPlus2 = () => 120;
    // Local 4 December 20:00 and 23:30, 5 December 00:30; all on 4 December in UTC.
    const automatic = [backup('2026-12-04T18:00:00.000Z', 'scheduled'), backup('2026-12-04T21:30:00.000Z', 'scheduled'), backup('2026-12-04T22:30:00.000Z', 'on-quit')];
    expect(keptOf(automatic, { hourly: 1, daily: 2 }, utcPlus2)).toEqual(['2026-12-04T21:30:00.000Z scheduled', '2026-12-04T22:30:00.000Z on-quit']);
    expect(keptOf(automatic, { hourly: 1, daily: 2 }, utc)).toEqual(['2026-12-04T22:30:00.000Z on-quit']);
  });

  it('names backups by time and kind, and reads only names of that shape', () => {
    expect(backupFileName(new Date('2026-12-04T19:30:00.123Z'), 'manual')).toBe('outpost-2026-12-04T19-30-00-123Z-manual.outpost');
    expect(parseBackupName('outpost-2026-12-04T19-30-00-123Z-before-restore.outpost')).toEqual({ createdAt: '2026-12-04T19:30:00.123Z', kind: 'before-restore' });
    expect(parseBackupName('../outpost-2026-12-04T19-30-00-123Z-manual.outpost')).toBeNull();
    expect(parseBackupName('outpost-2026-12-04T19-30-00-123Z-manual.outpost.partial')).toBeNull();
  });
});
