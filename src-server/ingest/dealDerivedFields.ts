import { z } from 'zod';
import { dealStatuses, stageHistoryEntrySchema } from '@shared/domain/deal';
import { isPositionKey, positionsAfter } from '@shared/domain/deals/dealPosition';
import { stageMovePatch } from '@shared/domain/deals/dealStage';
import { statusPatch } from '@shared/domain/deals/dealStatus';
import type { SqlExecutor } from '../store/SyncStore';
import { RecordRejectedError } from './RecordRejectedError';

// What the app derives when a user makes a deal change, read from the stored deal. A new deal
// starts as an open deal in no stage yet.
const storedDealSchema = z.object({
  stageId: z.string().catch(''),
  stageHistory: z.array(stageHistoryEntrySchema).catch([]),
  status: z.enum(dealStatuses).catch('open'),
  wonAt: z.string().nullable().catch(null),
  lostAt: z.string().nullable().catch(null),
  lostReason: z.string().catch(''),
});
type StoredDeal = z.infer<typeof storedDealSchema>;

const isStatus = (value: unknown): value is StoredDeal['status'] => (dealStatuses as readonly unknown[]).includes(value);

// The ingested fields of a deal plus what the app writes along with them, so a deal an
// integration creates or moves looks like one a user dragged there: entering a stage records when
// and adds a history line, a deal new to a column goes to its bottom, winning or losing records
// when. Fields the caller gives are kept as given; the table schema checks them afterwards.
export async function withDealDerivedFields(tx: SqlExecutor, workspaceId: string, rowId: string | null, input: Record<string, unknown>, now: Date): Promise<Record<string, unknown>> {
  if (typeof input.position === 'string' && !isPositionKey(input.position)) {
    throw new RecordRejectedError(`Invalid deals fields: position "${input.position}" is not a board position such as "a0"; leave it out to put the deal at the bottom of its stage.`);
  }
  const stored = storedDealSchema.parse(rowId ? await storedDealFields(tx, workspaceId, rowId) : {});
  const derived: Record<string, unknown> = {};
  if (typeof input.stageId === 'string' && input.stageId !== stored.stageId) {
    const position = typeof input.position === 'string' ? input.position : await bottomOfColumn(tx, workspaceId, input.stageId);
    Object.assign(derived, stageMovePatch(stored, input.stageId, position, now));
  }
  if (isStatus(input.status) && input.status !== stored.status) {
    Object.assign(derived, statusPatch(stored, input.status, now, typeof input.lostReason === 'string' ? input.lostReason : stored.lostReason));
  }
  return { ...derived, ...input };
}

async function storedDealFields(tx: SqlExecutor, workspaceId: string, rowId: string): Promise<Record<string, unknown>> {
  const result = await tx.query<{ field: string; value: string }>(
    `select field, value from field_values where workspace_id = $1 and table_name = 'deals' and row_id = $2 and field = any($3)`,
    [workspaceId, rowId, Object.keys(storedDealSchema.shape)],
  );
  return Object.fromEntries(result.rows.map(({ field, value }) => [field, JSON.parse(value) as unknown]));
}

// A position after every deal in the stage's column. Positions compare byte by byte, and the
// stored JSON text of one ("a0" with its quotes) sorts like the key itself.
async function bottomOfColumn(tx: SqlExecutor, workspaceId: string, stageId: string): Promise<string> {
  const result = await tx.query<{ last: string | null }>(
    `select max(p.value collate "C") as last
       from field_values s
       join field_values p on p.workspace_id = s.workspace_id and p.table_name = 'deals' and p.row_id = s.row_id and p.field = 'position'
      where s.workspace_id = $1 and s.table_name = 'deals' and s.field = 'stageId' and s.value = $2`,
    [workspaceId, JSON.stringify(stageId)],
  );
  const last = result.rows[0]?.last;
  const lastPosition = last ? (JSON.parse(last) as unknown) : null;
  return positionsAfter(typeof lastPosition === 'string' ? lastPosition : null, 1)[0]!;
}
