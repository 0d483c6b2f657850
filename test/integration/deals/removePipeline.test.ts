import { describe, expect, it } from 'vitest';
import { createDeal } from '@renderer/modules/deals/utils/dealWrites';
import { removePipeline } from '@renderer/modules/pipelines/utils/removePipeline';
import { undoStore } from '@renderer/db/mutations/undoStore';
import { openTestDatabase } from '../../helpers/testDatabase';

type Setup = Awaited<ReturnType<typeof openTestDatabase>>;

async function pipeline({ mutations }: Setup, name: string, order: string, stageNames: string[]) {
  const created = await mutations.create('pipelines', { name, order });
  const stages = [];
  for (const [index, stageName] of stageNames.entries()) stages.push(await mutations.create('stages', { pipelineId: created.id, name: stageName, order: `a${index}`, probability: 20 }));
  return { pipeline: created, stages };
}

const titlesIn = async ({ db }: Setup, pipelineId: string, stageId: string) =>
  (await db.deals.where('[pipelineId+stageId]').equals([pipelineId, stageId]).toArray())
    .filter((deal) => !deal.deleted)
    .sort((a, b) => (a.position < b.position ? -1 : 1))
    .map((deal) => deal.title);

describe('removing a pipeline', () => {
  it('moves its deals to the bottom of the chosen stage of another pipeline, and one undo brings both back', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const sales = await pipeline(setup, 'Sales', 'a0', ['Lead', 'Proposal']);
    const renewals = await pipeline(setup, 'Renewals', 'a1', ['Up for renewal']);
    const [lead, proposal] = sales.stages as [(typeof sales.stages)[0], (typeof sales.stages)[0]];
    const upForRenewal = renewals.stages[0] as (typeof renewals.stages)[0];
    await createDeal(db, mutations, { title: 'Already there', pipelineId: renewals.pipeline.id, stageId: upForRenewal.id }, []);
    const first = await createDeal(db, mutations, { title: 'First', pipelineId: sales.pipeline.id, stageId: lead.id }, []);
    await createDeal(db, mutations, { title: 'Second', pipelineId: sales.pipeline.id, stageId: proposal.id }, []);

    await removePipeline(db, mutations, sales.pipeline, { pipelineId: renewals.pipeline.id, stageId: upForRenewal.id }, new Date('2026-12-04T12:00:00.000Z'));
    expect((await db.pipelines.get(sales.pipeline.id))?.deleted).toBe(1);
    expect(await titlesIn(setup, renewals.pipeline.id, upForRenewal.id)).toEqual(['Already there', 'First', 'Second']);
    const moved = await db.deals.get(first.id);
    expect(moved?.stageHistory.map((entry) => entry.stageId)).toEqual([lead.id, upForRenewal.id]);
    expect(moved?.stageEnteredAt).toBe('2026-12-04T12:00:00.000Z');

    await mutations.undoLast();
    expect((await db.pipelines.get(sales.pipeline.id))?.deleted).toBe(0);
    expect(await titlesIn(setup, sales.pipeline.id, lead.id)).toEqual(['First']);
    expect(await titlesIn(setup, sales.pipeline.id, proposal.id)).toEqual(['Second']);
    expect(await titlesIn(setup, renewals.pipeline.id, upForRenewal.id)).toEqual(['Already there']);
  });

  it('removes a pipeline without deals with nothing to choose', async () => {
    const setup = await openTestDatabase();
    const sales = await pipeline(setup, 'Sales', 'a0', ['Lead']);
    await pipeline(setup, 'Renewals', 'a1', []);
    await removePipeline(setup.db, setup.mutations, sales.pipeline, null);
    expect((await setup.db.pipelines.get(sales.pipeline.id))?.deleted).toBe(1);
  });

  it('refuses the last pipeline, deals without a place, or a stage of the same pipeline, and writes nothing', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const sales = await pipeline(setup, 'Sales', 'a0', ['Lead', 'Proposal']);
    const lead = sales.stages[0] as (typeof sales.stages)[0];
    await createDeal(db, mutations, { title: 'Open', pipelineId: sales.pipeline.id, stageId: lead.id }, []);
    const undoBefore = undoStore.getState().last;
    await expect(removePipeline(db, mutations, sales.pipeline, null)).rejects.toThrow('Sales is the only pipeline; add another before removing it');

    const renewals = await pipeline(setup, 'Renewals', 'a1', ['Up for renewal']);
    await expect(removePipeline(db, mutations, sales.pipeline, null)).rejects.toThrow('Choose where the deals in Sales go');
    await expect(removePipeline(db, mutations, sales.pipeline, { pipelineId: sales.pipeline.id, stageId: sales.stages[1]?.id ?? '' })).rejects.toThrow('Choose a stage of another pipeline');
    await expect(removePipeline(db, mutations, sales.pipeline, { pipelineId: renewals.pipeline.id, stageId: lead.id })).rejects.toThrow('Choose a stage of another pipeline');
    expect((await db.pipelines.get(sales.pipeline.id))?.deleted).toBe(0);
    expect(await titlesIn(setup, sales.pipeline.id, lead.id)).toEqual(['Open']);
    expect(undoStore.getState().last).toBe(undoBefore);
  });
});
