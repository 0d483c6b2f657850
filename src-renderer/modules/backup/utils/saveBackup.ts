import type Dexie from 'dexie';
import { backupFileName, isAutomaticBackupKind, type BackupKind } from '@shared/backup/backupNames';
import type { WorkspaceHeader } from '@shared/backup/workspaceFileFormat';
import { workspaceFileExtension } from '@shared/backup/workspaceFileFormat';
import { bridge } from '../../../bridge/bridge';
import type { OutpostDb } from '../../../db/OutpostDb';
import { readBackupSchedule } from './backupSchedule';
import { createWorkspaceFile } from './createWorkspaceFile';

export type SavedBackup = { name: string; header: WorkspaceHeader };

async function writeBackup(db: Dexie, kind: BackupKind): Promise<SavedBackup> {
  const now = new Date();
  const [{ version }, schedule] = await Promise.all([bridge.getAppInfo(), readBackupSchedule(db)]);
  const file = await createWorkspaceFile(db, { appVersion: version, now });
  const name = backupFileName(now, kind);
  await bridge.writeBackup({ name, data: file.bytes, retention: { hourly: schedule.keepHourly, daily: schedule.keepDaily } });
  return { name, header: file.header };
}

type QueuedBackup = { kind: BackupKind; started: boolean; result: Promise<SavedBackup> };

// Backups requested and not finished yet, in order: the first runs, the others wait their turn.
const outstanding: QueuedBackup[] = [];

// One backup at a time, each of the kind asked for: a request waits for the ones before it. It
// joins one of its kind that has not started yet (nothing changed in between that it would
// miss); an automatic one also joins a running one. Any Dexie instance of the workspace will
// do (before an upgrade it is opened at its old version).
export function saveBackup(db: Dexie, kind: BackupKind): Promise<SavedBackup> {
  const joined = outstanding.find((request) => request.kind === kind && (!request.started || isAutomaticBackupKind(kind)));
  if (joined) return joined.result;
  const previous = outstanding.at(-1)?.result.catch(() => undefined);
  const state = { kind, started: false };
  const result = (async () => {
    await previous;
    state.started = true;
    try {
      return await writeBackup(db, kind);
    } finally {
      outstanding.splice(outstanding.findIndex((request) => request === state), 1);
    }
  })();
  outstanding.push(Object.assign(state, { result }));
  return result;
}

export async function exportWorkspace(db: OutpostDb, password: string | null): Promise<boolean> {
  const now = new Date();
  const { version } = await bridge.getAppInfo();
  const file = await createWorkspaceFile(db, { appVersion: version, password, now });
  const { saved } = await bridge.exportWorkspace({ suggestedName: `outpost-workspace-${now.toISOString().slice(0, 10)}.${workspaceFileExtension}`, data: file.bytes });
  return saved;
}

// A kept backup saved where the user chooses (Electron) or downloaded (browser).
export async function downloadBackup(name: string): Promise<void> {
  const { data } = await bridge.readBackup({ name });
  await bridge.exportWorkspace({ suggestedName: name, data });
}
