// Deal values are stored in minor units; the currency says how many digits a major unit has.
export function formatMoney(valueMinor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(valueMinor / 10 ** digits);
}
