import { describe, expect, it } from 'vitest';
import { createDeal, moveDeal, updateDeal } from '@renderer/modules/deals/utils/dealWrites';
import { RecordValidationError } from '@renderer/db/errors';
import { openTestDatabase } from '../../helpers/testDatabase';

async function dealIn(setup: Awaited<ReturnType<typeof openTestDatabase>>, currency: string) {
  const { db, mutations } = setup;
  const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const lead = await mutations.create('stages', { pipelineId: pipeline.id, name: 'Lead', order: 'a0' });
  const won = await mutations.create('stages', { pipelineId: pipeline.id, name: 'Won soon', order: 'a1' });
  const deal = await createDeal(db, mutations, { title: 'Rollout', valueMinor: 150_000, currency, pipelineId: pipeline.id, stageId: lead.id }, []);
  return { deal, won };
}

describe('the currency of a stored deal', () => {
  it('a code outside ISO 4217 is refused on a new deal and on a change of currency, beside the field', async () => {
    const setup = await openTestDatabase();
    await expect(dealIn(setup, 'XYZ')).rejects.toThrow('currency: XYZ is not an ISO 4217 currency code');
    const { deal } = await dealIn(setup, 'CHF');
    const refused = await setup.mutations.update('deals', deal.id, { currency: 'ABC' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RecordValidationError);
    expect((refused as RecordValidationError).issues).toEqual([{ field: 'currency', message: 'ABC is not an ISO 4217 currency code; use one like EUR, USD or JPY' }]);
    expect((await setup.db.deals.get(deal.id))?.currency).toBe('CHF');
  });

  it('a code stored before the list lacked it is read as it is and kept through other edits', async () => {
    const setup = await openTestDatabase();
    const { db, mutations } = setup;
    const { deal, won } = await dealIn(setup, 'EUR');
    // As a device whose Intl listed the code, or an older version, would have stored it.
    await db.deals.update(deal.id, { currency: 'XYZ' });
    const stored = (await db.deals.get(deal.id))!;

    const renamed = await updateDeal(db, mutations, stored, { title: 'Rollout 2027' });
    expect(renamed).toMatchObject({ title: 'Rollout 2027', currency: 'XYZ', valueMinor: 150_000 });
    const moved = await moveDeal(mutations, renamed, won.id, 'a5');
    expect(moved).toMatchObject({ stageId: won.id, currency: 'XYZ' });
    // The move wrote the stage, not the currency: sync is not told of a change that was none.
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)?.writes[0]?.fields).not.toHaveProperty('currency');

    // Choosing an ISO code replaces it.
    expect(await mutations.update('deals', deal.id, { currency: 'USD' })).toMatchObject({ currency: 'USD', title: 'Rollout 2027' });
  });
});
