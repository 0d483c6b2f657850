import type { SyncStore } from '../store/SyncStore';
import { hashSecret } from './secrets';

export type DeviceIdentity = { tokenId: string; deviceId: string; userId: string; workspaceId: string };

// The device behind a bearer token, or null for an unknown or revoked one.
export async function authenticateToken(store: SyncStore, token: string): Promise<DeviceIdentity | null> {
  const result = await store.query<DeviceIdentity>(
    `select t.id as "tokenId", d.id as "deviceId", u.id as "userId", u.workspace_id as "workspaceId"
       from tokens t join devices d on d.id = t.device_id join users u on u.id = d.user_id
      where t.token_hash = $1 and t.revoked_at is null`,
    [hashSecret(token)],
  );
  return result.rows[0] ?? null;
}
