import { beforeAll, describe, expect, it } from 'vitest';
import { customContactColumns, standardContactColumns } from '@shared/domain/contactColumns';
import type { SegmentDefinition } from '@shared/domain/segment';
import { compileSegment } from '@shared/domain/segments/compileSegment';
import { generateDemoData } from '@renderer/modules/demo/utils/generateDemoData';
import { segmentsContaining } from '@renderer/modules/segments/utils/segmentsContaining';
import { openTestDatabase } from '../../helpers/testDatabase';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString();
const standardTypeOf = (field: string) => standardContactColumns.find((column) => column.id === field)?.type;
const only = (field: string, operator: string, value: SegmentDefinition['groups'][number]['conditions'][number]['value']): SegmentDefinition => ({
  join: 'and',
  groups: [{ join: 'and', conditions: [{ field, operator, value }] }],
});

describe('the segments a contact is in', () => {
  let database: TestDatabase;
  let annId: string;
  let bobId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const { mutations } = database;
    const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.com', status: 'lead', country: 'DE' });
    const bob = await mutations.create('contacts', { firstName: 'Bob', email: 'bob@example.com', status: 'customer', country: 'FR' });
    annId = ann.id;
    bobId = bob.id;
    const hot = await mutations.create('tags', { name: 'Hot lead', color: 'red' });
    await mutations.create('contactTags', { contactId: bob.id, tagId: hot.id });
    await mutations.createMany(
      'events',
      [1, 5, 20, 45].map((days) => ({ contactId: ann.id, name: 'page_visit', time: daysAgo(days) })),
    );
    const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
    const stage = await mutations.create('stages', { pipelineId: pipeline.id, name: 'New', order: 'a0' });
    const deal = await mutations.create('deals', { title: 'Big one', valueMinor: 250_000, pipelineId: pipeline.id, stageId: stage.id, status: 'won', position: 'a0' });
    await mutations.create('dealContacts', { dealId: deal.id, contactId: bob.id });
    await mutations.create('segments', { name: 'Frequent visitors', definition: only('event:page_visit', 'performedAtLeast', [3, 30]) });
    await mutations.create('segments', { name: 'Leads', definition: only('status', 'anyOf', ['lead']) });
    await mutations.create('segments', { name: 'Hot', definition: only('tagIds', 'anyOf', [hot.id]) });
    await mutations.create('segments', { name: 'Big spenders', definition: only('deals', 'wonDealValueOver', 100_000) });
    // Saved before its attribute was deleted: it can no longer be evaluated.
    await mutations.create('segments', { name: 'Broken', definition: only('custom.gone', 'is', 'x') });
    const removed = await mutations.create('segments', { name: 'Removed', definition: { join: 'and', groups: [] } });
    await mutations.softDelete('segments', [removed.id], 'Deleted segment');
  });

  const segmentNamesOf = async (contactId: string) => {
    const contact = await database.db.contacts.get(contactId);
    if (!contact) throw new Error('contact missing');
    return (await segmentsContaining(database.db, contact, standardTypeOf)).map((segment) => segment.name);
  };

  it('lists the segments whose attribute, tag, event and deal conditions the contact meets, by name', async () => {
    expect(await segmentNamesOf(annId)).toEqual(['Frequent visitors', 'Leads']);
    expect(await segmentNamesOf(bobId)).toEqual(['Big spenders', 'Hot']);
  });

  it('follows the data: a contact that starts matching is listed', async () => {
    await database.mutations.update('contacts', bobId, { status: 'lead' });
    expect(await segmentNamesOf(bobId)).toEqual(['Big spenders', 'Hot', 'Leads']);
  });
});

describe('the demo segments', () => {
  it('use only conditions the evaluator understands', () => {
    const demo = generateDemoData({ scale: 0.05 });
    const columns = [...standardContactColumns, ...customContactColumns(demo.attributeDefinitions)];
    const typeOf = (field: string) => columns.find((column) => column.id === field)?.type;
    expect(demo.segments.length).toBeGreaterThan(0);
    for (const segment of demo.segments) expect(() => compileSegment(segment.definition, typeOf), segment.name).not.toThrow();
  });
});
