import { randomBytes } from 'node:crypto';
import type { SyncStore } from '../store/SyncStore';

// The workspace's public key for the tracking snippet, made on first use.
export async function siteKeyFor(store: SyncStore, workspaceId: string): Promise<string> {
  const result = await store.query<{ key: string }>(
    `insert into site_keys (key, workspace_id) values ($1, $2)
     on conflict (workspace_id) do update set workspace_id = excluded.workspace_id
     returning key`,
    [`site_${randomBytes(18).toString('base64url')}`, workspaceId],
  );
  return result.rows[0]!.key;
}

export async function workspaceOfSiteKey(store: SyncStore, key: string): Promise<string | null> {
  const result = await store.query<{ workspaceId: string }>('select workspace_id as "workspaceId" from site_keys where key = $1', [key]);
  return result.rows[0]?.workspaceId ?? null;
}
