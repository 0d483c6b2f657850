import type { JsonValue } from '@shared/sync/recordWrite';
import type { SqlExecutor } from '../store/SyncStore';

export type IdentityField = 'externalId' | 'email' | 'visitorId';

// The newest live record whose latest `field` value is `value` (deleted and purged ones are
// passed over), with the newest HLC among its fields so a write made for it can be later.
export async function findRecordBy(
  tx: SqlExecutor,
  workspaceId: string,
  table: string,
  field: IdentityField,
  value: JsonValue,
): Promise<{ rowId: string; latestHlc: string } | null> {
  const json = JSON.stringify(value);
  const result = await tx.query<{ rowId: string; latestHlc: string }>(
    `select f.row_id as "rowId",
            (select max(a.hlc) from field_values a where a.workspace_id = $1 and a.table_name = $2 and a.row_id = f.row_id) as "latestHlc"
       from field_values f
      where f.workspace_id = $1 and f.table_name = $2 and f.field = $3 and md5(f.value) = md5($4) and f.value = $4
        and not exists (
          select 1 from field_values d
           where d.workspace_id = $1 and d.table_name = $2 and d.row_id = f.row_id
             and ((d.field = 'deleted' and d.value = '1') or (d.field = 'purged' and d.value = 'true'))
        )
      order by f.seq desc
      limit 1`,
    [workspaceId, table, field, json],
  );
  return result.rows[0] ?? null;
}
