import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseBackupName } from '@shared/backup/backupNames';
import type { BackupWritePayload } from '@shared/ipc/bridgeContract';
import { createBackupFolder } from '../../../src-main/ipc/backupFolder';
import { openTestDatabase } from '../../helpers/testDatabase';

// The bridge as main offers it, over a real backups folder, which a test may make fail.
const bridgeState = vi.hoisted(() => ({ write: null as ((payload: BackupWritePayload) => Promise<string[]>) | null }));
vi.mock('@renderer/bridge/bridge', () => ({
  bridge: {
    getAppInfo: () => Promise.resolve({ version: '0.1.0' }),
    writeBackup: async (payload: BackupWritePayload) => ({ deleted: (await bridgeState.write?.(payload)) ?? [] }),
  },
}));

const { answerQuitRequest } = await import('@renderer/modules/backup/utils/backUpOnQuit');
const { changeBackupSchedule } = await import('@renderer/modules/backup/utils/backupSchedule');
const { settingsUseTimeStore } = await import('@renderer/modules/backup/utils/backupUseTimer');

async function backupFolder() {
  const folder = join(await mkdtemp(join(tmpdir(), 'outpost-quit-')), 'backups');
  const backups = createBackupFolder(() => folder);
  bridgeState.write = (payload) => backups.write(payload);
  return folder;
}

const backupKinds = async (folder: string) => (await readdir(folder).catch(() => [] as string[])).map((name) => parseBackupName(name)?.kind);

// Main's side of a quit: it asks once and holds the quit until the page answers ready; `ready`
// says what the backups folder held at that moment.
function quitFromMain(folder: string) {
  let ask = () => {};
  const asked = new Promise<{ quitting: true }>((resolve) => {
    ask = () => resolve({ quitting: true });
  });
  let answer = (_kinds: unknown[]) => {};
  const ready = new Promise<unknown[]>((resolve) => {
    answer = resolve;
  });
  const readyToQuit = vi.fn(async () => {
    answer(await backupKinds(folder));
    return { quitting: true };
  });
  return { bridge: { waitForQuit: () => asked, readyToQuit }, ask, ready, readyToQuit };
}

describe('backing up when the desktop app quits', () => {
  it('answers a quit request only once the on-quit backup is written, and starts the count of use again', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Kept', color: 'red' });
    await settingsUseTimeStore(db).add(40 * 60_000);
    const folder = await backupFolder();
    const main = quitFromMain(folder);
    answerQuitRequest(db, main.bridge);

    main.ask();
    expect(await main.ready).toEqual(['on-quit']);
    expect(main.readyToQuit).toHaveBeenCalledOnce();
    await expect(settingsUseTimeStore(db).add(0)).resolves.toBe(0);
  });

  it('answers at once without a backup when "Also when Outpost closes" was turned off during the session', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    const main = quitFromMain(folder);
    answerQuitRequest(db, main.bridge);
    await changeBackupSchedule(db, { onQuit: false });

    main.ask();
    expect(await main.ready).toEqual([]);
  });

  it('still lets the app quit when the backup fails', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    bridgeState.write = () => Promise.reject(new Error('the disk is full'));
    const main = quitFromMain(folder);
    answerQuitRequest(db, main.bridge);

    main.ask();
    expect(await main.ready).toEqual([]);
  });

  it('leaves the answer to the listener that replaced a stopped one (a remounted app shell): one backup, one answer', async () => {
    const { db } = await openTestDatabase();
    const folder = await backupFolder();
    const main = quitFromMain(folder);
    const stop = answerQuitRequest(db, main.bridge);
    stop();
    answerQuitRequest(db, main.bridge);

    main.ask();
    expect(await main.ready).toEqual(['on-quit']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(main.readyToQuit).toHaveBeenCalledOnce();
  });
});
