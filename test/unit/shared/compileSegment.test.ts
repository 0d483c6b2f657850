import { describe, expect, it } from 'vitest';
import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import type { SegmentCondition, SegmentDefinition } from '@shared/domain/segment';
import { compileSegment, SegmentDefinitionError, segmentNeeds } from '@shared/domain/segments/compileSegment';
import { isConditionComplete } from '@shared/domain/segments/isConditionComplete';
import type { SegmentDealFact, SegmentEventFact, SegmentFacts } from '@shared/domain/segments/segmentConditionTypes';

const types: Record<string, FilterValueType> = { status: 'choice', country: 'text', ownerId: 'reference', tagIds: 'idSet', 'custom.plan': 'choice' };
const typeOf = (field: string) => types[field];
const now = Date.parse('2026-12-04T12:00:00.000Z');

type Person = { row: Record<string, unknown>; events: Record<string, SegmentEventFact[]>; deals: SegmentDealFact[] };

const visit = (time: string, properties: Record<string, unknown> = {}): SegmentEventFact => ({ at: Date.parse(time), properties });
const people: Record<string, Person> = {
  ann: {
    row: { status: 'lead', country: 'DE', ownerId: null, tagIds: ['hot'], custom: { plan: 'pro' } },
    events: {
      page_visit: [visit('2026-12-03T10:00:00.000Z'), visit('2026-11-20T10:00:00.000Z'), visit('2026-11-10T10:00:00.000Z')],
      purchase: [visit('2026-11-01T08:00:00.000Z', { productId: 'sku-1', color: 'Grün' })],
    },
    deals: [{ pipelineId: 'sales', status: 'open', valueMinor: 5000 }],
  },
  bob: {
    row: { status: 'customer', country: 'AT', ownerId: 'm1', tagIds: [], custom: {} },
    // Late on 30 November in Rio is already 1 December in UTC.
    events: { page_visit: [visit('2026-11-30T23:30:00-03:00')] },
    deals: [
      { pipelineId: 'sales', status: 'won', valueMinor: 60_000 },
      { pipelineId: 'partners', status: 'won', valueMinor: 50_000 },
    ],
  },
  cem: { row: { status: 'lead', country: '', custom: {} }, events: {}, deals: [] },
};

function factsOf(person: Person): SegmentFacts {
  return { eventsNamed: (name) => person.events[name] ?? [], deals: () => person.deals };
}

function members(definition: SegmentDefinition): string[] {
  const matches = compileSegment(definition, typeOf, now);
  return Object.entries(people).flatMap(([name, person]) => (matches(person.row, factsOf(person)) ? [name] : []));
}

const only = (...conditions: SegmentCondition[]): SegmentDefinition => ({ join: 'and', groups: [{ join: 'and', conditions }] });

describe('compileSegment', () => {
  it('holds every contact when it has no conditions, and ignores empty groups', () => {
    expect(members({ join: 'and', groups: [] })).toEqual(['ann', 'bob', 'cem']);
    expect(members({ join: 'or', groups: [{ join: 'and', conditions: [] }, { join: 'and', conditions: [{ field: 'status', operator: 'anyOf', value: ['customer'] }] }] })).toEqual(['bob']);
  });

  it('evaluates attribute, tag and owner conditions with the filter operators', () => {
    expect(members(only({ field: 'status', operator: 'anyOf', value: ['lead'] }))).toEqual(['ann', 'cem']);
    expect(members(only({ field: 'country', operator: 'isEmpty', value: null }))).toEqual(['cem']);
    expect(members(only({ field: 'tagIds', operator: 'anyOf', value: ['hot'] }))).toEqual(['ann']);
    expect(members(only({ field: 'ownerId', operator: 'isEmpty', value: null }))).toEqual(['ann', 'cem']);
    expect(members(only({ field: 'custom.plan', operator: 'noneOf', value: ['pro'] }))).toEqual(['bob', 'cem']);
  });

  it('joins conditions inside a group and groups with AND or OR', () => {
    const leadInDach: SegmentDefinition = {
      join: 'and',
      groups: [
        { join: 'and', conditions: [{ field: 'status', operator: 'anyOf', value: ['lead'] }] },
        { join: 'or', conditions: [{ field: 'country', operator: 'is', value: 'de' }, { field: 'country', operator: 'is', value: 'at' }] },
      ],
    };
    expect(members(leadInDach)).toEqual(['ann']);
    expect(members({ ...leadInDach, join: 'or' })).toEqual(['ann', 'bob', 'cem']);
  });

  it('counts events in the last N days', () => {
    expect(members(only({ field: 'event:page_visit', operator: 'performedAtLeast', value: [2, 30] }))).toEqual(['ann']);
    expect(members(only({ field: 'event:page_visit', operator: 'performedAtLeast', value: [1, 7] }))).toEqual(['ann', 'bob']);
    expect(members(only({ field: 'event:page_visit', operator: 'performedAtLeast', value: [0, 7] }))).toEqual(['ann', 'bob', 'cem']);
  });

  it('reads "not performed since" from the start of that day in UTC, whatever offset an event was stamped with', () => {
    expect(members(only({ field: 'event:page_visit', operator: 'notPerformedSince', value: '2026-12-01' }))).toEqual(['cem']);
    expect(members(only({ field: 'event:page_visit', operator: 'notPerformedSince', value: '2026-12-02' }))).toEqual(['bob', 'cem']);
  });

  it('matches an event property ignoring case and accents', () => {
    expect(members(only({ field: 'event:purchase', operator: 'performedWithProperty', value: ['color', 'grun'] }))).toEqual(['ann']);
    expect(members(only({ field: 'event:purchase', operator: 'performedWithProperty', value: ['productId', 'sku-2'] }))).toEqual([]);
  });

  it('asks about open deals in a pipeline and the total won value', () => {
    expect(members(only({ field: 'deals', operator: 'hasOpenDealInPipeline', value: 'sales' }))).toEqual(['ann']);
    expect(members(only({ field: 'deals', operator: 'wonDealValueOver', value: 100_000 }))).toEqual(['bob']);
    expect(members(only({ field: 'deals', operator: 'wonDealValueOver', value: 110_000 }))).toEqual([]);
  });

  it('refuses conditions it cannot evaluate, naming the field', () => {
    expect(() => members(only({ field: 'status', operator: 'equals', value: 'lead' }))).toThrow(SegmentDefinitionError);
    expect(() => members(only({ field: 'custom.gone', operator: 'is', value: 'x' }))).toThrow(/custom.gone/);
    expect(() => members(only({ field: 'event:page_visit', operator: 'performedAtLeast', value: 3 }))).toThrow(/two numbers/);
    expect(() => members(only({ field: 'event:page_visit', operator: 'notPerformedSince', value: 'soon' }))).toThrow(/date/);
    expect(() => members(only({ field: 'deals', operator: 'wonDealValueOver', value: 'lots' }))).toThrow(/amount/);
  });

  it('lists the events and deals a definition needs, so only those are read', () => {
    const definition: SegmentDefinition = {
      join: 'or',
      groups: [
        { join: 'and', conditions: [{ field: 'event:page_visit', operator: 'performedAtLeast', value: [1, 1] }, { field: 'event:page_visit', operator: 'notPerformedSince', value: '2026-01-01' }] },
        { join: 'and', conditions: [{ field: 'deals', operator: 'wonDealValueOver', value: 1 }] },
      ],
    };
    expect(segmentNeeds(definition)).toEqual({ eventNames: ['page_visit'], eventPropertyNames: [], deals: true });
    expect(segmentNeeds(only({ field: 'status', operator: 'anyOf', value: ['lead'] }))).toEqual({ eventNames: [], eventPropertyNames: [], deals: false });
    expect(segmentNeeds(only({ field: 'event:purchase', operator: 'performedWithProperty', value: ['plan', 'pro'] }))).toEqual({ eventNames: ['purchase'], eventPropertyNames: ['purchase'], deals: false });
  });
});

describe('isConditionComplete', () => {
  it('asks for the values each operator needs', () => {
    expect(isConditionComplete({ field: '', operator: 'anyOf', value: ['lead'] })).toBe(false);
    expect(isConditionComplete({ field: 'status', operator: 'anyOf', value: [] })).toBe(false);
    expect(isConditionComplete({ field: 'status', operator: 'anyOf', value: ['lead'] })).toBe(true);
    expect(isConditionComplete({ field: 'ownerId', operator: 'isEmpty', value: null })).toBe(true);
    expect(isConditionComplete({ field: 'country', operator: 'is', value: '' })).toBe(false);
    expect(isConditionComplete({ field: 'event:visit', operator: 'performedAtLeast', value: [3, 30] })).toBe(true);
    expect(isConditionComplete({ field: 'event:visit', operator: 'performedAtLeast', value: [3, 0] })).toBe(false);
    expect(isConditionComplete({ field: 'event:buy', operator: 'performedWithProperty', value: ['sku', ''] })).toBe(false);
    expect(isConditionComplete({ field: 'event:visit', operator: 'notPerformedSince', value: '2026-11-01' })).toBe(true);
    expect(isConditionComplete({ field: 'deals', operator: 'wonDealValueOver', value: 0 })).toBe(true);
    expect(isConditionComplete({ field: 'deals', operator: 'hasOpenDealInPipeline', value: null })).toBe(false);
  });
});
