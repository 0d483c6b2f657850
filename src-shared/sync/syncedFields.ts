import { isSyncedTable, recordSchemas, syncedTables } from '../domain/recordSchemas';
import type { JsonValue } from './recordWrite';

// Fields every synced row carries besides its schema's own.
const metaFields = ['createdAt', 'updatedAt', 'deleted'];
export const customFieldPrefix = 'custom.';

// Which change fields this version knows for a table. `custom` itself never travels: each
// custom attribute is a field of its own (`custom.<key>`). `defaults`: what a field holds before
// any write reached this device (the schema's defaults), so a row sync has only partly
// delivered still has every field views read.
export type SyncFieldCatalog = { readonly fields: ReadonlySet<string>; readonly custom: boolean; readonly defaults?: Readonly<Record<string, JsonValue>> };

const catalogs = new Map<string, SyncFieldCatalog>();

// null for a table this version does not know (a newer device wrote it).
export function syncFieldCatalog(table: string): SyncFieldCatalog | null {
  if (!isSyncedTable(table)) return null;
  let catalog = catalogs.get(table);
  if (!catalog) {
    const shape: Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }> = recordSchemas[table].shape;
    const keys = Object.keys(shape);
    const defaults: Record<string, JsonValue> = { deleted: 0 };
    for (const key of keys) {
      const parsed = key === 'custom' ? null : shape[key]?.safeParse(undefined);
      if (parsed?.success && parsed.data !== undefined) defaults[key] = parsed.data as JsonValue;
    }
    catalog = { fields: new Set([...keys.filter((key) => key !== 'custom'), ...metaFields]), custom: keys.includes('custom'), defaults };
    catalogs.set(table, catalog);
  }
  return catalog;
}

export function isKnownField(catalog: SyncFieldCatalog | null, field: string): boolean {
  if (!catalog) return false;
  if (field.startsWith(customFieldPrefix)) return catalog.custom && field.length > customFieldPrefix.length;
  return catalog.fields.has(field);
}

// Changes whenever this version knows a table or field the previous one did not: the moment to
// replay what older versions kept.
export function syncFieldSignature(): string {
  return JSON.stringify(syncedTables.map((table) => [table, [...(syncFieldCatalog(table)?.fields ?? [])].sort(), syncFieldCatalog(table)?.custom]));
}
