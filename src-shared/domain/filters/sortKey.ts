import { foldText } from '../../text/foldText';
import { readField } from './compileFilter';
import type { FilterValueType } from './filterTypes';

export type SortKey = string | number;

// A comparable key per row for one column: folded text, numbers, ISO dates as text. Empty
// values sort last in both directions.
export function sortKeyOf(row: Record<string, unknown>, field: string, type: FilterValueType): SortKey | null {
  const value = readField(row, field);
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.length;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (type === 'integer' || type === 'float') return Number(value);
  return type === 'text' || type === 'choice' ? foldText(String(value)) : String(value);
}

export function compareSortKeys(a: SortKey | null, b: SortKey | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
