import type { BackupEntry } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import type { OutpostDb } from '../../../db/OutpostDb';
import { isWorkspaceEmpty } from './isWorkspaceEmpty';

// The newest readable backup, when the local database is empty but backups exist.
export async function findStartupRestoreOffer(db: OutpostDb): Promise<BackupEntry | null> {
  if (!(await isWorkspaceEmpty(db))) return null;
  const { backups } = await bridge.listBackups();
  return backups.find((backup) => backup.header !== null) ?? null;
}
