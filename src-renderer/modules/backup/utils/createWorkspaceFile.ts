import type Dexie from 'dexie';
import { writeWorkspaceFile, type WorkspaceFile } from '@shared/backup/writeWorkspaceFile';
import { readWorkspaceTables } from './readWorkspaceTables';

export type CreateWorkspaceFileOptions = { appVersion: string; password?: string | null; now?: Date };

// The database at the schema version it is open with (an older one before an upgrade).
export function createWorkspaceFile(db: Dexie, { appVersion, password, now = new Date() }: CreateWorkspaceFileOptions): Promise<WorkspaceFile> {
  return writeWorkspaceFile({ schemaVersion: db.verno, appVersion, createdAt: now.toISOString(), tables: readWorkspaceTables(db) }, { password });
}
