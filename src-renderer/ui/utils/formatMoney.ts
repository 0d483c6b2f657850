type MoneyFormat = { format: Intl.NumberFormat; digits: number };

// Making an Intl.NumberFormat costs far more than formatting with one, and a board draws
// dozens of cards per scroll frame: one formatter per currency, made on first use.
const formats = new Map<string, MoneyFormat>();

// Deal values are stored in minor units; the currency says how many digits a major unit has.
export function formatMoney(valueMinor: number, currency: string): string {
  let money = formats.get(currency);
  if (!money) {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    money = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    formats.set(currency, money);
  }
  return money.format.format(valueMinor / 10 ** money.digits);
}
