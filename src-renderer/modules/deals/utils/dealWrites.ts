import { compareByPosition, positionsAfter } from '@shared/domain/deals/dealPosition';
import { initialStage, stageMovePatch } from '@shared/domain/deals/dealStage';
import { statusPatch, type DealStatus } from '@shared/domain/deals/dealStatus';
import type { RecordInput } from '@shared/domain/recordSchemas';
import { linkRowId } from '../../../db/derivedFields';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

type Deal = StoredRecord<'deals'>;
export type NewDeal = Omit<RecordInput<'deals'>, 'position' | 'stageEnteredAt' | 'stageHistory'>;

// A new deal goes to the bottom of its stage's column, with its contacts linked.
export async function createDeal(db: OutpostDb, mutations: MutationLayer, fields: NewDeal, contactIds: string[], now = new Date()): Promise<Deal> {
  const column = await db.deals.where('[pipelineId+stageId]').equals([fields.pipelineId, fields.stageId]).toArray();
  const [position] = positionsAfter(column.sort(compareByPosition).at(-1)?.position ?? null, 1);
  const deal = await mutations.create('deals', { ...fields, ...initialStage(fields.stageId, now), position: position as string });
  if (contactIds.length > 0) await mutations.createMany('dealContacts', contactIds.map((contactId) => ({ dealId: deal.id, contactId })));
  return deal;
}

// One drag's commit: one row written, with only the moved deal's position (and stage) changed.
export function moveDeal(mutations: MutationLayer, deal: Deal, stageId: string, position: string, now = new Date()): Promise<Deal> {
  return mutations.update('deals', deal.id, stageMovePatch(deal, stageId, position, now));
}

const statusVerbs: Record<DealStatus, string> = { open: 'Reopened', won: 'Won', lost: 'Lost', abandoned: 'Abandoned', archived: 'Archived' };

// Won, lost (with its reason), reopened, abandoned or archived, undoable.
export function changeDealStatus(mutations: MutationLayer, deal: Deal, status: DealStatus, lostReason = '', now = new Date()): Promise<UndoEntry> {
  return mutations.patchMany('deals', [{ id: deal.id, fields: statusPatch(deal, status, now, lostReason) }], `${statusVerbs[status]} ${deal.title}`);
}

// A contact taken off a deal can be put back with undo.
export function unlinkDealContact(mutations: MutationLayer, dealId: string, contactId: string, contactName: string): Promise<UndoEntry> {
  return mutations.softDelete('dealContacts', [linkRowId('dealContacts', dealId, contactId)], `Removed ${contactName} from the deal`);
}

// The profile's save, with only the fields the user changed (so a value another device wrote
// meanwhile is not overwritten by the form's stale copy). A new stage (or pipeline) puts the
// deal at the bottom of that column and records the move in its stage history, as a drag would.
export async function updateDeal(db: OutpostDb, mutations: MutationLayer, deal: Deal, patch: Partial<NewDeal>, now = new Date()): Promise<Deal> {
  const pipelineId = patch.pipelineId ?? deal.pipelineId;
  const stageId = patch.stageId ?? deal.stageId;
  if (stageId === deal.stageId && pipelineId === deal.pipelineId) return mutations.update('deals', deal.id, patch);
  const column = await db.deals.where('[pipelineId+stageId]').equals([pipelineId, stageId]).toArray();
  const [position] = positionsAfter(column.sort(compareByPosition).at(-1)?.position ?? null, 1);
  return mutations.update('deals', deal.id, { ...patch, pipelineId, ...stageMovePatch(deal, stageId, position as string, now) });
}
