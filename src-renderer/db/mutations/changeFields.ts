import type { JsonValue } from '@shared/sync/recordWrite';
import { toChangeFields } from '@shared/sync/toChangeFields';

export { toChangeFields };

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// The change fields that differ between two versions of a record.
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, JsonValue> {
  const previous = toChangeFields(before);
  const next = toChangeFields(after);
  const changed: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(next)) {
    if (!sameValue(previous[field], value)) changed[field] = value;
  }
  // A custom attribute removed from the object is written as cleared.
  for (const field of Object.keys(previous)) {
    if (field.startsWith('custom.') && !(field in next)) changed[field] = null;
  }
  return changed;
}
