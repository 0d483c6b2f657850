import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackupName } from '@shared/backup/backupNames';
import type { BackupWritePayload } from '@shared/ipc/bridgeContract';
import { createBackupFolder } from '../../../src-main/ipc/backupFolder';
import { openTestDatabase } from '../../helpers/testDatabase';

// The bridge as main offers it, over a real backups folder; a test may hold a write open.
const bridgeState = vi.hoisted(() => ({
  write: null as ((payload: BackupWritePayload) => Promise<string[]>) | null,
  hold: null as Promise<void> | null,
  written: [] as BackupWritePayload[],
}));
vi.mock('@renderer/bridge/bridge', () => ({
  bridge: {
    getAppInfo: () => Promise.resolve({ version: '0.1.0' }),
    writeBackup: async (payload: BackupWritePayload) => {
      bridgeState.written.push(payload);
      if (bridgeState.hold) await bridgeState.hold;
      return { deleted: (await bridgeState.write?.(payload)) ?? [] };
    },
  },
}));

const { saveBackup } = await import('@renderer/modules/backup/utils/saveBackup');
const { changeBackupSchedule } = await import('@renderer/modules/backup/utils/backupSchedule');

async function backupFolder() {
  const folder = join(await mkdtemp(join(tmpdir(), 'outpost-backups-')), 'backups');
  const backups = createBackupFolder(() => folder);
  bridgeState.write = (payload) => backups.write(payload);
  return folder;
}

afterEach(() => {
  vi.useRealTimers();
  bridgeState.hold = null;
  bridgeState.written = [];
});

describe('saving a backup', () => {
  it('queues a before-restore and a manual request behind a running scheduled backup, each written as its own kind', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Kept', color: 'red' });
    await backupFolder();
    let release = () => {};
    bridgeState.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const scheduled = saveBackup(db, 'scheduled');
    // Asked for while the scheduled one is still being written.
    await vi.waitFor(() => expect(bridgeState.written).toHaveLength(1));
    const beforeRestore = saveBackup(db, 'before-restore');
    const manual = saveBackup(db, 'manual');
    // A second automatic request joins the running one rather than writing the same again.
    const scheduledAgain = saveBackup(db, 'scheduled');
    release();
    const results = await Promise.all([scheduled, beforeRestore, manual, scheduledAgain]);
    expect(results.map((result) => parseBackupName(result.name)?.kind)).toEqual(['scheduled', 'before-restore', 'manual', 'scheduled']);
    expect(results[3]).toBe(results[0]);
    expect(bridgeState.written.map((payload) => parseBackupName(payload.name)?.kind)).toEqual(['scheduled', 'before-restore', 'manual']);
    expect(results.every((result) => result.header.tables.tags === 1)).toBe(true);
  });

  it('goes on with the next request when one fails', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    const write = bridgeState.write;
    bridgeState.write = () => {
      bridgeState.write = write;
      return Promise.reject(new Error('the disk is full'));
    };
    const failing = saveBackup(db, 'scheduled');
    const next = saveBackup(db, 'manual');
    await expect(failing).rejects.toThrow('the disk is full');
    expect(parseBackupName((await next).name)?.kind).toBe('manual');
    expect(await readdir(folder)).toEqual([(await next).name]);
  });

  it('hands the retention chosen in Settings > Backups (two fields changed at once both kept) to the backups folder, which keeps that many', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    await Promise.all([changeBackupSchedule(db, { keepHourly: 2 }), changeBackupSchedule(db, { keepDaily: 1 })]);
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const hour of [8, 9, 10, 11]) {
      vi.setSystemTime(new Date(2026, 11, 4, hour, 30));
      await saveBackup(db, 'scheduled');
    }
    expect(bridgeState.written.map((payload) => payload.retention)).toEqual(Array(4).fill({ hourly: 2, daily: 1 }));
    expect((await readdir(folder)).map((name) => new Date(parseBackupName(name)?.createdAt ?? '').getHours()).sort()).toEqual([10, 11]);
  });

  it('keeps 24 hourly and 14 daily automatic backups on a fresh install, where nothing was chosen yet', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    vi.useFakeTimers({ toFake: ['Date'] });
    const backUpAt = async (day: number, hour: number) => {
      vi.setSystemTime(new Date(2026, 10, day, hour, 30));
      await saveBackup(db, 'scheduled');
    };
    // One a day at noon from the 1st to the 15th, then every hour from midnight on the 16th to 01:30 on the 17th.
    for (let day = 1; day <= 15; day += 1) await backUpAt(day, 12);
    for (let hour = 0; hour < 26; hour += 1) await backUpAt(16 + Math.floor(hour / 24), hour % 24);

    expect(bridgeState.written.map((payload) => payload.retention)).toEqual(Array(41).fill({ hourly: 24, daily: 14 }));
    const kept = (await readdir(folder)).map((name) => new Date(parseBackupName(name)?.createdAt ?? ''));
    const hourly = kept.filter((date) => date.getDate() >= 16);
    const daily = kept.filter((date) => date.getDate() < 16);
    // The last 24 hours that have one: 02:30 on the 16th to 01:30 on the 17th.
    expect(hourly).toHaveLength(24);
    expect(Math.min(...hourly.map(Number))).toBe(new Date(2026, 10, 16, 2, 30).getTime());
    // The last 14 days that have one: the 17th and the 16th above, and noon on the 4th to the 15th.
    expect(daily.map((date) => date.getDate()).sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });
});
