import { parseBackupName } from '@shared/backup/backupNames';
import { backupFilesToDelete } from '@shared/backup/backupRetention';
import { peekWorkspaceHeader } from '@shared/backup/readWorkspaceFile';
import type { BackupEntry, BackupWritePayload } from '@shared/ipc/bridgeContract';

// Enough for the header of a workspace with any number of tables.
const headerPeekBytes = 256 * 1024;

// Parts of the File System Access API that TypeScript's DOM lib leaves out (Chromium has them).
type IterableDirectory = FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
type MovableFile = FileSystemFileHandle & { move(newName: string): Promise<void> };

// `npm run web` keeps backups in the origin-private file system: outside IndexedDB, so a lost
// database does not take them along (clearing all site data does; Settings says to download one).
async function backupsDirectory(): Promise<IterableDirectory> {
  const root = await navigator.storage.getDirectory();
  return (await root.getDirectoryHandle('backups', { create: true })) as IterableDirectory;
}

async function backupNames(directory: IterableDirectory): Promise<string[]> {
  const names: string[] = [];
  for await (const name of directory.keys()) if (parseBackupName(name)) names.push(name);
  return names.sort().reverse();
}

async function readHeader(file: File): Promise<BackupEntry['header']> {
  try {
    return peekWorkspaceHeader(new Uint8Array(await file.slice(0, headerPeekBytes).arrayBuffer()));
  } catch {
    return null;
  }
}

export async function listBrowserBackups(): Promise<BackupEntry[]> {
  const directory = await backupsDirectory();
  return Promise.all(
    (await backupNames(directory)).map(async (name) => {
      const file = await (await directory.getFileHandle(name)).getFile();
      return { name, bytes: file.size, header: await readHeader(file) };
    }),
  );
}

// createWritable writes into a swap file and replaces the content only on close; the .partial
// name and the move keep a half-written backup out of the list as well.
export async function writeBrowserBackup({ name, data, retention }: BackupWritePayload): Promise<string[]> {
  const directory = await backupsDirectory();
  const temporaryName = `${name}.partial`;
  const handle = (await directory.getFileHandle(temporaryName, { create: true })) as MovableFile;
  let writable: FileSystemWritableFileStream | null = null;
  try {
    writable = await handle.createWritable();
    await writable.write(data as Uint8Array<ArrayBuffer>);
    await writable.close();
    await handle.move(name);
  } catch (error) {
    // A stream left open locks the file (and keeps its swap file): abort it, or the half file stays.
    await writable?.abort().catch(() => undefined);
    await directory.removeEntry(temporaryName).catch(() => undefined);
    throw error;
  }
  const deleted = backupFilesToDelete(await backupNames(directory), retention);
  await Promise.all(deleted.map((file) => directory.removeEntry(file)));
  return deleted;
}

export async function readBrowserBackup(name: string): Promise<Uint8Array> {
  const directory = await backupsDirectory();
  return new Uint8Array(await (await (await directory.getFileHandle(name)).getFile()).arrayBuffer());
}
