import { describe, expect, it } from 'vitest';
import { compileFilter } from '@shared/domain/filters/compileFilter';
import type { FilterCondition, FilterValueType } from '@shared/domain/filters/filterTypes';
import { compareSortKeys, sortKeyOf } from '@shared/domain/filters/sortKey';

const types: Record<string, FilterValueType> = {
  city: 'text',
  'custom.score': 'integer',
  'custom.vip': 'boolean',
  'custom.plan': 'choice',
  'custom.met_on': 'date',
  createdAt: 'datetime',
  tagIds: 'idSet',
  ownerId: 'reference',
};
const now = Date.parse('2026-12-04T12:00:00.000Z');
const ann = { city: 'Zürich', ownerId: 'm1', tagIds: ['t1', 't2'], createdAt: '2026-12-01T09:00:00.000Z', custom: { score: 42, vip: true, plan: 'pro', met_on: '2026-11-30' } };
const bob = { city: '', ownerId: null, tagIds: [], createdAt: '2025-01-01T09:00:00.000Z', custom: {} };

function matching(conditions: FilterCondition[]): string[] {
  const predicate = compileFilter(conditions, (field) => types[field], now);
  return Object.entries({ ann, bob }).flatMap(([name, row]) => (predicate(row) ? [name] : []));
}

describe('compileFilter', () => {
  it('compares text ignoring case and accents', () => {
    expect(matching([{ field: 'city', operator: 'is', value: 'zurich' }])).toEqual(['ann']);
    expect(matching([{ field: 'city', operator: 'isNot', value: 'zurich' }])).toEqual(['bob']);
    expect(matching([{ field: 'city', operator: 'contains', value: 'RIC' }])).toEqual(['ann']);
    expect(matching([{ field: 'city', operator: 'startsWith', value: 'zü' }])).toEqual(['ann']);
    expect(matching([{ field: 'city', operator: 'isEmpty', value: null }])).toEqual(['bob']);
    expect(matching([{ field: 'city', operator: 'isNotEmpty', value: null }])).toEqual(['ann']);
  });

  it('compares numbers, with between inclusive', () => {
    expect(matching([{ field: 'custom.score', operator: 'eq', value: 42 }])).toEqual(['ann']);
    expect(matching([{ field: 'custom.score', operator: 'lt', value: 42 }])).toEqual([]);
    expect(matching([{ field: 'custom.score', operator: 'gt', value: 41 }])).toEqual(['ann']);
    expect(matching([{ field: 'custom.score', operator: 'between', value: [42, 50] }])).toEqual(['ann']);
  });

  it('compares dates: before, after a day, and in the last N days', () => {
    expect(matching([{ field: 'custom.met_on', operator: 'before', value: '2026-12-01' }])).toEqual(['ann']);
    expect(matching([{ field: 'custom.met_on', operator: 'after', value: '2026-11-30' }])).toEqual([]);
    expect(matching([{ field: 'createdAt', operator: 'after', value: '2026-11-30' }])).toEqual(['ann']);
    expect(matching([{ field: 'createdAt', operator: 'inLastDays', value: 7 }])).toEqual(['ann']);
  });

  it('handles booleans, fixed choices, id sets and references', () => {
    expect(matching([{ field: 'custom.vip', operator: 'isTrue', value: null }])).toEqual(['ann']);
    expect(matching([{ field: 'custom.vip', operator: 'isFalse', value: null }])).toEqual(['bob']);
    expect(matching([{ field: 'custom.plan', operator: 'anyOf', value: ['pro', 'team'] }])).toEqual(['ann']);
    expect(matching([{ field: 'custom.plan', operator: 'noneOf', value: ['pro'] }])).toEqual(['bob']);
    expect(matching([{ field: 'tagIds', operator: 'anyOf', value: ['t2'] }])).toEqual(['ann']);
    expect(matching([{ field: 'tagIds', operator: 'noneOf', value: ['t2'] }])).toEqual(['bob']);
    expect(matching([{ field: 'ownerId', operator: 'anyOf', value: ['m1'] }])).toEqual(['ann']);
  });

  it('finds contacts with no owner or no tags, and those with some', () => {
    expect(matching([{ field: 'ownerId', operator: 'isEmpty', value: null }])).toEqual(['bob']);
    expect(matching([{ field: 'ownerId', operator: 'isNotEmpty', value: null }])).toEqual(['ann']);
    expect(matching([{ field: 'tagIds', operator: 'isEmpty', value: null }])).toEqual(['bob']);
    expect(matching([{ field: 'tagIds', operator: 'isNotEmpty', value: null }])).toEqual(['ann']);
  });

  it('combines conditions: all must hold', () => {
    expect(matching([{ field: 'custom.vip', operator: 'isTrue', value: null }, { field: 'city', operator: 'isEmpty', value: null }])).toEqual([]);
    expect(matching([])).toEqual(['ann', 'bob']);
  });

  it('refuses an unknown field instead of matching nothing silently', () => {
    expect(() => compileFilter([{ field: 'nope', operator: 'is', value: 'x' }], () => undefined)).toThrow(/Unknown filter field/);
  });
});

describe('sortKeyOf', () => {
  it('folds text and keeps empty values last', () => {
    const keys = [{ city: 'zürich' }, { city: '' }, { city: 'Aachen' }].map((row) => sortKeyOf(row, 'city', 'text'));
    expect([...keys].sort(compareSortKeys)).toEqual(['aachen', 'zurich', null]);
  });
});
