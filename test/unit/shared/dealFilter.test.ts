import { describe, expect, it } from 'vitest';
import { emptyDealFilter, matchesDealFilter } from '@shared/domain/deals/dealFilter';
import { groupDealsByStage } from '@shared/domain/deals/groupDealsByStage';
import { toMajorUnits, toMinorUnits } from '@shared/domain/deals/dealMoney';

const deal = { status: 'open' as const, ownerId: 'm1', companyId: 'c1', expectedCloseDate: '2026-12-20', contactIds: ['p1', 'p2'] };

describe('deal filters', () => {
  it('shows open deals by default', () => {
    expect(matchesDealFilter(deal, emptyDealFilter, new Set())).toBe(true);
    expect(matchesDealFilter({ ...deal, status: 'won' }, emptyDealFilter, new Set())).toBe(false);
    expect(matchesDealFilter({ ...deal, status: 'won' }, { ...emptyDealFilter, status: 'all' }, new Set())).toBe(true);
  });

  it('filters by owner, company and the tags of linked contacts', () => {
    expect(matchesDealFilter(deal, { ...emptyDealFilter, ownerId: 'm2' }, new Set())).toBe(false);
    expect(matchesDealFilter(deal, { ...emptyDealFilter, companyId: 'c1' }, new Set())).toBe(true);
    expect(matchesDealFilter(deal, { ...emptyDealFilter, tagId: 't1' }, new Set(['p2']))).toBe(true);
    expect(matchesDealFilter(deal, { ...emptyDealFilter, tagId: 't1' }, new Set(['p3']))).toBe(false);
  });

  it('filters by a close date range, inclusive, leaving out deals without a date', () => {
    expect(matchesDealFilter(deal, { ...emptyDealFilter, closeFrom: '2026-12-20', closeTo: '2026-12-31' }, new Set())).toBe(true);
    expect(matchesDealFilter(deal, { ...emptyDealFilter, closeTo: '2026-12-19' }, new Set())).toBe(false);
    expect(matchesDealFilter({ ...deal, expectedCloseDate: null }, { ...emptyDealFilter, closeFrom: '2026-01-01' }, new Set())).toBe(false);
  });
});

describe('board columns', () => {
  it('groups deals by stage in card order and skips unknown stages', () => {
    const deals = [
      { id: 'b', stageId: 's1', position: 'a2' },
      { id: 'a', stageId: 's1', position: 'a1' },
      { id: 'c', stageId: 'gone', position: 'a0' },
    ];
    const columns = groupDealsByStage(deals, ['s1', 's2']);
    expect(columns.get('s1')?.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(columns.get('s2')).toEqual([]);
    expect(columns.has('gone')).toBe(false);
  });
});

describe('money', () => {
  it('stores major units as whole minor units by the currency', () => {
    expect(toMinorUnits(12.5, 'EUR')).toBe(1250);
    expect(toMinorUnits(0.1 + 0.2, 'EUR')).toBe(30);
    expect(toMinorUnits(1200, 'JPY')).toBe(1200);
    expect(toMajorUnits(1250, 'EUR')).toBe(12.5);
  });
});
