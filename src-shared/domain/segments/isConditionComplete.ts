import { valuelessOperators, type FilterCondition } from '../filters/filterTypes';

const isFilled = (item: unknown) => item !== null && item !== undefined && item !== '' && !Number.isNaN(item);

// Whether a condition has every value its operator needs, so the builder saves and counts only
// finished conditions while the user is still choosing.
export function isConditionComplete({ field, operator, value }: FilterCondition): boolean {
  if (!field || !operator) return false;
  if (valuelessOperators.has(operator)) return true;
  switch (operator) {
    case 'performedAtLeast':
      return Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'number' && item >= 1);
    case 'performedWithProperty':
      return Array.isArray(value) && value.length === 2 && value.every(isFilled);
    case 'wonDealValueOver':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return Array.isArray(value) ? value.length > 0 && value.every(isFilled) : isFilled(value);
  }
}
