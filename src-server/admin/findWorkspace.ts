import type { SyncStore } from '../store/SyncStore';
import { AdminError } from './AdminError';

// The workspace an admin command means: by id or name, or the only one there is.
export async function findWorkspace(store: SyncStore, idOrName?: string): Promise<{ id: string; name: string }> {
  const result = await store.query<{ id: string; name: string }>(
    'select id, name from workspaces where $1::text is null or id = $1 or name = $1 order by created_at',
    [idOrName ?? null],
  );
  if (result.rows.length === 1) return result.rows[0]!;
  if (result.rows.length === 0) {
    throw new AdminError(idOrName ? `There is no workspace "${idOrName}".` : 'There is no workspace yet: run `npm run server -- init --workspace <name> --admin <email>` first.');
  }
  const names = result.rows.map((row) => `${row.name} (${row.id})`).join(', ');
  throw new AdminError(`Several workspaces match; pick one with --workspace <id>: ${names}.`);
}
