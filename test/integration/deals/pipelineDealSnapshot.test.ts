import { describe, expect, it } from 'vitest';
import { positionsAfter } from '@shared/domain/deals/dealPosition';
import { initialStage } from '@shared/domain/deals/dealStage';
import { createDeal, moveDeal } from '@renderer/modules/deals/utils/dealWrites';
import { orderAfter } from '@renderer/modules/pipelines/utils/orderedWrites';
import { PipelineDealSnapshot } from '@renderer/modules/deals/utils/pipelineDealSnapshot';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { openTestDatabase } from '../../helpers/testDatabase';

type Setup = Awaited<ReturnType<typeof openTestDatabase>>;

async function twoPipelines({ mutations }: Setup) {
  const sales = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const renewals = await mutations.create('pipelines', { name: 'Renewals', order: 'a1' });
  const stages: StoredRecord<'stages'>[] = [];
  for (const name of ['Lead', 'Proposal']) stages.push(await mutations.create('stages', { pipelineId: sales.id, name, order: orderAfter(stages), probability: 20 }));
  const renewal = await mutations.create('stages', { pipelineId: renewals.id, name: 'Up for renewal', order: 'a0', probability: 60 });
  return { sales, renewals, lead: stages[0] as StoredRecord<'stages'>, proposal: stages[1] as StoredRecord<'stages'>, renewal };
}

function loaded(snapshot: PipelineDealSnapshot): Promise<StoredRecord<'deals'>[]> {
  const now = snapshot.getDeals();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = snapshot.subscribe(() => {
      stop();
      resolve(snapshot.getDeals() ?? []);
    });
  });
}

const titles = (snapshot: PipelineDealSnapshot) => (snapshot.getDeals() ?? []).map((deal) => deal.title).sort();

describe('a pipeline deal snapshot', () => {
  it('follows creates, moves, deletes, undo and moves to another pipeline from the commits, reading only the written rows', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { sales, renewals, lead, proposal, renewal } = await twoPipelines(setup);
    const positions = positionsAfter(null, 50);
    await mutations.createMany('deals', positions.map((position, index) => ({ title: `Deal ${index}`, pipelineId: sales.id, position, ...initialStage(lead.id, new Date()) })));
    const other = await createDeal(db, mutations, { title: 'Renewal only', pipelineId: renewals.id, stageId: renewal.id }, []);
    const snapshot = new PipelineDealSnapshot(db, mutations, sales.id);
    expect(await loaded(snapshot)).toHaveLength(50);

    // Rows read from the deals table from here on: a re-read of the pipeline would be 50 or more.
    let rowsRead = 0;
    db.deals.hook('reading', (row) => {
      rowsRead += 1;
      return row;
    });
    let notified = 0;
    snapshot.subscribe(() => (notified += 1));

    const moved = snapshot.getDeals()?.find((deal) => deal.title === 'Deal 7') as StoredRecord<'deals'>;
    const before = snapshot.getDeals();
    await moveDeal(mutations, moved, proposal.id, 'a5');
    expect(snapshot.getDeals()).not.toBe(before);
    expect(snapshot.getDeals()?.find((deal) => deal.id === moved.id)?.stageId).toBe(proposal.id);
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThan(5);

    await mutations.softDelete('deals', [moved.id], 'Deleted Deal 7');
    expect(titles(snapshot)).not.toContain('Deal 7');
    await mutations.undoLast();
    expect(titles(snapshot)).toContain('Deal 7');

    // Moved to another pipeline, it leaves this one; a write to another pipeline's deal changes nothing.
    await mutations.update('deals', moved.id, { pipelineId: renewals.id, stageId: renewal.id });
    expect(snapshot.getDeals()).toHaveLength(49);
    const unchanged = snapshot.getDeals();
    await mutations.update('deals', other.id, { title: 'Renewal only (2027)' });
    expect(snapshot.getDeals()).toBe(unchanged);
    expect(notified).toBe(4);
    expect(rowsRead).toBeLessThan(20);
  });

  it('applies deals that sync merged from another device, as the mutation layer announces them', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { sales, lead, proposal } = await twoPipelines(setup);
    const deal = await createDeal(db, mutations, { title: 'Acme', pipelineId: sales.id, stageId: lead.id }, []);
    const snapshot = new PipelineDealSnapshot(db, mutations, sales.id);
    await loaded(snapshot);
    mutations.announce('deals', [{ ...deal, stageId: proposal.id, title: 'Acme (moved elsewhere)' }]);
    expect(snapshot.getDeals()?.map((row) => [row.title, row.stageId])).toEqual([['Acme (moved elsewhere)', proposal.id]]);
    mutations.announce('deals', [{ ...deal, deleted: 1 }]);
    expect(snapshot.getDeals()).toEqual([]);
  });

  it('keeps a deal written while its first read runs', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { sales, lead } = await twoPipelines(setup);
    const snapshot = new PipelineDealSnapshot(db, mutations, sales.id);
    await createDeal(db, mutations, { title: 'Written meanwhile', pipelineId: sales.id, stageId: lead.id }, []);
    await loaded(snapshot);
    expect(titles(snapshot)).toEqual(['Written meanwhile']);
  });
});
