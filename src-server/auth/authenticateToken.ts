import type { SyncStore } from '../store/SyncStore';
import { hashSecret } from './secrets';

export type DeviceIdentity = { tokenId: string; deviceId: string; userId: string; workspaceId: string };

// The device behind a bearer token, or null for an unknown or revoked one. Notes when the device
// was last seen, at most once a minute so a syncing device does not write on every request.
export async function authenticateToken(store: SyncStore, token: string): Promise<DeviceIdentity | null> {
  const result = await store.query<DeviceIdentity & { stale: boolean }>(
    `select t.id as "tokenId", d.id as "deviceId", u.id as "userId", u.workspace_id as "workspaceId",
            d.last_seen_at is null or d.last_seen_at < now() - interval '1 minute' as stale
       from tokens t join devices d on d.id = t.device_id join users u on u.id = d.user_id
      where t.token_hash = $1 and t.revoked_at is null`,
    [hashSecret(token)],
  );
  const row = result.rows[0];
  if (!row) return null;
  const { stale, ...device } = row;
  if (stale) await store.query('update devices set last_seen_at = now() where id = $1', [device.deviceId]);
  return device;
}
