import Dexie from 'dexie';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import { inRemovalTransaction } from './inRemovalTransaction';
import { movedToStageBottom, type StagePlace } from './movedToStageBottom';

const pipelineTables = ['pipelines', 'stages', 'deals', 'outbox', 'syncMeta'];

// Trashes a pipeline and moves its deals (trashed ones too) to the bottom of a stage of another
// pipeline, in one transaction and one undo step. The last pipeline stays: deals need one.
export function removePipeline(db: OutpostDb, mutations: MutationLayer, pipeline: { id: string; name: string }, target: StagePlace | null, now = new Date()): Promise<UndoEntry> {
  const label = `Removed pipeline ${pipeline.name}`;
  return inRemovalTransaction(db, pipelineTables, async () => {
    const others = (await db.pipelines.toArray()).filter((other) => !other.deleted && other.id !== pipeline.id);
    if (others.length === 0) throw new Error(`${pipeline.name} is the only pipeline; add another before removing it`);
    const moving = await db.deals.where('[pipelineId+stageId]').between([pipeline.id, Dexie.minKey], [pipeline.id, Dexie.maxKey]).toArray();
    if (target) {
      const stage = await db.stages.get(target.stageId);
      if (!stage || stage.deleted || stage.pipelineId !== target.pipelineId || !others.some((other) => other.id === target.pipelineId)) throw new Error(`Choose a stage of another pipeline for the deals in ${pipeline.name}`);
    } else if (moving.some((deal) => !deal.deleted)) throw new Error(`Choose where the deals in ${pipeline.name} go`);
    const patches = target ? await movedToStageBottom(db, moving, target, now) : [];
    return mutations.undoable(label, async () => {
      if (patches.length > 0) await mutations.patchMany('deals', patches, label);
      await mutations.softDelete('pipelines', [pipeline.id], label);
    });
  });
}
