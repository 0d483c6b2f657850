import type { SyncStore } from '../store/SyncStore';

// From now on the token gets 401. False when there is no such token or it was already revoked.
export async function revokeToken(store: SyncStore, tokenId: string): Promise<boolean> {
  const result = await store.query('update tokens set revoked_at = now() where id = $1 and revoked_at is null returning id', [tokenId]);
  return result.rows.length > 0;
}
