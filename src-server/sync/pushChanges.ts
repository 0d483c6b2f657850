import { isPurgeChange } from '@shared/sync/mergeIncomingChange';
import type { FieldChange } from '@shared/sync/recordWrite';
import type { PushResponse } from '@shared/sync/syncProtocol';
import type { SqlExecutor, SyncStore } from '../store/SyncStore';

// Stores a batch in one transaction that first locks the workspace's counter row, so pushes to
// one workspace run one after another and sequence numbers are assigned in commit order: a
// reader that has seen seq N has seen everything below N, and never skips a change.
//
// A change is stored only if it is newer (by HLC) than the field's latest value. That makes a
// retried batch store nothing, also once its log rows are compacted away, and drops changes
// that already lost the merge on every device. Within a batch only the newest change per field
// counts, for the same reason. What is stored is numbered in batch order, appended to the log
// and becomes the field's latest value, all in one statement over unnest()ed arrays: one
// round trip per batch however large.
//
// A purge is final and forgets the row: its other values leave `field_values` and the log, only
// the purge marker stays (so a device still pulls it), and later changes to the row are not
// stored, so an offline device's old edit cannot bring the person back onto the server.
export async function pushChanges(store: SyncStore, workspaceId: string, changes: readonly FieldChange[]): Promise<PushResponse> {
  return store.transaction(async (tx) => appendChanges(tx, await lockWorkspaceSeq(tx, workspaceId), changes));
}

export type LockedWorkspace = { workspaceId: string; seq: number };

// Inside a transaction: holds the workspace's counter row until commit. Whatever reads the
// latest values after this (ingest looking a record up by external id) sees no push in between.
export async function lockWorkspaceSeq(tx: SqlExecutor, workspaceId: string): Promise<LockedWorkspace> {
  const locked = await tx.query<{ seq: number }>('select seq from workspaces where id = $1 for update', [workspaceId]);
  const row = locked.rows[0];
  if (!row) throw new Error(`Workspace ${workspaceId} does not exist`);
  return { workspaceId, seq: row.seq };
}

export async function appendChanges(tx: SqlExecutor, { workspaceId, seq }: LockedWorkspace, changes: readonly FieldChange[]): Promise<PushResponse> {
  const result = await tx.query<{ seq: number; stored: number }>(
    `with incoming as (
       select distinct on (t, r, f) *
         from (
           select t collate "C" as t, r collate "C" as r, f collate "C" as f, v, h collate "C" as h, ord
             from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) with ordinality as u(t, r, f, v, h, ord)
         ) batch
        order by t, r, f, h desc
     ), purging as (
       select distinct t, r from incoming where f = 'purged' and v = 'true'
     ), purged_before as (
       select d.t, d.r
         from (select distinct t, r from incoming) d
         join field_values p
           on p.workspace_id = $1 and p.table_name = d.t and p.row_id = d.r and p.field = 'purged' and p.value = 'true'
     ), fresh as (
       -- Joins, not correlated subqueries: a hash lookup per change, an index lookup per row.
       select i.*, $2::bigint + row_number() over (order by i.ord) as seq
         from incoming i
         left join field_values l
           on l.workspace_id = $1 and l.table_name = i.t and l.row_id = i.r and l.field = i.f
         left join purged_before b on b.t = i.t and b.r = i.r
         left join purging g on g.t = i.t and g.r = i.r and i.f <> 'purged'
        where (l.hlc is null or l.hlc < i.h) and b.t is null and g.t is null
     ), logged as (
       insert into changes (workspace_id, seq, table_name, row_id, field, value, hlc)
       select $1, seq, t, r, f, v, h from fresh
     ), latest as (
       insert into field_values (workspace_id, table_name, row_id, field, value, hlc, seq)
       select $1, t, r, f, v, h, seq from fresh
       on conflict (workspace_id, table_name, row_id, field)
       do update set value = excluded.value, hlc = excluded.hlc, seq = excluded.seq
     )
     update workspaces set seq = seq + (select count(*) from fresh) where id = $1
     returning seq, (select count(*)::int from fresh) as stored`,
    [
      workspaceId,
      seq,
      changes.map((change) => change.table),
      changes.map((change) => change.rowId),
      changes.map((change) => change.field),
      changes.map((change) => JSON.stringify(change.value)),
      changes.map((change) => change.hlc),
    ],
  );
  const after = result.rows[0]!;
  const purges = changes.filter(isPurgeChange);
  if (purges.length > 0) await forgetPurgedRows(tx, workspaceId, purges);
  return { stored: after.stored, seq: after.seq };
}

// Drops every value of the purged rows but their purge marker. The log has no index by row (it
// would slow every push); a purge is rare, so it scans the workspace's log once per batch.
async function forgetPurgedRows(tx: SqlExecutor, workspaceId: string, purges: readonly FieldChange[]): Promise<void> {
  await tx.query(
    `with purged as (
       select distinct t collate "C" as t, r collate "C" as r from unnest($2::text[], $3::text[]) as u(t, r)
     ), values_gone as (
       delete from field_values v using purged p
        where v.workspace_id = $1 and v.table_name = p.t and v.row_id = p.r and v.field <> 'purged'
     )
     delete from changes c using purged p
      where c.workspace_id = $1 and c.table_name = p.t and c.row_id = p.r and c.field <> 'purged'`,
    [workspaceId, purges.map((change) => change.table), purges.map((change) => change.rowId)],
  );
}
