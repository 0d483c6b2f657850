import type { AttributeType } from '../domain/attribute';
import type { ValueFormat } from './importTypes';
import { parseBooleanCell } from './parseBooleanCell';
import { parseDateCell } from './parseDateCell';
import { parseLocaleNumber } from './parseLocaleNumber';

// The type a new custom attribute for a column should have, judged by the column's sample
// values: the narrowest type every non-empty value fits; text when they fit nothing else.
export function suggestAttributeType(values: readonly string[], format: ValueFormat): AttributeType {
  const filled = values.map((value) => value.trim()).filter(Boolean);
  if (filled.length === 0) return 'text';
  const all = (fits: (value: string) => boolean) => filled.every(fits);
  const numbers = filled.map((value) => parseLocaleNumber(value, format.decimalSeparator));
  // 0 and 1 alone read as yes/no, but a column of them is more likely a count.
  if (all((value) => parseBooleanCell(value).ok) && !all((value) => /^[01]$/.test(value))) return 'boolean';
  if (numbers.every((number) => number.ok && Number.isInteger(number.value))) return 'integer';
  if (numbers.every((number) => number.ok)) return 'float';
  const dates = filled.map((value) => parseDateCell(value, format.dateOrder));
  if (dates.every((date) => date.ok)) return dates.some((date) => date.ok && date.time !== null) ? 'datetime' : 'date';
  return 'text';
}
