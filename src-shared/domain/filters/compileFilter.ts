import { foldText } from '../../text/foldText';
import type { FilterCondition, FilterValueType } from './filterTypes';

type Row = Record<string, unknown>;
type Predicate = (row: Row) => boolean;

const dayMs = 24 * 60 * 60 * 1000;

// Reads `custom.<key>` from the custom values object, any other field from the row itself.
export function readField(row: Row, field: string): unknown {
  if (field.startsWith('custom.')) return (row.custom as Row | undefined)?.[field.slice('custom.'.length)];
  return row[field];
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function asList(value: FilterCondition['value']): string[] {
  if (Array.isArray(value)) return value.map(String);
  return isEmptyValue(value) ? [] : [String(value)];
}

function textPredicate(field: string, operator: string, value: FilterCondition['value']): Predicate {
  const wanted = foldText(String(value ?? '').trim());
  const folded = (row: Row) => foldText(String(readField(row, field) ?? ''));
  switch (operator) {
    case 'is':
      return (row) => folded(row) === wanted;
    case 'isNot':
      return (row) => folded(row) !== wanted;
    case 'contains':
      return (row) => folded(row).includes(wanted);
    case 'startsWith':
      return (row) => folded(row).startsWith(wanted);
    case 'isEmpty':
      return (row) => isEmptyValue(readField(row, field));
    case 'isNotEmpty':
      return (row) => !isEmptyValue(readField(row, field));
    default:
      throw new Error(`Unknown text operator ${operator}`);
  }
}

function numberPredicate(field: string, operator: string, value: FilterCondition['value']): Predicate {
  const [low, high] = Array.isArray(value) ? value.map(Number) : [Number(value), Number.NaN];
  const read = (row: Row) => {
    const current = readField(row, field);
    return typeof current === 'number' ? current : Number.NaN;
  };
  switch (operator) {
    case 'eq':
      return (row) => read(row) === low;
    case 'lt':
      return (row) => read(row) < (low as number);
    case 'gt':
      return (row) => read(row) > (low as number);
    case 'between':
      return (row) => read(row) >= (low as number) && read(row) <= (high as number);
    default:
      throw new Error(`Unknown number operator ${operator}`);
  }
}

// Dates are ISO strings, so they compare as text; "before 2026-12-01" means before that day starts.
function datePredicate(field: string, operator: string, value: FilterCondition['value'], now: number): Predicate {
  const read = (row: Row) => {
    const current = readField(row, field);
    return typeof current === 'string' && current ? current : null;
  };
  switch (operator) {
    case 'before':
      return (row) => (read(row) ?? '\uffff') < String(value);
    case 'after': {
      // After a day means from the next day on; after a time means later than it.
      const bound = String(value).length === 10 ? `${String(value)}T23:59:59.999Z` : String(value);
      return (row) => (read(row) ?? '') > bound;
    }
    case 'inLastDays': {
      const since = new Date(now - Number(value) * dayMs).toISOString();
      return (row) => (read(row) ?? '') >= since;
    }
    default:
      throw new Error(`Unknown date operator ${operator}`);
  }
}

function setPredicate(field: string, operator: string, value: FilterCondition['value']): Predicate {
  const wanted = new Set(asList(value));
  const overlaps = (row: Row) => {
    const current = readField(row, field);
    if (Array.isArray(current)) return current.some((item) => wanted.has(String(item)));
    return current !== null && current !== undefined && wanted.has(String(current));
  };
  if (operator === 'anyOf') return overlaps;
  if (operator === 'noneOf') return (row) => !overlaps(row);
  if (operator === 'isEmpty') return (row) => isEmptyValue(readField(row, field));
  if (operator === 'isNotEmpty') return (row) => !isEmptyValue(readField(row, field));
  throw new Error(`Unknown set operator ${operator}`);
}

function conditionPredicate(condition: FilterCondition, type: FilterValueType, now: number): Predicate {
  const { field, operator, value } = condition;
  switch (type) {
    case 'text':
      return textPredicate(field, operator, value);
    case 'integer':
    case 'float':
      return numberPredicate(field, operator, value);
    case 'date':
    case 'datetime':
      return datePredicate(field, operator, value, now);
    case 'boolean':
      return operator === 'isTrue' ? (row) => Boolean(readField(row, field)) : (row) => !readField(row, field);
    case 'choice':
    case 'multichoice':
    case 'idSet':
    case 'reference':
      return setPredicate(field, operator, value);
  }
}

// Compiles conditions (all must hold) into one predicate, folding the compared values once.
export function compileFilter(conditions: FilterCondition[], typeOf: (field: string) => FilterValueType | undefined, now = Date.now()): Predicate {
  const predicates = conditions.map((condition) => {
    const type = typeOf(condition.field);
    if (!type) throw new Error(`Unknown filter field ${condition.field}`);
    return conditionPredicate(condition, type, now);
  });
  return (row) => predicates.every((predicate) => predicate(row));
}
