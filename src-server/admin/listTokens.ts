import type { SyncStore } from '../store/SyncStore';

export type TokenInfo = {
  id: string;
  workspaceId: string;
  userId: string;
  email: string;
  deviceId: string;
  deviceName: string;
  createdAt: Date;
  revokedAt: Date | null;
  // Within a minute: authenticateToken notes it at most once a minute.
  lastSeenAt: Date | null;
};

// Every device token (never the token itself: only its hash is stored), oldest first.
export async function listTokens(store: SyncStore, filter: { workspaceId?: string } = {}): Promise<TokenInfo[]> {
  const result = await store.query<TokenInfo>(
    `select t.id, u.workspace_id as "workspaceId", u.id as "userId", u.email, d.id as "deviceId",
            d.name as "deviceName", t.created_at as "createdAt", t.revoked_at as "revokedAt", d.last_seen_at as "lastSeenAt"
       from tokens t join devices d on d.id = t.device_id join users u on u.id = d.user_id
      where $1::text is null or u.workspace_id = $1
      order by t.created_at, t.id`,
    [filter.workspaceId ?? null],
  );
  return result.rows;
}
