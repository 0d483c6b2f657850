import { newId } from '@shared/ids';
import type { PairRequest, PairResponse } from '@shared/sync/syncProtocol';
import type { SyncStore } from '../store/SyncStore';
import { hashSecret, newDeviceToken, normalisePairingCode } from './secrets';

// Trades a pairing code for a device registered under the code's user and that device's token.
// Null when the code is unknown, expired or already used: the same answer for each, so a
// guesser learns nothing. Marking the code used and creating the device is one transaction.
export async function pairDevice(store: SyncStore, request: PairRequest): Promise<PairResponse | null> {
  const codeHash = hashSecret(normalisePairingCode(request.code));
  return store.transaction(async (tx) => {
    const claimed = await tx.query<{ userId: string; workspaceId: string }>(
      `update pairing_codes p set used_at = now()
         from users u
        where p.code_hash = $1 and p.used_at is null and p.expires_at > now() and u.id = p.user_id
        returning u.id as "userId", u.workspace_id as "workspaceId"`,
      [codeHash],
    );
    const owner = claimed.rows[0];
    if (!owner) return null;
    const deviceId = newId();
    const token = newDeviceToken();
    await tx.query('insert into devices (id, user_id, name) values ($1, $2, $3)', [deviceId, owner.userId, request.deviceName]);
    await tx.query('insert into tokens (id, token_hash, device_id) values ($1, $2, $3)', [newId(), hashSecret(token), deviceId]);
    return { token, workspaceId: owner.workspaceId, userId: owner.userId, deviceId };
  });
}
