import Dexie from 'dexie';
import { compareByPosition, positionAt, positionsAfter } from '@shared/domain/deals/dealPosition';
import { initialStage } from '@shared/domain/deals/dealStage';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';

const dealsBenchStages = ['Lead', 'Qualified', 'Proposal', 'Negotiation'];
const companyCount = 200;
const ownerCount = 12;

export type DealsBenchPipeline = { pipelineId: string; stageIds: string[]; titles: string[] };

// A pipeline put first in the picker (so the board opens on it) with `count` open deals in its
// first stage, each with a company, an owner, a value and a close date, written through the
// mutation layer as the New deal form and imports do; two more in the second stage.
export async function dealsSeedPipeline(count: number): Promise<DealsBenchPipeline> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchdeals'));
  const firstOrder = (await db.pipelines.orderBy('order').first())?.order ?? null;
  const pipeline = await mutations.create('pipelines', { name: `Bench pipeline ${new Date().toISOString()}`, order: positionAt(firstOrder ? [firstOrder] : [], 0) });
  const stageOrders = positionsAfter(null, dealsBenchStages.length);
  const stageIds = await mutations.createMany(
    'stages',
    dealsBenchStages.map((name, index) => ({ pipelineId: pipeline.id, name, order: stageOrders[index] as string, probability: 10 + index * 20 })),
  );
  const companies = await mutations.createMany('companies', Array.from({ length: companyCount }, (_, index) => ({ name: `Bench Buyer ${index}`, domain: `buyer${index}.bench.test` })));
  const owners = await mutations.createMany('teamMembers', Array.from({ length: ownerCount }, (_, index) => ({ name: `Rep ${index}`, email: `rep${index}@bench.test` })));
  const now = new Date();
  const deal = (index: number, stageId: string, position: string) => ({
    title: `Bench deal ${index}`,
    valueMinor: 50_000 + ((index * 7919) % 2_000_000),
    currency: index % 9 === 0 ? 'USD' : 'EUR',
    pipelineId: pipeline.id,
    position,
    expectedCloseDate: `2027-0${1 + (index % 9)}-${String(1 + (index % 28)).padStart(2, '0')}`,
    ownerId: owners[index % ownerCount] ?? null,
    companyId: companies[(index * 31) % companyCount] ?? null,
    ...initialStage(stageId, now),
  });
  const leadPositions = positionsAfter(null, count);
  const secondPositions = positionsAfter(null, 2);
  await mutations.createMany('deals', [
    ...leadPositions.map((position, index) => deal(index, stageIds[0] as string, position)),
    ...secondPositions.map((position, index) => deal(count + index, stageIds[1] as string, position)),
  ]);
  db.close();
  return { pipelineId: pipeline.id, stageIds, titles: Array.from({ length: 20 }, (_, index) => `Bench deal ${index}`) };
}

// Floor for showing the board: on a plain page, read the pipeline's deals through the
// [pipelineId+stageId] index, sort each column and put its first ten titles in the DOM.
export async function dealsBoardFloor(pipelineId: string): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  const deals = await db.deals.where('[pipelineId+stageId]').between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey]).toArray();
  const columns = new Map<string, typeof deals>();
  for (const deal of deals) if (!deal.deleted) columns.set(deal.stageId, [...(columns.get(deal.stageId) ?? []), deal]);
  const floor = document.getElementById('floor') as HTMLElement;
  for (const column of columns.values()) {
    for (const deal of column.sort(compareByPosition).slice(0, 10)) floor.append(Object.assign(document.createElement('article'), { textContent: deal.title }));
  }
  db.close();
  return performance.now();
}

// Floor for switching to the board in the running app: the same index read, timed alone.
export async function dealsReadFloor(pipelineId: string): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const started = performance.now();
  await db.deals.where('[pipelineId+stageId]').between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey]).toArray();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

// Floor for a drop: one Dexie put of a deal row with its new stage, no validation, no outbox.
export async function dealsPutFloor(pipelineId: string, stageId: string, runs = 7): Promise<number[]> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const rows = await db.deals.where('[pipelineId+stageId]').between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey]).limit(runs).toArray();
  const times: number[] = [];
  for (const row of rows) {
    const started = performance.now();
    await db.deals.put({ ...row, stageId });
    times.push(performance.now() - started);
    await db.deals.put(row);
  }
  db.close();
  return times;
}
