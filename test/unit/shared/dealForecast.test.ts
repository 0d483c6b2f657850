import { describe, expect, it } from 'vitest';
import { summarizeColumn, sumTotals } from '@shared/domain/deals/dealForecast';

describe('column totals and weighted forecast', () => {
  const deals = [
    { valueMinor: 100_000, currency: 'EUR' },
    { valueMinor: 50_001, currency: 'EUR' },
    { valueMinor: 20_000, currency: 'USD' },
  ];

  it('adds values per currency and weights them by the stage probability', () => {
    const summary = summarizeColumn(deals, 25);
    expect(summary.count).toBe(3);
    expect(summary.total).toEqual(new Map([['EUR', 150_001], ['USD', 20_000]]));
    // 50,001 × 25% rounds to whole cents per deal.
    expect(summary.weighted).toEqual(new Map([['EUR', 25_000 + 12_500], ['USD', 5_000]]));
  });

  it('an empty column and a 0% stage forecast nothing', () => {
    expect(summarizeColumn([], 50)).toEqual({ count: 0, total: new Map(), weighted: new Map() });
    expect(summarizeColumn(deals, 0).weighted).toEqual(new Map([['EUR', 0], ['USD', 0]]));
  });

  it('sums the columns into the board total', () => {
    const board = sumTotals([summarizeColumn(deals, 100).total, new Map([['EUR', 1]])]);
    expect(board).toEqual(new Map([['EUR', 150_002], ['USD', 20_000]]));
  });
});
