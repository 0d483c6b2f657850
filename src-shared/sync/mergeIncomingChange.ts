import type { FieldChange, JsonValue } from './recordWrite';
import { customFieldPrefix, isKnownField, type SyncFieldCatalog } from './syncedFields';

// A change to a field this version does not know (a newer device wrote it), kept on the row
// with its HLC so it merges like any other and is replayed once an upgrade knows the field.
export type KeptField = { value: JsonValue; hlc: string };

export type SyncRow = Record<string, unknown> & {
  id: string;
  hlc: string;
  fieldHlc?: Record<string, string>;
  keptFields?: Record<string, KeptField>;
};

// What is left of a purged row: purge is final, so later edits never bring it back.
export type PurgedRow = { id: string; purged: true };
export type MergedRow = SyncRow | PurgedRow;

export type IncomingChange = Pick<FieldChange, 'field' | 'value' | 'hlc'>;

// Below every real HLC: the stamp of a default that no write has replaced yet.
const noHlc = '';

export type MergeOutcome = {
  row: MergedRow;
  // Fields whose value changed ('purged' for a purge): what derived fields and views care about.
  changedFields: string[];
  // Whether the row must be stored: also true when only a field's HLC moved on.
  rowChanged: boolean;
};

export function isPurgedRow(row: MergedRow): row is PurgedRow {
  return (row as PurgedRow).purged === true;
}

export function isPurgeChange(change: IncomingChange): boolean {
  return change.field === 'purged' && change.value === true;
}

// Field-level last-writer-wins. A field's HLC is fieldHlc[field] ?? row.hlc while the row holds
// the field, none while it does not (never written here). Every field, `deleted` included,
// takes the value with the larger HLC; the same HLC with two values (never written by this app)
// falls back to comparing the values, so the winner is the same on every device. That makes
// merging commutative, associative and idempotent: any order or grouping of one set of changes
// gives the same values. The row's metadata is kept canonical (hlc = the smallest field HLC,
// fieldHlc only for the others), so the same changes also give the same stored row. Purge
// absorbs everything.
export function mergeIncomingChanges(rowId: string, current: MergedRow | undefined, incoming: readonly IncomingChange[], catalog: SyncFieldCatalog | null): MergeOutcome {
  if (current && isPurgedRow(current)) return { row: current, changedFields: [], rowChanged: false };
  if (incoming.some(isPurgeChange)) return { row: { id: rowId, purged: true }, changedFields: ['purged'], rowChanged: true };

  const row: Record<string, unknown> = current ? { ...current } : { id: rowId };
  if (catalog?.custom) row.custom = { ...((row.custom as Record<string, unknown> | undefined) ?? {}) };
  const hlcs = fieldHlcs(current, catalog);
  const kept: Record<string, KeptField> = { ...current?.keptFields };
  const changedFields = new Set<string>();
  let rowChanged = !current;

  // Kept fields this version now knows (after an upgrade) are replayed like incoming changes.
  const replayed: IncomingChange[] = [];
  for (const [field, entry] of Object.entries(kept)) {
    if (!isKnownField(catalog, field)) continue;
    replayed.push({ field, value: entry.value, hlc: entry.hlc });
    delete kept[field];
    rowChanged = true;
  }

  for (const change of [...replayed, ...incoming]) {
    if (isKnownField(catalog, change.field)) {
      const before = readField(row, change.field);
      if (!wins(change, hlcs.get(change.field), before)) continue;
      hlcs.set(change.field, change.hlc);
      rowChanged = true;
      if (!sameValue(before, change.value)) {
        writeField(row, change.field, change.value);
        changedFields.add(change.field);
      }
    } else {
      const before = kept[change.field];
      if (before && !wins(change, before.hlc, before.value)) continue;
      kept[change.field] = { value: change.value, hlc: change.hlc };
      rowChanged = true;
    }
  }

  // Fields no change has reached yet hold their defaults, written "before any HLC" (''), so
  // every real change wins over them.
  for (const [field, value] of Object.entries(catalog?.defaults ?? {})) {
    if (hlcs.has(field)) continue;
    writeField(row, field, value);
    hlcs.set(field, noHlc);
    rowChanged = true;
  }

  setCanonicalMeta(row, hlcs, kept, current?.hlc);
  return { row: row as SyncRow, changedFields: [...changedFields], rowChanged };
}

// The HLC of every field the row holds. A field set to undefined was never written (no change
// carries undefined): a local edit of a row that sync has only partly delivered can leave one.
function fieldHlcs(row: SyncRow | undefined, catalog: SyncFieldCatalog | null): Map<string, string> {
  const hlcs = new Map<string, string>();
  if (!row) return hlcs;
  const hlcOf = (field: string) => row.fieldHlc?.[field] ?? row.hlc;
  for (const [key, value] of Object.entries(row)) {
    if (value !== undefined && isKnownField(catalog, key)) hlcs.set(key, hlcOf(key));
  }
  if (catalog?.custom && row.custom && typeof row.custom === 'object') {
    for (const [key, value] of Object.entries(row.custom)) if (value !== undefined) hlcs.set(`${customFieldPrefix}${key}`, hlcOf(`${customFieldPrefix}${key}`));
  }
  return hlcs;
}

function wins(change: IncomingChange, currentHlc: string | undefined, currentValue: unknown): boolean {
  if (currentHlc === undefined || change.hlc > currentHlc) return true;
  return change.hlc === currentHlc && JSON.stringify(change.value) > JSON.stringify(currentValue ?? null);
}

function readField(row: Record<string, unknown>, field: string): unknown {
  if (!field.startsWith(customFieldPrefix)) return row[field];
  return (row.custom as Record<string, unknown>)[field.slice(customFieldPrefix.length)];
}

function writeField(row: Record<string, unknown>, field: string, value: JsonValue): void {
  if (field.startsWith(customFieldPrefix)) (row.custom as Record<string, unknown>)[field.slice(customFieldPrefix.length)] = value;
  else row[field] = value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function setCanonicalMeta(row: Record<string, unknown>, hlcs: Map<string, string>, kept: Record<string, KeptField>, previousHlc: string | undefined): void {
  let lowest: string | undefined;
  for (const hlc of hlcs.values()) if (lowest === undefined || hlc < lowest) lowest = hlc;
  // A row of kept fields only (say, of a table this version does not know) has no field HLCs.
  row.hlc = lowest ?? previousHlc ?? '';
  const fieldHlc: Record<string, string> = {};
  for (const [field, hlc] of hlcs) if (hlc !== row.hlc) fieldHlc[field] = hlc;
  if (Object.keys(fieldHlc).length > 0) row.fieldHlc = fieldHlc;
  else delete row.fieldHlc;
  if (Object.keys(kept).length > 0) row.keptFields = kept;
  else delete row.keptFields;
}
