import type { OutpostDb } from './OutpostDb';

export const outboxMetaKey = 'outbox';

// Kept beside the outbox and updated in the same transaction, so the status bar can show the
// number of unsynced writes without reading the outbox rows.
export type OutboxMeta = { pendingWrites: number; lastHlc: string | null };

export async function readOutboxMeta(db: OutpostDb): Promise<OutboxMeta> {
  const row = await db.syncMeta.get(outboxMetaKey);
  return (row?.value as OutboxMeta | undefined) ?? { pendingWrites: 0, lastHlc: null };
}
