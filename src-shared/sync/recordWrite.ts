import { z } from 'zod';

// A change is one field: (table, rowId, field, value, hlc). Locally the outbox keeps them grouped
// as record writes, one HLC per write of one row, because IndexedDB pays per row, not per byte.
// A change is identified by (hlc, field): an HLC is unique to one write of one row.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// Changes travel as JSON (a push body, a pull page), so a value that came through JSON.parse is
// JSON whatever its shape; walking every value again with a recursive schema cost a first sync
// more than applying the changes. Only a missing value is refused.
const jsonValueSchema = z.custom<JsonValue>((value) => value !== undefined, 'A change needs a value.');

export const fieldChangeSchema = z.strictObject({
  table: z.string().min(1).max(64),
  rowId: z.string().min(1).max(200),
  field: z.string().min(1).max(200),
  value: jsonValueSchema,
  hlc: z.string().min(1).max(80),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export type RecordWrite = {
  table: string;
  rowId: string;
  hlc: string;
  fields: Record<string, JsonValue>;
};

export function expandRecordWrite(write: RecordWrite): FieldChange[] {
  return Object.entries(write.fields).map(([field, value]) => ({
    table: write.table,
    rowId: write.rowId,
    field,
    value,
    hlc: write.hlc,
  }));
}

// Field-level last-writer-wins: HLCs sort as text and never tie across devices.
export function isNewerChange(incomingHlc: string, currentHlc: string | undefined): boolean {
  return currentHlc === undefined || incomingHlc > currentHlc;
}
