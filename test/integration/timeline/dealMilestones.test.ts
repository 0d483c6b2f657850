import { describe, expect, it } from 'vitest';
import { companyTimeline, readCompanyRecords } from '@renderer/modules/companies/utils/readCompanyActivity';
import { changeDealStatus, createDeal, moveDeal } from '@renderer/modules/deals/utils/dealWrites';
import { dealMilestoneEntries } from '@renderer/modules/timeline/utils/dealMilestoneEntries';
import { readContactActivity } from '@renderer/modules/timeline/utils/readContactActivity';
import { compareNewestFirst } from '@renderer/modules/timeline/utils/timelineEntry';
import { openTestDatabase } from '../../helpers/testDatabase';

// Days after now: the deal row's createdAt is the real time of the write.
const dayMs = 24 * 60 * 60 * 1000;
const base = Date.now();
const at = (day: number) => new Date(base + day * dayMs);

async function dealWithHistory() {
  const { db, mutations } = await openTestDatabase();
  const contact = await mutations.create('contacts', { firstName: 'Ada', email: 'ada@example.com' });
  const company = await mutations.create('companies', { name: 'Acme' });
  const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const lead = await mutations.create('stages', { pipelineId: pipeline.id, name: 'Lead', order: 'a0', probability: 10 });
  const proposal = await mutations.create('stages', { pipelineId: pipeline.id, name: 'Proposal', order: 'a1', probability: 50 });
  const created = await createDeal(db, mutations, { title: 'Acme rollout', pipelineId: pipeline.id, stageId: lead.id, companyId: company.id }, [contact.id], at(1));
  const moved = await moveDeal(mutations, created, proposal.id, 'a5', at(2));
  await changeDealStatus(mutations, moved, 'lost', 'Chose a competitor', at(3));
  // A stage removed since is still named on the timeline.
  await mutations.softDelete('stages', [lead.id], 'Removed stage Lead');
  return { db, contactId: contact.id, companyId: company.id, deal: await db.deals.get(created.id) };
}

describe('deal milestones on timelines', () => {
  it("shows a deal's stage moves and its loss on its contact's timeline, each naming and linking the deal", async () => {
    const { db, contactId, deal } = await dealWithHistory();
    const entries = (await readContactActivity(db, contactId, at(4))).filter((entry) => entry.kind === 'deal').sort(compareNewestFirst);
    expect(entries.map((entry) => [entry.time, entry.title, entry.body])).toEqual([
      [at(3).toISOString(), 'Acme rollout lost', 'Chose a competitor'],
      [at(2).toISOString(), 'Acme rollout entered Proposal', ''],
      [deal?.createdAt, 'Acme rollout', ''],
    ]);
    expect(entries.every((entry) => entry.to === `/deals/${deal?.id}`)).toBe(true);
  });

  it("shows the same stage moves and loss on its company's timeline", async () => {
    const { db, companyId, deal } = await dealWithHistory();
    const entries = companyTimeline(await readCompanyRecords(db, companyId), at(4)).filter((entry) => entry.kind === 'deal');
    expect(entries.map((entry) => [entry.time, entry.title])).toEqual([
      [at(3).toISOString(), 'Acme rollout lost'],
      [at(2).toISOString(), 'Acme rollout entered Proposal'],
      [deal?.createdAt, 'Acme rollout'],
    ]);
  });

  it("lists every stage entered, the first one too, and the win on the deal's own timeline", async () => {
    const { deal } = await dealWithHistory();
    if (!deal) throw new Error('no deal');
    const won = { ...deal, status: 'won' as const, wonAt: at(5).toISOString(), lostAt: null, lostReason: '' };
    const stageNames = new Map([[deal.stageId, 'Proposal']]);
    expect(dealMilestoneEntries(won, stageNames, true).map((entry) => [entry.title, entry.to])).toEqual([
      ['Entered a removed stage', undefined],
      ['Entered Proposal', undefined],
      ['Won', undefined],
    ]);
  });
});
