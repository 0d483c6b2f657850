import type { z } from 'zod';
import { recordSchemas } from '@shared/domain/recordSchemas';
import { toChangeFields } from '@shared/sync/toChangeFields';
import type { JsonValue } from '@shared/sync/recordWrite';
import { summariseZodError } from '@shared/validation/summariseZodError';
import { RecordRejectedError } from './RecordRejectedError';

type TableName = keyof typeof recordSchemas;

// The change fields of a record created from outside, as the desktop app's mutation layer
// writes a create: every field (defaults filled in), the meta fields, and `deleted: 0`.
export function newRecordFields(table: TableName, input: Record<string, unknown>, now: string): Record<string, JsonValue> {
  const fields = parseFields(table, recordSchemas[table], input);
  return { ...toChangeFields(fields), createdAt: now, updatedAt: now, deleted: 0 };
}

// The change fields of an update: only the fields given (parsed by the same schema).
export function changedRecordFields(table: TableName, input: Record<string, unknown>, now: string): Record<string, JsonValue> {
  const parsed = parseFields(table, recordSchemas[table].partial(), input);
  // partial() still fills in defaults; an update keeps only what it was given.
  const given = Object.fromEntries(Object.keys(input).map((key) => [key, parsed[key]]));
  return { ...toChangeFields(given), updatedAt: now };
}

function parseFields(table: string, schema: z.ZodType, input: Record<string, unknown>): Record<string, unknown> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new RecordRejectedError(`Invalid ${table} fields: ${summariseZodError(parsed.error)}`);
  return parsed.data as Record<string, unknown>;
}
