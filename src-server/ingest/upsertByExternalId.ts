import { newId } from '@shared/ids';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import type { SyncStore } from '../store/SyncStore';
import { appendChanges, lockWorkspaceSeq } from '../sync/pushChanges';
import { withDealDerivedFields } from './dealDerivedFields';
import { findRecordBy } from './findRecordBy';
import type { IngestTable, UpsertRecordRequest } from './ingestSchemas';
import { changedRecordFields, newRecordFields } from './recordFields';

export type UpsertResult = { rowId: string; created: boolean; seq: number };

// update_or_create by external id: the record's fields become changes in the same log the
// devices push to, stamped by the server's clock just after the record's newest change so they
// win. The lookup runs under the workspace lock, so two calls for a new id create one record.
// A deal also gets the stage and status fields the app writes with the same change.
export async function upsertByExternalId(
  store: SyncStore,
  clock: HybridLogicalClock,
  workspaceId: string,
  table: IngestTable,
  request: UpsertRecordRequest,
): Promise<UpsertResult> {
  return store.transaction(async (tx) => {
    const locked = await lockWorkspaceSeq(tx, workspaceId);
    const found = await findRecordBy(tx, workspaceId, table, 'externalId', request.externalId);
    const now = new Date().toISOString();
    const given = { ...request.fields, externalId: request.externalId };
    const input = table === 'deals' ? await withDealDerivedFields(tx, workspaceId, found?.rowId ?? null, given, new Date(now)) : given;
    if (found) clock.observe(found.latestHlc);
    const rowId = found?.rowId ?? newId();
    const fields = found ? changedRecordFields(table, input, now) : newRecordFields(table, input, now);
    const { seq } = await appendChanges(tx, locked, expandRecordWrite({ table, rowId, hlc: clock.next(), fields }));
    return { rowId, created: !found, seq };
  });
}
