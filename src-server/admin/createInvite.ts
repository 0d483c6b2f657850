import { newId } from '@shared/ids';
import { hashSecret, newPairingCode } from '../auth/secrets';
import type { SyncStore } from '../store/SyncStore';
import { AdminError, parseEmail } from './AdminError';

const defaultLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export type Invite = { code: string; userId: string; expiresAt: Date };

// A one-time pairing code for the user with this email (a member, created if new). The code is
// shown once; only its hash is kept, and POST /v1/pair trades it for a device token.
export async function createInvite(store: SyncStore, input: { workspaceId: string; email: string; lifetimeMs?: number }): Promise<Invite> {
  const email = parseEmail(input.email);
  const code = newPairingCode();
  const expiresAt = new Date(Date.now() + (input.lifetimeMs ?? defaultLifetimeMs));
  const userId = await store.transaction(async (tx) => {
    const workspace = await tx.query('select 1 from workspaces where id = $1', [input.workspaceId]);
    if (workspace.rows.length === 0) throw new AdminError(`There is no workspace ${input.workspaceId}.`);
    const user = await tx.query<{ id: string }>(
      `insert into users (id, workspace_id, email, role) values ($1, $2, $3, 'member')
       on conflict (workspace_id, email) do update set email = excluded.email
       returning id`,
      [newId(), input.workspaceId, email],
    );
    const id = user.rows[0]!.id;
    await tx.query('insert into pairing_codes (code_hash, user_id, expires_at) values ($1, $2, $3)', [hashSecret(code), id, expiresAt]);
    return id;
  });
  return { code, userId, expiresAt };
}
