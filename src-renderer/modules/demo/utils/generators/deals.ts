import { generateKeyBetween } from 'fractional-indexing';
import type { RecordFields } from '@shared/domain/recordSchemas';
import { customValues, dealAttributes } from './attributes';
import { currencies, dealOffers, dealStatusWeights, lostReasons, type DealKind } from './catalog';
import type { DemoPeople } from './contacts';
import { addMs, chance, dayMs, demoId, hourMs, isoDay, momentAround, scaledCount, type DemoContext, type DemoRecord } from './demoContext';
import type { DemoPipeline } from './pipelines';
import { someMemberId } from './team';

const baseDealCount = 400;

type Company = DemoRecord<'companies'>;
type DealStatus = (typeof dealStatusWeights)[number]['value'];
type Placement = { pipeline: DemoPipeline; stage: DemoRecord<'stages'>; status: DealStatus; position: string };

export type DemoDeals = { deals: DemoRecord<'deals'>[]; dealContacts: RecordFields<'dealContacts'>[] };

export type DealSources = {
  team: DemoRecord<'teamMembers'>[];
  companies: Company[];
  people: DemoPeople;
  pipelines: DemoPipeline[];
};

export function generateDeals(ctx: DemoContext, sources: DealSources): DemoDeals {
  const lastPosition = new Map<string, string>();
  const deals: DemoRecord<'deals'>[] = [];
  const dealContacts: RecordFields<'dealContacts'>[] = [];
  const count = scaledCount(ctx, baseDealCount);
  for (let index = 0; index < count; index += 1) {
    const placement = placeDeal(ctx, sources.pipelines, lastPosition);
    // Most deals are with a company; the rest are self-serve deals with a person.
    const company = chance(ctx, 0.9) ? ctx.faker.helpers.arrayElement(sources.companies) : undefined;
    const deal = dealRecord(ctx, placement, company, sources.team);
    deals.push(deal);
    dealContacts.push(...dealPeople(ctx, company, sources.people).map((contactId) => ({ dealId: deal.id, contactId })));
  }
  return { deals, dealContacts };
}

// Won deals sit in their pipeline's last stage; each new card goes to the bottom of its column.
function placeDeal(ctx: DemoContext, pipelines: DemoPipeline[], lastPosition: Map<string, string>): Placement {
  const { faker } = ctx;
  const pipeline = faker.helpers.weightedArrayElement(pipelines.map((entry) => ({ weight: entry.weight, value: entry })));
  const status = faker.helpers.weightedArrayElement(dealStatusWeights);
  const stage = faker.helpers.arrayElement(status === 'won' ? pipeline.stages.slice(-1) : pipeline.stages);
  const position = generateKeyBetween(lastPosition.get(stage.id) ?? null, null);
  lastPosition.set(stage.id, position);
  return { pipeline, stage, status, position };
}

function dealRecord(ctx: DemoContext, placement: Placement, company: Company | undefined, team: DemoRecord<'teamMembers'>[]): DemoRecord<'deals'> {
  const { faker } = ctx;
  const { pipeline, stage, status, position } = placement;
  const closedAt = status === 'won' || status === 'lost' ? momentAround(ctx, -180 * dayMs, -dayMs) : null;
  // A closed deal entered its last stage before it closed; an open one at some point this quarter.
  const stageEnteredAt = closedAt ? addMs(closedAt, -faker.number.int({ min: 1, max: 30 }) * dayMs) : momentAround(ctx, -75 * dayMs, -hourMs);
  return {
    id: demoId(ctx),
    title: dealTitle(ctx, pipeline.dealKind, company),
    // Whole hundreds between 500 and 50,000, in minor units.
    valueMinor: faker.number.int({ min: 5, max: 500 }) * 100 * 100,
    currency: faker.helpers.weightedArrayElement(currencies),
    pipelineId: pipeline.pipeline.id,
    stageId: stage.id,
    position,
    status,
    lostReason: status === 'lost' ? faker.helpers.arrayElement(lostReasons) : '',
    expectedCloseDate: isoDay(closedAt ?? expectedClose(ctx, status)),
    wonAt: status === 'won' && closedAt ? closedAt.toISOString() : null,
    lostAt: status === 'lost' && closedAt ? closedAt.toISOString() : null,
    stageEnteredAt: stageEnteredAt.toISOString(),
    // Only the stage it is in: the demo does not invent the stages before.
    stageHistory: [{ stageId: stage.id, at: stageEnteredAt.toISOString() }],
    externalId: null,
    ownerId: company?.ownerId ?? someMemberId(ctx, team, 0.9),
    companyId: company?.id ?? null,
    about: chance(ctx, 0.3) ? `Goal: ${ctx.faker.company.buzzPhrase()}.` : '',
    custom: customValues(ctx, dealAttributes, 0.6),
  };
}

// Open deals close in the coming months (a few are overdue); abandoned ones were due in the past.
function expectedClose(ctx: DemoContext, status: DealStatus): Date {
  return status === 'abandoned' ? momentAround(ctx, -120 * dayMs, -10 * dayMs) : momentAround(ctx, -15 * dayMs, 120 * dayMs);
}

function dealTitle(ctx: DemoContext, kind: DealKind, company: Company | undefined): string {
  const offer = ctx.faker.helpers.arrayElement(dealOffers);
  if (!company) return `${offer}, ${ctx.faker.number.int({ min: 2, max: 40 })} seats`;
  if (kind === 'renewal') return `${company.name} renewal ${ctx.referenceDate.getUTCFullYear() + 1}`;
  if (kind === 'partnership') return `${company.name} partnership`;
  return `${company.name}: ${offer}`;
}

// One to three people on each deal, from the company's staff when it has any.
function dealPeople(ctx: DemoContext, company: Company | undefined, people: DemoPeople): string[] {
  const staff = company ? (people.membersOf.get(company.id) ?? []) : [];
  const pool = staff.length > 0 ? staff : people.identified.map((contact) => contact.id);
  return ctx.faker.helpers.arrayElements(pool, { min: 1, max: 3 });
}

export function contactsByDeal(dealContacts: RecordFields<'dealContacts'>[]): Map<string, string[]> {
  const byDeal = new Map<string, string[]>();
  for (const { dealId, contactId } of dealContacts) {
    const contacts = byDeal.get(dealId) ?? [];
    contacts.push(contactId);
    byDeal.set(dealId, contacts);
  }
  return byDeal;
}
