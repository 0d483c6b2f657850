import { verifyWorkspaceFile } from '@shared/backup/readWorkspaceFile';
import type { OutpostDb } from '../../../db/OutpostDb';
import { isWorkspaceEmpty } from './isWorkspaceEmpty';
import { restoreWorkspace } from './restoreWorkspace';
import { saveBackup } from './saveBackup';

// Every row of the file is read once before anything changes, so a file that fails fails here;
// then the current workspace is backed up, then replaced.
export async function checkedRestore(db: OutpostDb, bytes: Uint8Array, password: string | null): Promise<void> {
  await verifyWorkspaceFile(bytes, { password, currentSchemaVersion: db.verno });
  if (!(await isWorkspaceEmpty(db))) await saveBackup(db, 'before-restore');
  await restoreWorkspace(db, bytes, { password });
}
