import { afterAll, beforeAll } from 'vitest';
import type { FieldChange } from '@shared/sync/recordWrite';
import { createWorkspace } from '../../src-server/admin/createWorkspace';
import { openSyncStore, type SyncStore } from '../../src-server/store/openSyncStore';
import { pullChanges as serverPull } from '../../src-server/sync/pullChanges';
import { pushChanges as serverPush } from '../../src-server/sync/pushChanges';
import { decodeCursor } from '../../src-server/sync/syncCursor';

// The server's storage for a test file, on in-memory PGlite: opened before its tests, closed
// after them. Read `store` inside the tests.
export function inMemorySyncStore(): { store: SyncStore } {
  const holder = {} as { store: SyncStore };
  beforeAll(async () => {
    holder.store = await openSyncStore({ kind: 'pglite' });
  }, 60_000);
  afterAll(() => holder.store.close());
  return holder;
}

// A new workspace reached through the server's own push and pull, without HTTP. `pushed` keeps
// every batch a device sent; `fetchPage(limit)` pulls pages of that many changes.
export async function inProcessWorkspace(store: SyncStore) {
  const { workspaceId } = await createWorkspace(store, { name: 'Team', adminEmail: 'admin@example.com' });
  const pushed: FieldChange[][] = [];
  const send = async (changes: FieldChange[]) => {
    pushed.push(changes);
    await serverPush(store, workspaceId, changes);
  };
  const fetchPage = (limit: number) => (cursor: string) => serverPull(store, workspaceId, decodeCursor(cursor) ?? { mode: 'snapshot', after: 0 }, limit);
  return { send, pushed, fetchPage };
}

export type InProcessWorkspace = Awaited<ReturnType<typeof inProcessWorkspace>>;
