import Dexie from 'dexie';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

// A pipeline's stages in order, through the [pipelineId+order] index; trash left out.
export async function readStages(db: OutpostDb, pipelineId: string): Promise<StoredRecord<'stages'>[]> {
  const stages = await db.stages.where('[pipelineId+order]').between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey]).toArray();
  return stages.filter((stage) => !stage.deleted);
}
