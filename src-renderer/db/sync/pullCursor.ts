import type { OutpostDb } from '../OutpostDb';
import { pullCursorKey } from './syncMetaKeys';

// Where pulling resumes: the server's opaque cursor, empty before the first pull.
export async function readPullCursor(db: OutpostDb): Promise<string> {
  const row = await db.syncMeta.get(pullCursorKey);
  return typeof row?.value === 'string' ? row.value : '';
}
