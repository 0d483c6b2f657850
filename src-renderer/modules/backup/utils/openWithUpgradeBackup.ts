import Dexie from 'dexie';

export type OpenWithUpgradeBackupOptions<T> = {
  name: string;
  targetVersion: number;
  open: () => Promise<T>;
  backUp: (installed: Dexie) => Promise<unknown>;
  // The user's explicit choice, after a failed backup, to update all the same.
  withoutBackup?: boolean;
};

// The backup before a schema upgrade failed, so the upgrade did not run: the database is as it
// was. The start-up screen offers to try again or to update without a backup.
export class UpgradeBackupFailedError extends Error {
  override readonly name = 'UpgradeBackupFailedError';
  constructor(
    readonly installedVersion: number,
    readonly targetVersion: number,
    readonly reason: string,
  ) {
    super(`Outpost backs up its database before updating it from version ${installedVersion} to ${targetVersion}, and that backup failed: ${reason}. The database was not updated and is as it was.`);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Before a schema upgrade, the installed database is opened as it is (Dexie without a schema
// opens it at its own version) and backed up; only then is it upgraded, and not at all when the
// backup fails (unless the user chose to go on without one). IndexedDB runs an upgrade in one
// transaction, so a failed one leaves the database at its old version, whole.
export async function openWithUpgradeBackup<T>({ name, targetVersion, open, backUp, withoutBackup = false }: OpenWithUpgradeBackupOptions<T>): Promise<T> {
  let installedVersion: number | null = null;
  if (await Dexie.exists(name)) {
    const installed = new Dexie(name);
    await installed.open();
    try {
      if (installed.verno < targetVersion) {
        installedVersion = installed.verno;
        if (!withoutBackup) {
          try {
            await backUp(installed);
          } catch (error) {
            throw new UpgradeBackupFailedError(installed.verno, targetVersion, messageOf(error));
          }
        }
      }
    } finally {
      installed.close();
    }
  }
  try {
    return await open();
  } catch (error) {
    if (installedVersion === null) throw error;
    const backupNote = withoutBackup ? ' No backup was written before it, as you chose.' : ' A backup of it was written before the update (Settings > Backups).';
    throw new Error(`Updating the database from version ${installedVersion} to ${targetVersion} failed: ${messageOf(error)}. The database was left as it was.${backupNote}`, { cause: error });
  }
}
