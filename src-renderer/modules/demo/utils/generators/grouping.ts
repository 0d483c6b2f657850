import type { RecordFields } from '@shared/domain/recordSchemas';
import { eventFieldFor } from '@shared/domain/segments/segmentConditionTypes';
import { demoLists, demoTags } from './catalog';
import { demoId, type DemoContext, type DemoRecord } from './demoContext';
import { pageVisitEvent } from './events';

type Contact = DemoRecord<'contacts'>;

export type DemoTags = { tags: DemoRecord<'tags'>[]; contactTags: RecordFields<'contactTags'>[] };
export type DemoLists = { lists: DemoRecord<'lists'>[]; contactLists: RecordFields<'contactLists'>[] };

// Identified contacts carry zero to three tags, most of them one or none.
export function generateTags(ctx: DemoContext, identified: Contact[]): DemoTags {
  const tags = demoTags.map((tag) => ({ id: demoId(ctx), ...tag }));
  const contactTags = identified.flatMap((contact) => {
    const count = ctx.faker.helpers.weightedArrayElement([
      { weight: 45, value: 0 },
      { weight: 35, value: 1 },
      { weight: 15, value: 2 },
      { weight: 5, value: 3 },
    ]);
    return ctx.faker.helpers.arrayElements(tags, count).map((tag) => ({ contactId: contact.id, tagId: tag.id }));
  });
  return { tags, contactTags };
}

export function generateLists(ctx: DemoContext, identified: Contact[]): DemoLists {
  const lists: DemoRecord<'lists'>[] = [];
  const contactLists: RecordFields<'contactLists'>[] = [];
  for (const { name, description, share } of demoLists) {
    const list = { id: demoId(ctx), name, description };
    const size = Math.max(1, Math.round(identified.length * share));
    lists.push(list);
    contactLists.push(...ctx.faker.helpers.arrayElements(identified, size).map((contact) => ({ contactId: contact.id, listId: list.id })));
  }
  return { lists, contactLists };
}

// Conditions over attributes, memberships, tags and events, in the shape the segment builder saves
// (operators from src-shared/domain/filters and domain/segments).
export function generateSegments(ctx: DemoContext, tags: DemoRecord<'tags'>[]): DemoRecord<'segments'>[] {
  const hotLeadTag = tags.find((tag) => tag.name === 'Hot lead')?.id;
  return [
    {
      id: demoId(ctx),
      name: 'Active leads in DACH',
      description: 'Leads in Germany, Austria or Switzerland who visited the site at least three times in the last 30 days.',
      definition: {
        join: 'and',
        groups: [
          { join: 'and', conditions: [{ field: 'status', operator: 'anyOf', value: ['lead'] }] },
          {
            join: 'or',
            conditions: ['DE', 'AT', 'CH'].map((country) => ({ field: 'country', operator: 'is', value: country })),
          },
          { join: 'and', conditions: [{ field: eventFieldFor(pageVisitEvent), operator: 'performedAtLeast', value: [3, 30] }] },
        ],
      },
    },
    {
      id: demoId(ctx),
      name: 'Paying customers',
      description: 'Customers on the Pro or Enterprise plan.',
      definition: {
        join: 'and',
        groups: [
          {
            join: 'and',
            conditions: [
              { field: 'status', operator: 'anyOf', value: ['customer'] },
              { field: 'custom.plan', operator: 'anyOf', value: ['pro', 'enterprise'] },
            ],
          },
        ],
      },
    },
    {
      id: demoId(ctx),
      name: 'Hot or unassigned',
      description: 'Tagged as a hot lead, or with no owner and no company yet.',
      definition: {
        join: 'or',
        groups: [
          { join: 'and', conditions: [{ field: 'tagIds', operator: 'anyOf', value: hotLeadTag ? [hotLeadTag] : [] }] },
          {
            join: 'and',
            conditions: [
              { field: 'ownerId', operator: 'isEmpty', value: null },
              { field: 'companyIds', operator: 'isEmpty', value: null },
            ],
          },
        ],
      },
    },
  ];
}
