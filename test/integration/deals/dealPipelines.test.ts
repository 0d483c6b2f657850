import { describe, expect, it } from 'vitest';
import { positionAt } from '@shared/domain/deals/dealPosition';
import { groupDealsByStage } from '@shared/domain/deals/groupDealsByStage';
import { changedDealFields, dealToFormValues } from '@renderer/modules/deals/utils/dealFormValues';
import { changeDealStatus, createDeal, moveDeal, unlinkDealContact, updateDeal } from '@renderer/modules/deals/utils/dealWrites';
import { orderAfter, moveOrdered } from '@renderer/modules/pipelines/utils/orderedWrites';
import { readStages } from '@renderer/modules/pipelines/utils/readStages';
import { removeStage } from '@renderer/modules/pipelines/utils/removeStage';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { openTestDatabase } from '../../helpers/testDatabase';

type Setup = Awaited<ReturnType<typeof openTestDatabase>>;

async function pipelineWithStages({ mutations }: Setup, names: string[]) {
  const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const stages: StoredRecord<'stages'>[] = [];
  for (const name of names) stages.push(await mutations.create('stages', { pipelineId: pipeline.id, name, order: orderAfter(stages), probability: 20 }));
  return { pipeline, stages };
}

async function column(setup: Setup, pipelineId: string, stageId: string): Promise<string[]> {
  const deals = await setup.db.deals.where('[pipelineId+stageId]').equals([pipelineId, stageId]).toArray();
  return groupDealsByStage(deals.filter((deal) => !deal.deleted), [stageId]).get(stageId)?.map((deal) => deal.title) ?? [];
}

describe('pipelines and deals in the database', () => {
  it('removing a stage moves its deals to the bottom of the chosen stage, and one undo brings both back', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead', 'Proposal']);
    const [lead, proposal] = stages as [(typeof stages)[0], (typeof stages)[0]];
    await createDeal(db, mutations, { title: 'Staying', pipelineId: pipeline.id, stageId: proposal.id }, []);
    const first = await createDeal(db, mutations, { title: 'First', pipelineId: pipeline.id, stageId: lead.id }, []);
    await createDeal(db, mutations, { title: 'Second', pipelineId: pipeline.id, stageId: lead.id }, []);

    await removeStage(db, mutations, lead, proposal.id, new Date('2026-12-04T12:00:00.000Z'));
    expect((await db.stages.get(lead.id))?.deleted).toBe(1);
    expect(await column(setup, pipeline.id, proposal.id)).toEqual(['Staying', 'First', 'Second']);
    const moved = await db.deals.get(first.id);
    expect(moved?.stageEnteredAt).toBe('2026-12-04T12:00:00.000Z');
    expect(moved?.stageHistory.map((entry) => entry.stageId)).toEqual([lead.id, proposal.id]);

    await mutations.undoLast();
    expect((await db.stages.get(lead.id))?.deleted).toBe(0);
    expect(await column(setup, pipeline.id, lead.id)).toEqual(['First', 'Second']);
    expect((await db.deals.get(first.id))?.stageHistory.map((entry) => entry.stageId)).toEqual([lead.id]);
  });

  it('refuses to remove a stage with deals without a stage to move them to, and writes nothing', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead']);
    const lead = stages[0] as (typeof stages)[0];
    await createDeal(db, mutations, { title: 'Open', pipelineId: pipeline.id, stageId: lead.id }, []);
    await expect(removeStage(db, mutations, lead, null)).rejects.toThrow('Choose a stage');
    expect((await db.stages.get(lead.id))?.deleted).toBe(0);
  });

  it('reorders stages by rewriting only the moved stage', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead', 'Demo', 'Won']);
    const before = new Map((await readStages(db, pipeline.id)).map((stage) => [stage.id, stage.order]));
    await moveOrdered(mutations, 'stages', await readStages(db, pipeline.id), (stages[2] as (typeof stages)[0]).id, -1);
    const after = await readStages(db, pipeline.id);
    expect(after.map((stage) => stage.name)).toEqual(['Lead', 'Won', 'Demo']);
    expect(after.filter((stage) => stage.order !== before.get(stage.id)).map((stage) => stage.name)).toEqual(['Won']);
  });

  it('moves a deal across stages and reorders within one, each a single row write', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead', 'Proposal']);
    const [lead, proposal] = stages as [(typeof stages)[0], (typeof stages)[0]];
    const a = await createDeal(db, mutations, { title: 'A', pipelineId: pipeline.id, stageId: lead.id }, []);
    await createDeal(db, mutations, { title: 'B', pipelineId: pipeline.id, stageId: lead.id }, []);
    const c = await createDeal(db, mutations, { title: 'C', pipelineId: pipeline.id, stageId: lead.id }, []);
    const outboxBefore = await db.outbox.count();

    // C to the top of Lead: between nothing and A.
    await moveDeal(mutations, c, lead.id, positionAt([a.position], 0));
    expect(await column(setup, pipeline.id, lead.id)).toEqual(['C', 'A', 'B']);
    const reordered = await db.outbox.toCollection().last();
    expect(reordered?.writes).toHaveLength(1);
    expect(Object.keys(reordered?.writes[0]?.fields ?? {}).sort()).toEqual(['position', 'updatedAt']);

    // A to the empty Proposal column.
    const stored = await db.deals.get(a.id);
    await moveDeal(mutations, stored!, proposal.id, positionAt([], 0), new Date('2026-12-04T12:00:00.000Z'));
    expect(await column(setup, pipeline.id, lead.id)).toEqual(['C', 'B']);
    expect(await column(setup, pipeline.id, proposal.id)).toEqual(['A']);
    expect((await db.deals.get(a.id))?.stageEnteredAt).toBe('2026-12-04T12:00:00.000Z');
    expect(await db.outbox.count()).toBe(outboxBefore + 2);
  });

  it('winning and losing record their dates and can be undone; contacts are linked and unlinked', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead']);
    const contact = await mutations.create('contacts', { firstName: 'Ada', email: 'ada@example.com' });
    const deal = await createDeal(db, mutations, { title: 'Big one', pipelineId: pipeline.id, stageId: (stages[0] as (typeof stages)[0]).id }, [contact.id]);
    expect((await db.deals.get(deal.id))?.contactIds).toEqual([contact.id]);

    await changeDealStatus(mutations, (await db.deals.get(deal.id))!, 'lost', 'No budget', new Date('2026-12-04T12:00:00.000Z'));
    expect(await db.deals.get(deal.id)).toMatchObject({ status: 'lost', lostReason: 'No budget', lostAt: '2026-12-04T12:00:00.000Z', wonAt: null });
    await mutations.undoLast();
    expect(await db.deals.get(deal.id)).toMatchObject({ status: 'open', lostReason: '', lostAt: null });
    await changeDealStatus(mutations, (await db.deals.get(deal.id))!, 'won', '', new Date('2026-12-05T12:00:00.000Z'));
    expect(await db.deals.get(deal.id)).toMatchObject({ status: 'won', wonAt: '2026-12-05T12:00:00.000Z' });

    await unlinkDealContact(mutations, deal.id, contact.id, 'Ada');
    expect((await db.deals.get(deal.id))?.contactIds).toEqual([]);
    await mutations.undoLast();
    expect((await db.deals.get(deal.id))?.contactIds).toEqual([contact.id]);
  });

  it('the profile writes only what the user changed, and a new stage goes into the history', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { pipeline, stages } = await pipelineWithStages(setup, ['Lead', 'Proposal']);
    const [lead, proposal] = stages as [(typeof stages)[0], (typeof stages)[0]];
    const deal = await createDeal(db, mutations, { title: 'Acme', valueMinor: 1000, pipelineId: pipeline.id, stageId: lead.id }, []);
    const opened = dealToFormValues(deal);
    // Another device renames the deal while the form is open.
    await mutations.update('deals', deal.id, { title: 'Acme Corp' });

    const edited = { ...opened, value: 25, stageId: proposal.id };
    await updateDeal(db, mutations, (await db.deals.get(deal.id))!, changedDealFields(edited, opened), new Date('2026-12-04T12:00:00.000Z'));
    const saved = await db.deals.get(deal.id);
    expect(saved).toMatchObject({ title: 'Acme Corp', valueMinor: 2500, stageId: proposal.id, stageEnteredAt: '2026-12-04T12:00:00.000Z' });
    expect(saved?.stageHistory.map((entry) => entry.stageId)).toEqual([lead.id, proposal.id]);
  });
});
