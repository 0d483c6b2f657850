import type { JsonValue } from './recordWrite';
import { customFieldPrefix } from './syncedFields';

// A record's fields as sync changes: each custom attribute is a field of its own
// (`custom.<key>`), so two devices editing different custom attributes both keep theirs.
// The mutation layer writes records this way, and so does the server's ingest API.
export function toChangeFields(fields: Record<string, unknown>): Record<string, JsonValue> {
  const changes: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'custom' && value && typeof value === 'object') {
      for (const [key, customValue] of Object.entries(value as Record<string, JsonValue>)) changes[`${customFieldPrefix}${key}`] = customValue;
    } else {
      changes[field] = value as JsonValue;
    }
  }
  return changes;
}
