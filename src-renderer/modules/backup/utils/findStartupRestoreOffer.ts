import type { BackupEntry } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import type { OutpostDb } from '../../../db/OutpostDb';

// Nothing at all, not even settings: a new or lost database (one the user started empty
// still holds the onboarding setting).
export async function isWorkspaceEmpty(db: OutpostDb): Promise<boolean> {
  for (const table of db.tables) if ((await table.limit(1).count()) > 0) return false;
  return true;
}

// The newest readable backup, when the local database is empty but backups exist.
export async function findStartupRestoreOffer(db: OutpostDb): Promise<BackupEntry | null> {
  if (!(await isWorkspaceEmpty(db))) return null;
  const { backups } = await bridge.listBackups();
  return backups.find((backup) => backup.header !== null) ?? null;
}
