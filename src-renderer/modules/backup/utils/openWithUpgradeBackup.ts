import Dexie from 'dexie';

export type OpenWithUpgradeBackupOptions<T> = {
  name: string;
  targetVersion: number;
  open: () => Promise<T>;
  backUp: (installed: Dexie) => Promise<unknown>;
};

// Before a schema upgrade, the installed database is opened as it is (Dexie without a schema
// opens it at its own version) and backed up; only then is it upgraded. IndexedDB runs an
// upgrade in one transaction, so a failed one leaves the database at its old version, whole.
export async function openWithUpgradeBackup<T>({ name, targetVersion, open, backUp }: OpenWithUpgradeBackupOptions<T>): Promise<T> {
  let installedVersion: number | null = null;
  let backupNote = '';
  if (await Dexie.exists(name)) {
    const installed = new Dexie(name);
    await installed.open();
    try {
      if (installed.verno < targetVersion) {
        installedVersion = installed.verno;
        backupNote = await backUp(installed).then(
          () => ' A backup of it was written before the update (Settings > Backups).',
          (error: unknown) => ` The backup before the update failed too: ${error instanceof Error ? error.message : String(error)}.`,
        );
      }
    } finally {
      installed.close();
    }
  }
  try {
    return await open();
  } catch (error) {
    if (installedVersion === null) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Updating the database from version ${installedVersion} to ${targetVersion} failed: ${reason}. The database was left as it was.${backupNote}`, { cause: error });
  }
}
