import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { sortDeals } from '@renderer/modules/deals/utils/sortDeals';

function deal(id: string, fields: Partial<StoredRecord<'deals'>>): StoredRecord<'deals'> {
  return { id, title: id, sortName: id, valueMinor: 0, currency: 'EUR', stageId: 's1', position: 'a0', expectedCloseDate: null, ownerId: null, status: 'open', ...fields } as StoredRecord<'deals'>;
}

const names = { owners: new Map([['m1', 'Zoe'], ['m2', 'Adam']]), companies: new Map() };
const stageOrder = new Map([['s1', 0], ['s2', 1]]);
const deals = [
  deal('b', { valueMinor: 300, stageId: 's2', position: 'a0', expectedCloseDate: '2026-12-01', ownerId: 'm1' }),
  deal('a', { valueMinor: 100, stageId: 's1', position: 'a1', ownerId: 'm2' }),
  deal('c', { valueMinor: 200, stageId: 's1', position: 'a0', expectedCloseDate: '2026-11-01', status: 'won' }),
];
const ids = (sorted: StoredRecord<'deals'>[]) => sorted.map((row) => row.id);

describe('the deal list order', () => {
  it('by stage follows the board: stage order, then card position', () => {
    expect(ids(sortDeals(deals, { key: 'stage', descending: false }, names, stageOrder))).toEqual(['c', 'a', 'b']);
  });

  it('by value, either way', () => {
    expect(ids(sortDeals(deals, { key: 'value', descending: false }, names, stageOrder))).toEqual(['a', 'c', 'b']);
    expect(ids(sortDeals(deals, { key: 'value', descending: true }, names, stageOrder))).toEqual(['b', 'c', 'a']);
  });

  it('by close date and by owner name, deals without one last', () => {
    expect(ids(sortDeals(deals, { key: 'close', descending: false }, names, stageOrder))).toEqual(['c', 'b', 'a']);
    expect(ids(sortDeals(deals, { key: 'owner', descending: false }, names, stageOrder))).toEqual(['a', 'b', 'c']);
  });

  it('by title', () => {
    expect(ids(sortDeals(deals, { key: 'title', descending: false }, names, stageOrder))).toEqual(['a', 'b', 'c']);
  });
});
