import { newId } from '@shared/ids';
import type { SyncStore } from '../store/SyncStore';
import { AdminError, parseEmail } from './AdminError';

export type CreatedWorkspace = { workspaceId: string; userId: string };

// A workspace and its first user, an admin. Pair a device for them with createInvite.
export async function createWorkspace(store: SyncStore, input: { name: string; adminEmail: string }): Promise<CreatedWorkspace> {
  const name = input.name.trim();
  if (!name) throw new AdminError('A workspace needs a name.');
  const email = parseEmail(input.adminEmail);
  const workspaceId = newId();
  const userId = newId();
  await store.transaction(async (tx) => {
    await tx.query('insert into workspaces (id, name) values ($1, $2)', [workspaceId, name]);
    await tx.query(`insert into users (id, workspace_id, email, role) values ($1, $2, $3, 'admin')`, [userId, workspaceId, email]);
  });
  return { workspaceId, userId };
}
