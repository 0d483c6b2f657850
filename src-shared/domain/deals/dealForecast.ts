// Money per currency: deals in different currencies are never added together.
export type CurrencyTotals = ReadonlyMap<string, number>;

export type ColumnSummary = { count: number; total: CurrencyTotals; weighted: CurrencyTotals };

type Valued = { valueMinor: number; currency: string };

function addTo(totals: Map<string, number>, currency: string, minor: number): void {
  totals.set(currency, (totals.get(currency) ?? 0) + minor);
}

// A stage's count, total value and weighted forecast (value × the stage's win probability),
// rounded to whole minor units per deal so the figures stay integers like the values.
export function summarizeColumn(deals: readonly Valued[], probability: number): ColumnSummary {
  const total = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const deal of deals) {
    addTo(total, deal.currency, deal.valueMinor);
    addTo(weighted, deal.currency, Math.round((deal.valueMinor * probability) / 100));
  }
  return { count: deals.length, total, weighted };
}

// The board's figures: each column's summaries added up.
export function sumTotals(all: readonly CurrencyTotals[]): CurrencyTotals {
  const sum = new Map<string, number>();
  for (const totals of all) for (const [currency, minor] of totals) addTo(sum, currency, minor);
  return sum;
}
