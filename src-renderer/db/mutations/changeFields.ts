import type { JsonValue } from '@shared/sync/recordWrite';

// A record's fields as sync changes: each custom attribute is a field of its own
// (`custom.<key>`), so two devices editing different custom attributes both keep theirs.
export function toChangeFields(fields: Record<string, unknown>): Record<string, JsonValue> {
  const changes: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'custom' && value && typeof value === 'object') {
      for (const [key, customValue] of Object.entries(value as Record<string, JsonValue>)) changes[`custom.${key}`] = customValue;
    } else {
      changes[field] = value as JsonValue;
    }
  }
  return changes;
}

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
