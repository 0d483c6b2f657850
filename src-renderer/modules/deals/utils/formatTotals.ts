import type { CurrencyTotals } from '@shared/domain/deals/dealForecast';
import { formatMoney } from '../../../ui/utils/formatMoney';

// "€12,000.00 + $3,000.00": one amount per currency, largest first; never a false sum.
export function formatTotals(totals: CurrencyTotals): string {
  if (totals.size === 0) return formatMoney(0, 'EUR');
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([currency, minor]) => formatMoney(minor, currency))
    .join(' + ');
}
