import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupFileName } from '@shared/backup/backupNames';
import { verifyWorkspaceFile } from '@shared/backup/readWorkspaceFile';
import { writeWorkspaceFile } from '@shared/backup/writeWorkspaceFile';
import { createBackupFolder } from '../../../src-main/ipc/backupFolder';
import { loadBackupFolderLocation, type FolderDialog } from '../../../src-main/ipc/backupFolderLocation';

// A disk that fills up: while `afterBytes` is set, writeFile writes that many bytes for real,
// lets the test look at the folder, then fails as Node does on a full disk.
const diskFull = vi.hoisted(() => ({ afterBytes: null as number | null, midWrite: async (): Promise<void> => {} }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const writeFile: typeof actual.writeFile = async (path, data, options) => {
    if (diskFull.afterBytes === null || !(data instanceof Uint8Array)) return actual.writeFile(path, data, options);
    const handle = await actual.open(path as string, 'w');
    try {
      await handle.write(data.subarray(0, diskFull.afterBytes));
    } finally {
      await handle.close();
    }
    await diskFull.midWrite();
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...actual, writeFile };
});

const retention = { hourly: 24, daily: 14 };

async function workspaceBytes(contacts: number) {
  const rows = Array.from({ length: contacts }, (_, index) => ({ id: `c${index}` }));
  async function* chunks() {
    yield rows;
  }
  const file = await writeWorkspaceFile({ schemaVersion: 3, appVersion: '0.1.0', createdAt: '2026-12-04T19:30:00.000Z', tables: [{ name: 'contacts', chunks }] });
  return file.bytes;
}

async function backupFolder() {
  const parent = await mkdtemp(join(tmpdir(), 'outpost-userdata-'));
  return { folder: join(parent, 'backups'), backups: createBackupFolder(() => join(parent, 'backups')) };
}

describe('the backups folder (Electron main)', () => {
  it('writes a backup, lists it with its size and header, and reads back the same bytes', async () => {
    const { folder, backups } = await backupFolder();
    const data = await workspaceBytes(3);
    const name = backupFileName(new Date('2026-12-04T19:30:00Z'), 'manual');
    await expect(backups.write({ name, data, retention })).resolves.toEqual([]);
    expect(await readdir(folder)).toEqual([name]);
    const [entry] = await backups.list();
    expect(entry).toMatchObject({ name, bytes: data.byteLength, header: { tables: { contacts: 3 }, appVersion: '0.1.0' } });
    expect(new Uint8Array(await backups.read(name))).toEqual(data);
  });

  it('lists newest first, skips other files, and lists a damaged backup without a header', async () => {
    const { folder, backups } = await backupFolder();
    const older = backupFileName(new Date('2026-12-03T10:00:00Z'), 'scheduled');
    const newer = backupFileName(new Date('2026-12-04T10:00:00Z'), 'scheduled');
    await backups.write({ name: older, data: await workspaceBytes(1), retention });
    await writeFile(join(folder, newer), 'garbage');
    await writeFile(join(folder, 'notes.txt'), 'not a backup');
    await writeFile(join(folder, `${newer}.123.partial`), 'half');
    expect((await backups.list()).map((entry) => [entry.name, entry.header === null])).toEqual([
      [newer, true],
      [older, false],
    ]);
  });

  it('deletes backups beyond the retention after writing, keeping the rest', async () => {
    const { folder, backups } = await backupFolder();
    const data = await workspaceBytes(1);
    const names = [0, 1, 2, 3].map((hour) => backupFileName(new Date(Date.UTC(2026, 11, 4, hour)), 'scheduled'));
    for (const name of names) await backups.write({ name, data, retention: { hourly: 2, daily: 1 } });
    expect((await readdir(folder)).sort()).toEqual(names.slice(2));
  });

  it('leaves earlier backups whole, and no partial file, when the disk fills up half-way through a write', async () => {
    const { folder, backups } = await backupFolder();
    const earlier = backupFileName(new Date('2026-12-04T10:00:00Z'), 'scheduled');
    const earlierData = await workspaceBytes(50);
    await backups.write({ name: earlier, data: earlierData, retention });
    const data = await workspaceBytes(5_000);
    let midWrite: { files: string[]; partialBytes: number; listed: string[] } | null = null;
    diskFull.afterBytes = Math.floor(data.byteLength / 2);
    diskFull.midWrite = async () => {
      const files = await readdir(folder);
      const partial = files.find((file) => file.endsWith('.partial')) ?? '';
      midWrite = { files, partialBytes: (await readFile(join(folder, partial))).byteLength, listed: (await backups.list()).map((entry) => entry.name) };
    };
    try {
      await expect(backups.write({ name: backupFileName(new Date('2026-12-04T11:00:00Z'), 'scheduled'), data, retention })).rejects.toThrow('ENOSPC');
    } finally {
      diskFull.afterBytes = null;
    }
    // Half the bytes were on disk, under a .partial name the list never shows.
    expect(midWrite).toMatchObject({ files: [earlier, expect.stringMatching(/-scheduled\.outpost\.\d+\.partial$/)], partialBytes: Math.floor(data.byteLength / 2), listed: [earlier] });
    expect(await readdir(folder)).toEqual([earlier]);
    expect((await backups.list()).map((entry) => entry.name)).toEqual([earlier]);
    const readBack = new Uint8Array(await backups.read(earlier));
    expect(readBack).toEqual(earlierData);
    expect((await verifyWorkspaceFile(readBack, { currentSchemaVersion: 3 })).tables).toEqual({ contacts: 50 });
  });

  it('refuses to read a name that is not a backup name', async () => {
    const { backups } = await backupFolder();
    await expect(backups.read('../sync-credentials.bin')).rejects.toThrow('Not a backup name');
  });
});

describe('choosing the backups folder (Electron main)', () => {
  it('uses the data folder until the user chooses another in the OS dialog, and remembers the choice', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'outpost-userdata-'));
    const chosen = await mkdtemp(join(tmpdir(), 'outpost-chosen-'));
    const configPath = join(userData, 'backup-folder.json');
    const dialog = vi.fn<FolderDialog>(() => Promise.resolve({ canceled: false, filePaths: [chosen] }));
    const location = await loadBackupFolderLocation(configPath, join(userData, 'backups'), dialog);
    expect(location.current()).toBe(join(userData, 'backups'));
    await expect(location.choose()).resolves.toBe(chosen);
    expect(dialog).toHaveBeenCalledWith({ defaultPath: join(userData, 'backups'), properties: ['openDirectory', 'createDirectory'] });

    const backups = createBackupFolder(location.current);
    const name = backupFileName(new Date('2026-12-04T19:30:00Z'), 'manual');
    await backups.write({ name, data: await workspaceBytes(1), retention });
    expect(await readdir(chosen)).toEqual([name]);
    expect((await loadBackupFolderLocation(configPath, join(userData, 'backups'), dialog)).current()).toBe(chosen);
  });

  it('keeps the folder when the dialog is cancelled, and ignores a stored folder that is not an absolute path', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'outpost-userdata-'));
    const configPath = join(userData, 'backup-folder.json');
    await writeFile(configPath, JSON.stringify({ folder: '../elsewhere' }));
    const location = await loadBackupFolderLocation(configPath, join(userData, 'backups'), () => Promise.resolve({ canceled: true, filePaths: [] }));
    expect(location.current()).toBe(join(userData, 'backups'));
    await expect(location.choose()).resolves.toBeNull();
    expect(location.current()).toBe(join(userData, 'backups'));
  });
});
