import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from '@shared/backup/backupNames';
import { backupsToDelete } from '@shared/backup/backupRetention';

const hourMs = 60 * 60 * 1000;
const start = Date.parse('2026-11-01T00:30:00.000Z');

// One backup every half hour for 30 days, newest last.
const backups = Array.from({ length: 30 * 48 }, (_, index) => {
  const name = backupFileName(new Date(start + (index * hourMs) / 2), 'scheduled');
  return { name, createdAt: parseBackupName(name)?.createdAt ?? '' };
});

describe('backup retention', () => {
  it('keeps the newest backup of each of the last 24 hours and 14 days', () => {
    const deleted = new Set(backupsToDelete(backups, { hourly: 24, daily: 14 }));
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
    expect(backupsToDelete(backups.slice(0, 1), { hourly: 0, daily: 0 })).toEqual([]);
  });

  it('names backups by time and kind, and reads only names of that shape', () => {
    expect(backupFileName(new Date('2026-12-04T19:30:00.123Z'), 'manual')).toBe('outpost-2026-12-04T19-30-00-123Z-manual.outpost');
    expect(parseBackupName('outpost-2026-12-04T19-30-00-123Z-before-restore.outpost')).toEqual({ createdAt: '2026-12-04T19:30:00.123Z', kind: 'before-restore' });
    expect(parseBackupName('../outpost-2026-12-04T19-30-00-123Z-manual.outpost')).toBeNull();
    expect(parseBackupName('outpost-2026-12-04T19-30-00-123Z-manual.outpost.partial')).toBeNull();
  });
});
