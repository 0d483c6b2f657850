import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import { inRemovalTransaction } from './inRemovalTransaction';
import { movedToStageBottom } from './movedToStageBottom';

const stageTables = ['stages', 'deals', 'outbox', 'syncMeta'];

// Trashes a stage and moves its deals (trashed ones too, so a restore lands somewhere real) to
// the bottom of another stage, in one transaction and one undo step: no deal is ever left in a
// stage nobody can see.
export function removeStage(db: OutpostDb, mutations: MutationLayer, stage: { id: string; name: string; pipelineId: string }, targetStageId: string | null, now = new Date()): Promise<UndoEntry> {
  const label = `Removed stage ${stage.name}`;
  return inRemovalTransaction(db, stageTables, async () => {
    const moving = await db.deals.where('[pipelineId+stageId]').equals([stage.pipelineId, stage.id]).toArray();
    if (targetStageId === stage.id || (!targetStageId && moving.some((deal) => !deal.deleted))) throw new Error(`Choose a stage for the deals in ${stage.name}`);
    const patches = targetStageId ? await movedToStageBottom(db, moving, { pipelineId: stage.pipelineId, stageId: targetStageId }, now) : [];
    return mutations.undoable(label, async () => {
      if (patches.length > 0) await mutations.patchMany('deals', patches, label);
      await mutations.softDelete('stages', [stage.id], label);
    });
  });
}
