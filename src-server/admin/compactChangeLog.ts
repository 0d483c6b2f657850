import type { SqlExecutor, SyncStore } from '../store/SyncStore';

export type CompactionLimit = { throughSeq: number } | { olderThan: Date };

// Drops change-log rows up to a sequence number, or those stored before a time. The latest value
// of every field stays, so a device whose cursor falls into the dropped part gets a snapshot of
// latest values on its next pull and then follows the log again.
export async function compactChangeLog(store: SyncStore, workspaceId: string, limit: CompactionLimit): Promise<{ deleted: number; compactedThrough: number }> {
  return store.transaction(async (tx) => {
    // Same lock as a push: compacted_through and the deletes become visible together.
    const locked = await tx.query<{ seq: number; compactedThrough: number }>(
      'select seq, compacted_through as "compactedThrough" from workspaces where id = $1 for update',
      [workspaceId],
    );
    const workspace = locked.rows[0];
    if (!workspace) throw new Error(`There is no workspace ${workspaceId}.`);
    const through = 'throughSeq' in limit ? Math.min(limit.throughSeq, workspace.seq) : await lastSeqBefore(tx, workspaceId, limit.olderThan);
    if (through <= workspace.compactedThrough) return { deleted: 0, compactedThrough: workspace.compactedThrough };
    const deleted = await tx.query<{ count: number }>(
      'with gone as (delete from changes where workspace_id = $1 and seq <= $2 returning 1) select count(*)::int as count from gone',
      [workspaceId, through],
    );
    await tx.query('update workspaces set compacted_through = $2 where id = $1', [workspaceId, through]);
    return { deleted: deleted.rows[0]!.count, compactedThrough: through };
  });
}

async function lastSeqBefore(tx: SqlExecutor, workspaceId: string, time: Date): Promise<number> {
  const result = await tx.query<{ seq: number | null }>('select max(seq) as seq from changes where workspace_id = $1 and stored_at < $2', [workspaceId, time]);
  return result.rows[0]?.seq ?? 0;
}
