import type { PullResponse, SequencedChange } from '@shared/sync/syncProtocol';
import type { SqlExecutor, SyncStore } from '../store/SyncStore';
import { encodeCursor, type SyncCursor } from './syncCursor';

type ChangeRow = { seq: number; table: string; rowId: string; field: string; value: string; hlc: string };

// One page after the cursor. Pushes commit in sequence order (see pushChanges), so every
// statement here sees a gap-free prefix of the log and paging by seq never skips a change.
//
// A log cursor older than the retained log (or newer than the log, as after a server restored
// from an older backup) falls back to a snapshot: the latest value of every field, paged by the
// seq that set it. A value changed while the snapshot is paged moves to a later seq and so comes
// again on a later page; when the snapshot is done its last seq is where the log continues.
export async function pullChanges(store: SyncStore, workspaceId: string, cursor: SyncCursor, limit: number): Promise<PullResponse> {
  let from = cursor;
  let rows = await readPage(store, workspaceId, from, limit + 1);
  // Read after the page: compaction only ever raises compacted_through, in the transaction that
  // deletes, so if it is still at or below the cursor now, nothing above the cursor was gone
  // when the page was read.
  if (from.mode === 'log' && !(await isLogCursorUsable(store, workspaceId, from.after))) {
    from = { mode: 'snapshot', after: 0 };
    rows = await readPage(store, workspaceId, from, limit + 1);
  }
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const after = page.at(-1)?.seq ?? from.after;
  const next: SyncCursor = { mode: from.mode === 'snapshot' && hasMore ? 'snapshot' : 'log', after };
  return { changes: page.map(toSequencedChange), cursor: encodeCursor(next), hasMore, snapshot: from.mode === 'snapshot' };
}

async function isLogCursorUsable(db: SqlExecutor, workspaceId: string, after: number): Promise<boolean> {
  const result = await db.query<{ seq: number; compactedThrough: number }>(
    'select seq, compacted_through as "compactedThrough" from workspaces where id = $1',
    [workspaceId],
  );
  const workspace = result.rows[0]!;
  return after >= workspace.compactedThrough && after <= workspace.seq;
}

function readPage(db: SqlExecutor, workspaceId: string, from: SyncCursor, limit: number): Promise<ChangeRow[]> {
  const source = from.mode === 'log' ? 'changes' : 'field_values';
  return db
    .query<ChangeRow>(
      `select seq, table_name as "table", row_id as "rowId", field, value, hlc
         from ${source} where workspace_id = $1 and seq > $2 order by seq limit $3`,
      [workspaceId, from.after, limit],
    )
    .then((result) => result.rows);
}

function toSequencedChange(row: ChangeRow): SequencedChange {
  return { table: row.table, rowId: row.rowId, field: row.field, value: JSON.parse(row.value), hlc: row.hlc, seq: row.seq };
}
