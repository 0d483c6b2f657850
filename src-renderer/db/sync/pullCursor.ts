import type { OutpostDb } from '../OutpostDb';
import { pullCursorKey, pullWorkspaceKey } from './syncMetaKeys';

// Where pulling resumes: the server's opaque cursor, empty before the first pull.
export async function readPullCursor(db: OutpostDb): Promise<string> {
  const row = await db.syncMeta.get(pullCursorKey);
  return typeof row?.value === 'string' ? row.value : '';
}

// A cursor means something only to the workspace that issued it: paired with another one, the
// device starts again from an empty cursor (and so downloads everything).
export async function bindPullCursor(db: OutpostDb, workspaceId: string): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    const bound = await db.syncMeta.get(pullWorkspaceKey);
    if (bound?.value === workspaceId) return;
    await db.syncMeta.delete(pullCursorKey);
    await db.syncMeta.put({ key: pullWorkspaceKey, value: workspaceId });
  });
}
