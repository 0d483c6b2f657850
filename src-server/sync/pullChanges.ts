import type { PullResponse, SequencedChange } from '@shared/sync/syncProtocol';
import type { SqlExecutor, SyncStore } from '../store/SyncStore';
import { encodeCursor, type SyncCursor } from './syncCursor';

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
  return { changes: page, cursor: encodeCursor(next), hasMore, snapshot: from.mode === 'snapshot' };
}

async function isLogCursorUsable(db: SqlExecutor, workspaceId: string, after: number): Promise<boolean> {
  const result = await db.query<{ seq: number; compactedThrough: number }>(
    'select seq, compacted_through as "compactedThrough" from workspaces where id = $1',
    [workspaceId],
  );
  const workspace = result.rows[0]!;
  return after >= workspace.compactedThrough && after <= workspace.seq;
}

// The page comes back as one JSON text built by the database: row by row, PGlite's hand-over
// of values to JavaScript (and parsing each stored value) cost several times the query itself.
// Values are stored as JSON text, so `value::json` embeds them as they were sent.
async function readPage(db: SqlExecutor, workspaceId: string, from: SyncCursor, limit: number): Promise<SequencedChange[]> {
  const source = from.mode === 'log' ? 'changes' : 'field_values';
  const result = await db.query<{ page: string }>(
    `select coalesce(
       json_agg(json_build_object('table', table_name, 'rowId', row_id, 'field', field, 'value', value::json, 'hlc', hlc, 'seq', seq) order by seq),
       '[]'
     )::text as page
       from (select seq, table_name, row_id, field, value, hlc from ${source} where workspace_id = $1 and seq > $2 order by seq limit $3) page`,
    [workspaceId, from.after, limit],
  );
  return JSON.parse(result.rows[0]!.page) as SequencedChange[];
}
