import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackupName } from '@shared/backup/backupNames';
import { backupFilesToDelete } from '@shared/backup/backupRetention';
import { peekWorkspaceHeader } from '@shared/backup/readWorkspaceFile';
import type { BackupEntry, BackupWritePayload } from '@shared/ipc/bridgeContract';
import { writeFileAtomically } from './writeFileAtomically';

// Enough for the header of a workspace with any number of tables.
const headerPeekBytes = 256 * 1024;

async function readHeader(path: string): Promise<BackupEntry['header']> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(headerPeekBytes);
    const { bytesRead } = await file.read(buffer, 0, headerPeekBytes, 0);
    return peekWorkspaceHeader(buffer.subarray(0, bytesRead));
  } catch {
    // Listed anyway, so the user sees it; restoring it says what is wrong.
    return null;
  } finally {
    await file.close();
  }
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;

// The backups folder (the app's data folder's backups/, or one the user chose). Only names that
// parse as backup names are read, written or deleted, so nothing else in it is ever touched.
export function createBackupFolder(currentFolder: () => string) {
  const list = async (): Promise<BackupEntry[]> => {
    const folder = currentFolder();
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => parseBackupName(name) !== null).sort().reverse();
    return Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(folder, name))).size, header: await readHeader(join(folder, name)) })));
  };

  return {
    folder: currentFolder,
    list,

    // A write interrupted half-way leaves only the .partial file, never a damaged backup.
    async write({ name, data, retention }: BackupWritePayload): Promise<string[]> {
      const folder = currentFolder();
      await mkdir(folder, { recursive: true });
      await writeFileAtomically(join(folder, name), data);
      const deleted = backupFilesToDelete(await readdir(folder), retention);
      await Promise.all(deleted.map((file) => rm(join(folder, file), { force: true })));
      return deleted;
    },

    async read(name: string): Promise<Uint8Array> {
      if (parseBackupName(name) === null) throw new Error('Not a backup name');
      return readFile(join(currentFolder(), name));
    },
  };
}
