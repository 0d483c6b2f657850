import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { UndoEntry } from '../../../../db/mutations/undoStore';
import type { ImportedUpdate, ImportJobSummary } from '../importJob';

type Row = Record<string, unknown> & { id: string; custom?: Record<string, unknown> };

// Field values, custom attributes flattened to `custom.<key>`: as `fields` had them (before), or
// as `row` holds them now (after).
function flatFields(fields: Record<string, unknown>, row?: Row): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field !== 'custom') values[field] = row ? row[field] : value;
    else for (const [key, previous] of Object.entries(value as object)) values[`custom.${key}`] = (row ? row.custom?.[key] : previous) ?? null;
  }
  return values;
}

// What reverting needs of a chunk's updates to records that were there before the import: each
// changed field's previous value and the value the import wrote. `fromFile`: records this
// import created (a later row updating them is no update to revert). A record two chunks
// changed keeps its first "before" and its last "after".
export function recordImportedUpdates(summary: ImportJobSummary, table: SyncedTable, entry: UndoEntry, stored: ReadonlyArray<Row | undefined>, fromFile: ReadonlySet<string>): void {
  const rows = new Map(stored.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const known = new Map(summary.updates.map((update) => [update.id, update]));
  for (const step of entry.steps) {
    if (step.table !== table) continue;
    for (const snapshot of step.rows) {
      const row = rows.get(snapshot.id);
      if (snapshot.deleted === 1 || fromFile.has(snapshot.id) || !row) continue;
      const update: ImportedUpdate = { id: snapshot.id, before: flatFields(snapshot.fields), after: flatFields(snapshot.fields, row) };
      const earlier = known.get(snapshot.id);
      if (earlier) Object.assign(earlier, { before: { ...update.before, ...earlier.before }, after: { ...earlier.after, ...update.after } });
      else {
        summary.updates.push(update);
        known.set(update.id, update);
      }
    }
  }
}
