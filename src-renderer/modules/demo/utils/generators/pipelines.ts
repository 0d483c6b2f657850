import { generateNKeysBetween } from 'fractional-indexing';
import { demoPipelines, type DealKind } from './catalog';
import { demoId, type DemoContext, type DemoRecord } from './demoContext';

export type DemoPipeline = { pipeline: DemoRecord<'pipelines'>; stages: DemoRecord<'stages'>[]; weight: number; dealKind: DealKind };

// Fractional-index keys in the items' order, as the board's drag and drop makes them.
function withOrderKeys<T>(items: readonly T[]): Array<[T, string]> {
  const keys = generateNKeysBetween(null, null, items.length);
  // generateNKeysBetween returns exactly one key per item.
  return items.map((item, index) => [item, keys[index] as string]);
}

export function generatePipelines(ctx: DemoContext): DemoPipeline[] {
  return withOrderKeys(demoPipelines).map(([{ name, weight, dealKind, stages }, order]) => {
    const pipeline = { id: demoId(ctx), name, order };
    return {
      pipeline,
      weight,
      dealKind,
      stages: withOrderKeys(stages).map(([stage, stageOrder]) => ({ id: demoId(ctx), pipelineId: pipeline.id, order: stageOrder, ...stage })),
    };
  });
}
