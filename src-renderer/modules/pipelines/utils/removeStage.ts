import { compareByPosition, positionsAfter } from '@shared/domain/deals/dealPosition';
import { stageMovePatch } from '@shared/domain/deals/dealStage';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';

const stageTables = ['stages', 'deals', 'outbox', 'syncMeta'];

// Trashes a stage and moves its deals (trashed ones too, so a restore lands somewhere real) to
// the bottom of another stage, in one transaction and one undo step: no deal is ever left in a
// stage nobody can see.
export async function removeStage(db: OutpostDb, mutations: MutationLayer, stage: { id: string; name: string; pipelineId: string }, targetStageId: string | null, now = new Date()): Promise<UndoEntry> {
  const previousUndo = undoStore.getState().last;
  const label = `Removed stage ${stage.name}`;
  try {
    return await db.transaction('rw', stageTables, async () => {
      const inStage = (pipelineStageId: string) => db.deals.where('[pipelineId+stageId]').equals([stage.pipelineId, pipelineStageId]).toArray();
      const moving = (await inStage(stage.id)).sort(compareByPosition);
      if (targetStageId === stage.id || (!targetStageId && moving.some((deal) => !deal.deleted))) throw new Error(`Choose a stage for the deals in ${stage.name}`);
      const last = targetStageId && moving.length > 0 ? ((await inStage(targetStageId)).sort(compareByPosition).at(-1)?.position ?? null) : null;
      const positions = positionsAfter(last, moving.length);
      return mutations.undoable(label, async () => {
        if (targetStageId && moving.length > 0) {
          const patches = moving.map((deal, index) => ({ id: deal.id, fields: stageMovePatch(deal, targetStageId, positions[index] as string, now) }));
          await mutations.patchMany('deals', patches, label);
        }
        await mutations.softDelete('stages', [stage.id], label);
      });
    });
  } catch (error) {
    // The transaction rolled back, so the action recorded for undo never happened.
    undoStore.setState({ last: previousUndo });
    throw error;
  }
}
