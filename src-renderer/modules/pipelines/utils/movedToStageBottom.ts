import { compareByPosition, positionsAfter } from '@shared/domain/deals/dealPosition';
import { stageMovePatch } from '@shared/domain/deals/dealStage';
import type { RecordPatch } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

type Deal = StoredRecord<'deals'>;
export type StagePlace = { pipelineId: string; stageId: string };

// The patches that move `deals` (in their card order) below the last card of the target stage,
// each with a stage history line, as a drop at the bottom of that column would.
export async function movedToStageBottom(db: OutpostDb, deals: readonly Deal[], target: StagePlace, now: Date): Promise<Array<{ id: string; fields: RecordPatch<'deals'> }>> {
  if (deals.length === 0) return [];
  const column = await db.deals.where('[pipelineId+stageId]').equals([target.pipelineId, target.stageId]).toArray();
  const positions = positionsAfter(column.sort(compareByPosition).at(-1)?.position ?? null, deals.length);
  return [...deals].sort(compareByPosition).map((deal, index) => {
    const move = stageMovePatch(deal, target.stageId, positions[index] as string, now);
    return { id: deal.id, fields: deal.pipelineId === target.pipelineId ? move : { ...move, pipelineId: target.pipelineId } };
  });
}
