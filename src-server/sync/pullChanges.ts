import type { PulledWrite, PullResponse } from '@shared/sync/syncProtocol';
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
  return store.transaction(async (tx) => {
    // Without fresh statistics (PGlite never gathers any, PostgreSQL only some time after a large
    // import) the planner expects a few rows after the cursor and reads all of them by bitmap,
    // then sorts them for the first page: every page of a first sync sorted the rest of the
    // workspace. Walking the (workspace_id, seq) index in order stops after `limit` rows.
    await tx.query('set local enable_bitmapscan = off');
    let from = cursor;
    let page = await readPage(tx, workspaceId, from, limit);
    // Read after the page: compaction only ever raises compacted_through, in the transaction that
    // deletes, so if it is still at or below the cursor now, nothing above the cursor was gone
    // when the page was read.
    if (from.mode === 'log' && !(await isLogCursorUsable(tx, workspaceId, from.after))) {
      from = { mode: 'snapshot', after: 0 };
      page = await readPage(tx, workspaceId, from, limit);
    }
    const after = page.lastSeq ?? from.after;
    const next: SyncCursor = { mode: from.mode === 'snapshot' && page.hasMore ? 'snapshot' : 'log', after };
    return { writes: page.writes, cursor: encodeCursor(next), hasMore: page.hasMore, snapshot: from.mode === 'snapshot' };
  });
}

async function isLogCursorUsable(db: SqlExecutor, workspaceId: string, after: number): Promise<boolean> {
  const result = await db.query<{ seq: number; compactedThrough: number }>(
    'select seq, compacted_through as "compactedThrough" from workspaces where id = $1',
    [workspaceId],
  );
  const workspace = result.rows[0]!;
  return after >= workspace.compactedThrough && after <= workspace.seq;
}

type Page = { writes: PulledWrite[]; hasMore: boolean; lastSeq: number | null };

// The next `limit` changes, grouped by the write that made them (one row, one HLC: a new contact
// is one entry of twenty fields, not twenty changes each naming its table, row and HLC), built
// by the database as one JSON text: row by row, PGlite's hand-over of values to JavaScript cost
// several times the query itself. Values are stored as JSON text, so `value::json` embeds them
// as they were sent. One row beyond the page tells whether there is more.
async function readPage(db: SqlExecutor, workspaceId: string, from: SyncCursor, limit: number): Promise<Page> {
  const source = from.mode === 'log' ? 'changes' : 'field_values';
  const result = await db.query<{ writes: string; hasMore: boolean; lastSeq: number | null }>(
    `with candidates as materialized (
       select seq, table_name, row_id, field, value, hlc from ${source} where workspace_id = $1 and seq > $2 order by seq limit $3 + 1
     ), edge as (
       select count(*) > $3 as more, max(seq) as top from candidates
     ), page as (
       select c.* from candidates c, edge where not edge.more or c.seq < edge.top
     ), writes as (
       select table_name, row_id, hlc, max(seq) as seq, json_object_agg(field, value::json order by seq) as fields from page group by table_name, row_id, hlc
     )
     select coalesce(json_agg(json_build_object('table', table_name, 'rowId', row_id, 'hlc', hlc, 'seq', seq, 'fields', fields) order by seq), '[]')::text as writes,
            (select more from edge) as "hasMore",
            max(seq) as "lastSeq"
       from writes`,
    [workspaceId, from.after, limit],
  );
  const row = result.rows[0]!;
  return { writes: JSON.parse(row.writes) as PulledWrite[], hasMore: row.hasMore, lastSeq: row.lastSeq === null ? null : Number(row.lastSeq) };
}
