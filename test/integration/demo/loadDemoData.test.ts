import { beforeAll, describe, expect, it } from 'vitest';
import { attributeTypes } from '@shared/domain/attribute';
import { recordSchemas, syncedTables, type SyncedTable } from '@shared/domain/recordSchemas';
import { readOutboxMeta } from '@renderer/db/outboxMeta';
import type { StoredEvent } from '@renderer/db/events/eventRows';
import { readAllRecords } from '@renderer/db/recordStore';
import { generateDemoData, pageVisitEvent, type DemoData } from '@renderer/modules/demo/utils/generateDemoData';
import { demoLoadOrder, loadDemoData, type DemoCounts, type DemoProgress } from '@renderer/modules/demo/utils/loadDemoData';
import { openTestDatabase } from '../../helpers/testDatabase';

type TestDb = Awaited<ReturnType<typeof openTestDatabase>>['db'];

const referenceTime = new Date('2026-12-01T12:00:00Z').getTime();
const dayMs = 24 * 60 * 60 * 1000;

// Map.groupBy needs Node 21; the build machines run Node 20.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('loading demo data through the mutation layer (scale 0.05)', () => {
  let db: TestDb;
  let counts: DemoCounts;
  let events: () => Promise<StoredEvent[]>;
  const progress: DemoProgress[] = [];

  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.db;
    events = () => readAllRecords(db, 'events') as Promise<StoredEvent[]>;
    ({ counts } = await loadDemoData(opened.mutations, { scale: 0.05, onProgress: (step) => progress.push(step) }));
  });

  it('fills every synced table with the counted rows', async () => {
    expect(demoLoadOrder.map((step) => step.table).sort()).toEqual([...syncedTables].sort());
    for (const table of syncedTables) {
      expect(counts[table], table).toBeGreaterThan(0);
      expect((await readAllRecords(db, table)).length, table).toBe(counts[table]);
    }
  });

  it('reports progress over all records, table by table', () => {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(progress.every((step) => step.total === total)).toBe(true);
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
    expect(progress.at(-1)?.done).toBe(total);
    expect(progress.map((step) => step.label)).toEqual(expect.arrayContaining(['Contacts', 'Deals', 'Events']));
  });

  it('only refers to contacts, companies and deals that exist', async () => {
    const contactIds = new Set((await db.contacts.toArray()).map((contact) => contact.id));
    const companyIds = new Set((await db.companies.toArray()).map((company) => company.id));
    const dealIds = new Set((await db.deals.toArray()).map((deal) => deal.id));
    const referenced = [
      ...(await db.memberships.toArray()).map((row) => row.contactId),
      ...(await db.dealContacts.toArray()).map((row) => row.contactId),
      ...(await db.tickets.toArray()).map((row) => row.contactId),
      ...(await events()).map((row) => row.contactId),
      ...(await db.tasks.toArray()).map((row) => row.contactId),
      ...(await db.notes.toArray()).map((row) => row.contactId),
    ].filter((id): id is string => id !== null);
    expect(referenced.filter((id) => !contactIds.has(id))).toEqual([]);

    const companiesReferenced = [
      ...(await db.memberships.toArray()).map((row) => row.companyId),
      ...(await db.deals.toArray()).map((row) => row.companyId),
      ...(await db.tasks.toArray()).map((row) => row.companyId),
    ].filter((id): id is string => id !== null);
    expect(companiesReferenced.filter((id) => !companyIds.has(id))).toEqual([]);
    const dealsReferenced = [...(await db.dealContacts.toArray()).map((row) => row.dealId), ...(await db.tasks.toArray()).map((row) => row.dealId)];
    expect(dealsReferenced.filter((id): id is string => id !== null && !dealIds.has(id))).toEqual([]);
  });

  it('shows anonymous contacts only browsing the website', async () => {
    const anonymous = await db.contacts.filter((contact) => contact.identified === 0).toArray();
    expect(anonymous.length).toBe(Math.round(counts.contacts * 0.15));
    expect(anonymous.every((contact) => contact.status === 'visitor' && contact.visitorId !== null && contact.email === null)).toBe(true);
    const anonymousIds = new Set(anonymous.map((contact) => contact.id));
    const theirEvents = (await events()).filter((event) => anonymousIds.has(event.contactId));
    expect(theirEvents.length).toBeGreaterThan(0);
    expect(new Set(theirEvents.map((event) => event.name))).toEqual(new Set([pageVisitEvent]));
    expect(theirEvents.every((event) => typeof event.properties.url === 'string')).toBe(true);
  });

  it('defines every attribute type and stores contact values that match the definitions', async () => {
    const definitions = await db.attributeDefinitions.toArray();
    const contactDefinitions = new Map(definitions.filter((definition) => definition.entity === 'contact').map((definition) => [definition.key, definition]));
    expect(new Set([...contactDefinitions.values()].map((definition) => definition.type))).toEqual(new Set(attributeTypes));
    expect(definitions.some((definition) => definition.entity === 'company')).toBe(true);
    expect(definitions.some((definition) => definition.entity === 'deal')).toBe(true);

    const values = (await db.contacts.toArray()).flatMap((contact) => Object.entries(contact.custom));
    expect(values.length).toBeGreaterThan(0);
    for (const [key, value] of values) {
      const definition = contactDefinitions.get(key);
      expect(definition, key).toBeDefined();
      const allowed = new Set(definition?.options.map((option) => option.value));
      if (definition?.type === 'choice') expect(allowed.has(value as string), key).toBe(true);
      if (definition?.type === 'multichoice') expect((value as string[]).every((choice) => allowed.has(choice)), key).toBe(true);
    }
  });

  it('derives the contacts’ tag, list and company id sets from the link rows', async () => {
    const contacts = new Map((await db.contacts.toArray()).map((contact) => [contact.id, contact]));
    const contactTags = await db.contactTags.toArray();
    expect(contactTags.every((link) => contacts.get(link.contactId)?.tagIds.includes(link.tagId))).toBe(true);
    expect((await db.contactLists.toArray()).every((link) => contacts.get(link.contactId)?.listIds.includes(link.listId))).toBe(true);
    expect((await db.memberships.toArray()).every((link) => contacts.get(link.contactId)?.companyIds.includes(link.companyId))).toBe(true);
    const tagged = [...contacts.values()].filter((contact) => contact.tagIds.length > 0);
    expect(tagged.length).toBe(new Set(contactTags.map((link) => link.contactId)).size);
  });

  it('queues every write in the outbox, one row per chunk', async () => {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const outbox = await db.outbox.toArray();
    expect(outbox.flatMap((row) => row.writes)).toHaveLength(total);
    // At this scale every table fits in one chunk.
    expect(outbox).toHaveLength(syncedTables.length);
    expect((await readOutboxMeta(db)).pendingWrites).toBe(total);
  });
});

describe('generating demo data', () => {
  let full: DemoData;

  beforeAll(() => {
    full = generateDemoData();
  });

  it('makes the same data, ids included, for the same seed', () => {
    expect(generateDemoData({ scale: 0.05 })).toEqual(generateDemoData({ scale: 0.05 }));
    expect(generateDemoData({ scale: 0.05, seed: 7 }).contacts).not.toEqual(generateDemoData({ scale: 0.05 }).contacts);
  });

  it('makes the full demo workspace at scale 1', () => {
    const sizes = Object.fromEntries(syncedTables.map((table) => [table, full[table].length]));
    expect(sizes).toMatchObject({ contacts: 2000, companies: 300, pipelines: 3, deals: 400, tasks: 1000, tickets: 300, events: 20_000, teamMembers: 6, tags: 12, lists: 6, segments: 3 });
    expect(full.contacts.filter((contact) => contact.status === 'visitor')).toHaveLength(300);
    expect(full.stages.length).toBeGreaterThanOrEqual(12);
    expect(full.notes.length).toBeGreaterThanOrEqual(200);
  });

  it('gives every record valid fields and every entity a unique id', () => {
    for (const table of syncedTables) {
      const failures = (full[table] as Array<Record<string, unknown>>)
        .map(({ id: _id, ...fields }) => recordSchemas[table as SyncedTable].safeParse(fields))
        .filter((result) => !result.success);
      expect(failures.slice(0, 1), table).toEqual([]);
    }
    const ids = syncedTables.flatMap((table) => (full[table] as Array<{ id?: string }>).flatMap((record) => (record.id ? [record.id] : [])));
    expect(new Set(ids).size).toBe(ids.length);
    // One deliberate duplicate email, for the duplicate finder to find.
    const emails = full.contacts.flatMap((contact) => (contact.email ? [contact.email] : []));
    expect(new Set(emails).size).toBe(emails.length - 1);
  });

  it('keeps deals consistent with their status and their board column', () => {
    const stages = new Map(full.stages.map((stage) => [stage.id, stage]));
    for (const deal of full.deals) {
      expect(stages.get(deal.stageId)?.pipelineId).toBe(deal.pipelineId);
      expect(deal.wonAt !== null).toBe(deal.status === 'won');
      expect(deal.lostAt !== null).toBe(deal.status === 'lost');
      expect(deal.lostReason !== '').toBe(deal.status === 'lost');
    }
    const columns = groupBy(full.deals, (deal) => deal.stageId);
    for (const deals of columns.values()) expect(new Set(deals.map((deal) => deal.position)).size).toBe(deals.length);
    const dealsWithPeople = new Set(full.dealContacts.map((link) => link.dealId));
    expect(full.deals.every((deal) => dealsWithPeople.has(deal.id))).toBe(true);
  });

  it('dates the history before the reference date', () => {
    const eventTimes = full.events.map((event) => Date.parse(event.time));
    expect(Math.max(...eventTimes)).toBeLessThanOrEqual(referenceTime);
    expect(Math.min(...eventTimes)).toBeGreaterThanOrEqual(referenceTime - 90 * dayMs);
    const completed = full.tasks.flatMap((task) => (task.completedAt ? [Date.parse(task.completedAt)] : []));
    expect(completed.length).toBeGreaterThan(0);
    expect(Math.max(...completed)).toBeLessThanOrEqual(referenceTime);
  });

  it('threads each ticket from the contact’s message, in time order, logging status moves', () => {
    const threads = groupBy(full.ticketMessages, (message) => message.ticketId);
    for (const ticket of full.tickets) {
      const thread = threads.get(ticket.id) ?? [];
      expect(thread.length).toBeGreaterThanOrEqual(1);
      expect(thread.length).toBeLessThanOrEqual(6);
      expect(thread[0]?.kind).toBe('contact');
      const times = thread.map((message) => message.at);
      expect(times).toEqual([...times].sort());
      expect(Date.parse(times.at(-1) ?? '')).toBeLessThanOrEqual(referenceTime);
      const lastMove = thread.filter((message) => message.kind === 'status').at(-1);
      expect(lastMove?.statusTo ?? 'open').toBe(ticket.status);
    }
  });
});
