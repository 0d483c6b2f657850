import Dexie, { type Transaction } from 'dexie';
import { newId } from '@shared/ids';
import { recordSchemas, type RecordFields, type RecordInput, type SyncedTable } from '@shared/domain/recordSchemas';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import type { JsonValue, RecordWrite } from '@shared/sync/recordWrite';
import { deriveFields, linkDerivations, linkPairs, linkRowId } from '../derivedFields';
import { isQuotaExceeded, RecordNotFoundError, RecordValidationError, StorageFullError } from '../errors';
import type { OutpostDb } from '../OutpostDb';
import { recordStore, type RecordStore } from '../recordStore';
import { outboxMetaKey, readOutboxMeta } from '../outboxMeta';
import type { StoredRecord } from '../rowTypes';
import { changedFields, toChangeFields } from './changeFields';
import { defaultChunkSize, eventsChunkSize, type MutationLayerOptions } from './mutationOptions';
import { purgeRecords } from './purgeRecords';
import { countUndoRows, rememberUndo, takeUndo, type RowSnapshot, type UndoEntry } from './undoStore';

type AnyRow = Record<string, unknown> & { id: string; deleted: 0 | 1; fieldHlc?: Record<string, string> };

export type RecordPatch<T extends SyncedTable> = Partial<RecordInput<T>>;
export type ProgressHandler = (done: number, total: number) => void;
export type { MutationLayerOptions } from './mutationOptions';
export type BulkOptions = { onProgress?: ProgressHandler };
type RowPatch = { id: string; fields: Record<string, unknown>; deleted?: 0 | 1 };
type LinkDerivation = NonNullable<(typeof linkDerivations)[SyncedTable]>;
// Link rows to create with their parents, by link table (contactTags: [{ contactId, tagId }]).
export type LinkInputs = Partial<Record<SyncedTable, Array<Record<string, unknown>>>>;

// Append-only tables: their content never changes. Only the contact an event belongs to may, when
// two contacts are merged.
const appendOnlyFields: Partial<Record<SyncedTable, ReadonlySet<string>>> = { events: new Set(['contactId']) };


// Told about every committed write, with the rows as stored (derived fields included), so
// in-memory views such as the contact list stay current without re-reading the table.
export type CommitListener = (table: SyncedTable, rows: ReadonlyArray<Record<string, unknown> & { id: string }>) => void;

// The only code that writes records. Each call validates with the shared schema, stamps times
// and an HLC, writes the rows and appends their field changes to the outbox in ONE transaction,
// so a record is never stored without its change, nor a change without its record.
export function createMutationLayer(db: OutpostDb, clock: HybridLogicalClock, options: MutationLayerOptions = {}) {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const chunkSize = options.chunkSize ?? defaultChunkSize;

  const tableOf = (table: SyncedTable) => recordStore<AnyRow>(db, table);
  const fieldKeysOf = (table: SyncedTable) => Object.keys(recordSchemas[table].shape);

  function parse<T extends SyncedTable>(table: T, input: unknown, index?: number): RecordFields<T> {
    const result = recordSchemas[table].safeParse(input);
    if (result.success) return result.data as RecordFields<T>;
    const error = RecordValidationError.fromZod(table, result.error);
    if (index !== undefined) error.message = `Record ${index + 1}: ${error.message}`;
    throw error;
  }

  // An update judges the fields it writes. A field it leaves alone keeps its stored value even
  // where a stricter rule came in after it was written (a currency code this runtime does not
  // list), so the record stays editable and loses nothing; a field with a default is parsed as
  // if absent, then given its stored value back.
  function parseUpdate<T extends SyncedTable>(table: T, current: Record<string, unknown>, merged: Record<string, unknown>, written: Record<string, unknown>): RecordFields<T> {
    const result = recordSchemas[table].safeParse(merged);
    if (result.success) return result.data as RecordFields<T>;
    const failed = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const kept = [...failed].filter((field) => field in current && !(field in written));
    const retried = kept.length === failed.size ? recordSchemas[table].safeParse({ ...merged, ...Object.fromEntries(kept.map((field) => [field, undefined])) }) : null;
    if (!retried?.success) throw RecordValidationError.fromZod(table, result.error);
    return { ...retried.data, ...Object.fromEntries(kept.map((field) => [field, current[field]])) } as RecordFields<T>;
  }

  function pickFields(table: SyncedTable, row: AnyRow): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const key of fieldKeysOf(table)) if (key in row) fields[key] = row[key];
    return fields;
  }

  const commitListeners = new Set<CommitListener>();
  // Rows written per open transaction, announced once it commits (never for one that aborts).
  const writtenByTransaction = new WeakMap<Transaction, Map<SyncedTable, AnyRow[]>>();

  function noteWritten(table: SyncedTable, rows: AnyRow[]): void {
    const written = Dexie.currentTransaction && writtenByTransaction.get(Dexie.currentTransaction);
    if (!written || rows.length === 0) return;
    written.set(table, [...(written.get(table) ?? []), ...rows]);
  }

  async function inTransaction<R>(tables: SyncedTable[], work: () => Promise<R>): Promise<R> {
    const parents = tables.flatMap((table) => linkDerivations[table]?.parentTable ?? []);
    const stores = [...new Set([...tables, ...parents]), 'outbox', 'syncMeta'];
    const written = new Map<SyncedTable, AnyRow[]>();
    const announce = () => {
      for (const [writtenTable, rows] of written) for (const listener of commitListeners) listener(writtenTable, rows);
    };
    // Inside a caller's transaction (a merge), the rows are final only when that one commits.
    const outer = Dexie.currentTransaction;
    try {
      const result = await db.transaction('rw', stores, (tx) => {
        writtenByTransaction.set(tx, written);
        return work();
      });
      if (outer) outer.on('complete', announce);
      else announce();
      return result;
    } catch (error) {
      if (isQuotaExceeded(error)) throw new StorageFullError(error);
      throw error;
    }
  }

  async function appendToOutbox(writes: RecordWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await db.outbox.add({ createdAt: now(), writes });
    const meta = await readOutboxMeta(db);
    await db.syncMeta.put({ key: outboxMetaKey, value: { pendingWrites: meta.pendingWrites + writes.length, lastHlc: clock.last } });
  }

  // Keeps the parents' id sets (contact.tagIds, ...) in step with their link rows: each parent
  // is read once and written once for all the link tables given, and only when a set changed.
  async function updateLinkParents(groups: Array<[SyncedTable, AnyRow[]]>): Promise<void> {
    const byParentTable = new Map<SyncedTable, Array<[LinkDerivation, AnyRow[]]>>();
    for (const [table, rows] of groups) {
      const link = linkDerivations[table];
      if (!link || rows.length === 0) continue;
      byParentTable.set(link.parentTable, [...(byParentTable.get(link.parentTable) ?? []), [link, rows]]);
    }
    for (const [parentTable, links] of byParentTable) {
      const parents = tableOf(parentTable);
      const parentIds = [...new Set(links.flatMap(([link, rows]) => rows.map((row) => row[link.parentKey] as string)))];
      const found = await parents.bulkGet(parentIds);
      const byId = new Map(found.filter((parent): parent is AnyRow => Boolean(parent)).map((parent) => [parent.id, parent]));
      const changed = new Set<AnyRow>();
      for (const [link, rows] of links) {
        for (const row of rows) {
          const parent = byId.get(row[link.parentKey] as string);
          if (parent && applyLink(parent, link.arrayField, row[link.valueKey] as string, row.deleted === 0)) changed.add(parent);
        }
      }
      await putInBatches(parents, [...changed]);
      noteWritten(parentTable, [...changed]);
    }
  }

  type PreparedCreate = { id: string; fields: Record<string, unknown>; givenId: boolean };

  function prepareCreates<T extends SyncedTable>(table: T, inputs: Array<RecordInput<T> & { id?: string }>, firstIndex = 0, numbered = false): PreparedCreate[] {
    const pair = linkPairs[table];
    return inputs.map((input, index) => {
      const { id: givenId, ...rest } = input as Record<string, unknown> & { id?: string };
      const fields = parse(table, rest, numbered ? firstIndex + index : undefined) as Record<string, unknown>;
      if (pair) return { id: linkRowId(table, fields[pair.leftKey] as string, fields[pair.rightKey] as string), fields, givenId: true };
      return { id: givenId ?? newId(), fields, givenId: givenId !== undefined };
    });
  }

  // The stored rows and record writes of validated creates. `existing` holds what was stored
  // under each id: only a given id can already exist, and it keeps its creation time and
  // locally derived id sets. Inside an undoable group each create remembers what was there
  // before: nothing (so undo deletes the row) or, for a link row written again, its previous state.
  function buildCreates(table: SyncedTable, prepared: PreparedCreate[], existing: Array<AnyRow | undefined>): { rows: AnyRow[]; writes: RecordWrite[]; snapshots: RowSnapshot[] } {
    const writes: RecordWrite[] = [];
    const snapshots: RowSnapshot[] = [];
    const rows = prepared.map(({ id, fields }, index) => {
      const at = now();
      const hlc = clock.next();
      const before = existing[index];
      const createdAt = (before?.createdAt as string | undefined) ?? at;
      if (activeGroup) snapshots.push(before ? { id, fields: pickFields(table, before), deleted: before.deleted } : { id, fields: {}, deleted: 1 });
      writes.push({ table, rowId: id, hlc, fields: { ...toChangeFields(fields), createdAt, updatedAt: at, deleted: 0 } });
      return { ...fields, ...deriveFields(table, fields as never, before), id, createdAt, updatedAt: at, deleted: 0, hlc } as AnyRow;
    });
    return { rows, writes, snapshots };
  }

  // A Dexie promise either way: a native one awaited inside a transaction lets it commit early.
  function readExisting(table: SyncedTable, prepared: PreparedCreate[]): Promise<Array<AnyRow | undefined>> {
    return prepared.some((row) => row.givenId) ? tableOf(table).bulkGet(prepared.map((row) => row.id)) : Dexie.Promise.resolve([]);
  }

  async function writeCreates(table: SyncedTable, prepared: PreparedCreate[]): Promise<AnyRow[]> {
    return inTransaction([table], async () => {
      const { rows, writes, snapshots } = buildCreates(table, prepared, await readExisting(table, prepared));
      recordSnapshots(table, snapshots);
      await putInBatches(tableOf(table), rows, prepared.every((row) => !row.givenId));
      noteWritten(table, rows);
      await updateLinkParents([[table, rows]]);
      await appendToOutbox(writes);
      return rows;
    });
  }

  // Records created together with their link rows (contacts with their tags, lists and
  // companies), plus link rows of records already stored, in ONE transaction with one outbox
  // row. Each new record is written once with its id sets already holding its links, instead of
  // once more per link table. The records are new (any id given was just made with newId), so
  // nothing is read back for them or their links. The work goes a slice at a time between
  // IndexedDB calls, so the main thread is never held for the whole batch and the transaction stays open.
  async function writeCreatesWithLinks(table: SyncedTable, inputs: Array<Record<string, unknown>>, links: LinkInputs): Promise<string[]> {
    const linkTables = Object.keys(links) as SyncedTable[];
    for (const linkTable of linkTables) {
      if (linkDerivations[linkTable]?.parentTable !== table) throw new Error(`${linkTable} rows do not link to ${table}`);
    }
    return inTransaction([table, ...linkTables], async () => {
      const linkInputsByParent = new Map<string, Array<[SyncedTable, Record<string, unknown>]>>();
      for (const linkTable of linkTables) {
        const parentKey = linkDerivations[linkTable]?.parentKey as string;
        for (const link of links[linkTable] ?? []) {
          const parentId = link[parentKey] as string;
          linkInputsByParent.set(parentId, [...(linkInputsByParent.get(parentId) ?? []), [linkTable, link]]);
        }
      }
      const written = new Map<SyncedTable, AnyRow[]>();
      const snapshots = new Map<SyncedTable, RowSnapshot[]>();
      const writes: RecordWrite[] = [];
      const keep = (writtenTable: SyncedTable, built: ReturnType<typeof buildCreates>) => {
        // Appended in place: a chunk has thousands of rows per table.
        if (!written.has(writtenTable)) {
          written.set(writtenTable, []);
          snapshots.set(writtenTable, []);
        }
        written.get(writtenTable)?.push(...built.rows);
        snapshots.get(writtenTable)?.push(...built.snapshots);
        writes.push(...built.writes);
      };
      const ids: string[] = [];
      // IndexedDB stores one slice while the next is validated and derived here.
      let writing: Promise<unknown> = Dexie.Promise.resolve();
      for (let start = 0; start < inputs.length; start += recordsPerSlice) {
        const prepared = prepareCreates(table, inputs.slice(start, start + recordsPerSlice) as never, start, inputs.length > 1);
        const parents = buildCreates(table, prepared, []);
        const parentById = new Map(parents.rows.map((row) => [row.id, row]));
        const own = prepared.flatMap((parent) => linkInputsByParent.get(parent.id) ?? []);
        for (const parent of prepared) linkInputsByParent.delete(parent.id);
        const builtLinks = linkTables.map((linkTable) => {
          const link = linkDerivations[linkTable] as LinkDerivation;
          const built = buildCreates(linkTable, prepareCreates(linkTable, own.filter(([of]) => of === linkTable).map(([, input]) => input) as never), []);
          for (const row of built.rows) applyLink(parentById.get(row[link.parentKey] as string) as AnyRow, link.arrayField, row[link.valueKey] as string, true);
          keep(linkTable, built);
          return [linkTable, built.rows] as const;
        });
        keep(table, parents);
        ids.push(...prepared.map((row) => row.id));
        await writing;
        writing = Dexie.Promise.all([...builtLinks.map(([linkTable, rows]) => putInBatches(tableOf(linkTable), rows)), putInBatches(tableOf(table), parents.rows)]);
      }
      await writing;
      // Links of records stored before: written like any link row, their parents once for all tables.
      const otherLinks: Array<[SyncedTable, AnyRow[]]> = [];
      for (const linkTable of linkTables) {
        const rest = [...linkInputsByParent.values()].flatMap((entries) => entries.filter(([of]) => of === linkTable).map(([, input]) => input));
        const prepared = prepareCreates(linkTable, rest as never);
        const built = buildCreates(linkTable, prepared, await readExisting(linkTable, prepared));
        await putInBatches(tableOf(linkTable), built.rows);
        keep(linkTable, built);
        otherLinks.push([linkTable, built.rows]);
      }
      await updateLinkParents(otherLinks);
      for (const writtenTable of [table, ...linkTables]) {
        recordSnapshots(writtenTable, snapshots.get(writtenTable) ?? []);
        noteWritten(writtenTable, written.get(writtenTable) ?? []);
      }
      await appendToOutbox(writes);
      return ids;
    });
  }

  async function patchChunk(table: SyncedTable, patches: RowPatch[]): Promise<RowSnapshot[]> {
    const allowed = appendOnlyFields[table];
    if (allowed && patches.some((patch) => patch.deleted === 1 || Object.keys(patch.fields).some((field) => !allowed.has(field)))) {
      throw new Error(`${table} are append-only and cannot be changed`);
    }
    return inTransaction([table], async () => {
      const store = tableOf(table);
      const existing = await store.bulkGet(patches.map((patch) => patch.id));
      const writes: RecordWrite[] = [];
      const rows: AnyRow[] = [];
      const snapshots: RowSnapshot[] = [];
      patches.forEach((patch, index) => {
        const row = existing[index];
        if (!row) throw new RecordNotFoundError(table, patch.id);
        const current = pickFields(table, row);
        const merged: Record<string, unknown> = { ...current, ...patch.fields };
        if (patch.fields.custom && 'custom' in current) merged.custom = { ...(current.custom as object), ...(patch.fields.custom as object) };
        const fields = parseUpdate(table, current, merged, patch.fields);
        const changes: Record<string, JsonValue> = changedFields(current, fields);
        if (patch.deleted !== undefined && patch.deleted !== row.deleted) changes.deleted = patch.deleted;
        if (Object.keys(changes).length === 0) return;
        const at = now();
        const hlc = clock.next();
        const fieldHlc: Record<string, string> = { ...row.fieldHlc, updatedAt: hlc };
        for (const field of Object.keys(changes)) fieldHlc[field] = hlc;
        snapshots.push(snapshotBefore(row, current, changes));
        rows.push({ ...row, ...fields, ...deriveFields(table, fields as never, row), updatedAt: at, deleted: patch.deleted ?? row.deleted, fieldHlc });
        writes.push({ table, rowId: row.id, hlc, fields: { ...changes, updatedAt: at } });
      });
      await putInBatches(store, rows);
      noteWritten(table, rows);
      await updateLinkParents([[table, rows]]);
      await appendToOutbox(writes);
      return snapshots;
    });
  }

  // The undoable action being recorded, if any: every write inside it adds its snapshots.
  let activeGroup: UndoEntry | null = null;

  function recordSnapshots(table: SyncedTable, rows: RowSnapshot[]): void {
    if (!activeGroup || rows.length === 0) return;
    const last = activeGroup.steps.at(-1);
    if (last?.table === table) last.rows.push(...rows);
    else activeGroup.steps.push({ table, rows: [...rows] });
  }

  // Runs `work` as one undoable action. Nested calls join the outer action.
  async function undoable(label: string, work: () => Promise<void>): Promise<UndoEntry> {
    if (activeGroup) {
      await work();
      return activeGroup;
    }
    const entry: UndoEntry = { label, steps: [] };
    activeGroup = entry;
    try {
      await work();
    } finally {
      activeGroup = null;
      // Chunks that committed before a failure can still be undone.
      rememberUndo(entry);
    }
    return entry;
  }

  async function patchInChunks(table: SyncedTable, patches: RowPatch[], bulk?: BulkOptions): Promise<void> {
    for (let start = 0; start < patches.length; start += chunkSize) {
      recordSnapshots(table, await patchChunk(table, patches.slice(start, start + chunkSize)));
      bulk?.onProgress?.(Math.min(start + chunkSize, patches.length), patches.length);
    }
  }

  return {
    async create<T extends SyncedTable>(table: T, input: RecordInput<T> & { id?: string }): Promise<StoredRecord<T>> {
      const [row] = await writeCreates(table, prepareCreates(table, [input]));
      return row as unknown as StoredRecord<T>;
    },

    // Validates every record before writing any; then writes in chunks, each chunk one
    // transaction with one outbox row.
    async createMany<T extends SyncedTable>(table: T, inputs: Array<RecordInput<T> & { id?: string }>, bulk?: BulkOptions): Promise<string[]> {
      // Validated chunk by chunk, yielding between chunks so 50,000 records never block the UI.
      // Not inside a caller's transaction, which a yield would end.
      const prepared: PreparedCreate[] = [];
      for (let start = 0; start < inputs.length; start += rowsPerPut) {
        if (start > 0 && !Dexie.currentTransaction) await yieldToUi();
        prepared.push(...prepareCreates(table, inputs.slice(start, start + rowsPerPut), start, inputs.length > 1));
      }
      const recordsPerChunk = options.chunkSize ?? (table === 'events' ? eventsChunkSize : defaultChunkSize);
      for (let start = 0; start < prepared.length; start += recordsPerChunk) {
        await writeCreates(table, prepared.slice(start, start + recordsPerChunk));
        bulk?.onProgress?.(Math.min(start + recordsPerChunk, prepared.length), prepared.length);
      }
      return prepared.map((row) => row.id);
    },

    // New records with their link rows, each record written once (an import's chunk). Validated
    // as it goes; a record or link that fails aborts the transaction, so nothing is written.
    createWithLinks<T extends SyncedTable>(table: T, inputs: Array<RecordInput<T> & { id?: string }>, links: LinkInputs): Promise<string[]> {
      return writeCreatesWithLinks(table, inputs as Array<Record<string, unknown>>, links);
    },

    undoable,

    // Removes records from the trash for good; sync learns of it through the outbox.
    purge: (table: SyncedTable, ids: string[]) => purgeRecords(db, clock, table, ids, options),

    subscribe(listener: CommitListener): () => void {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },

    // Rows that sync merged from other devices (src-renderer/db/sync), announced to the same
    // listeners once their transaction has committed; they never enter the outbox.
    announce(table: SyncedTable, rows: ReadonlyArray<Record<string, unknown> & { id: string }>): void {
      if (rows.length === 0) return;
      for (const listener of commitListeners) listener(table, rows);
    },

    // Outside an undoable action an update is not remembered (an edit in a form); inside one it is part of it.
    async update<T extends SyncedTable>(table: T, id: string, patch: RecordPatch<T>): Promise<StoredRecord<T>> {
      recordSnapshots(table, await patchChunk(table, [{ id, fields: patch as Record<string, unknown> }]));
      return (await tableOf(table).get(id)) as unknown as StoredRecord<T>;
    },

    // A bulk change: one patch applied to many records, undoable as one action.
    async updateMany<T extends SyncedTable>(table: T, ids: string[], patch: RecordPatch<T>, label: string, bulk?: BulkOptions): Promise<UndoEntry> {
      return undoable(label, () => patchInChunks(table, ids.map((id) => ({ id, fields: patch as Record<string, unknown> })), bulk));
    },

    // Different values per record (a merge choosing fields, moving events), undoable.
    async patchMany<T extends SyncedTable>(table: T, patches: Array<{ id: string; fields: RecordPatch<T> }>, label: string, bulk?: BulkOptions): Promise<UndoEntry> {
      return undoable(label, () => patchInChunks(table, patches as RowPatch[], bulk));
    },

    async softDelete(table: SyncedTable, ids: string[], label: string, bulk?: BulkOptions): Promise<UndoEntry> {
      return undoable(label, () => patchInChunks(table, ids.map((id) => ({ id, fields: {}, deleted: 1 as const })), bulk));
    },

    async restore(table: SyncedTable, ids: string[], bulk?: BulkOptions): Promise<void> {
      for (let start = 0; start < ids.length; start += chunkSize) {
        await patchChunk(table, ids.slice(start, start + chunkSize).map((id) => ({ id, fields: {}, deleted: 0 as const })));
        bulk?.onProgress?.(Math.min(start + chunkSize, ids.length), ids.length);
      }
    },

    // Reverses the last destructive action by writing the previous values back: the undo is
    // itself a change, so it syncs like any other edit.
    async undoLast(bulk?: BulkOptions): Promise<UndoEntry | null> {
      const entry = takeUndo();
      if (!entry) return null;
      const total = countUndoRows(entry);
      let done = 0;
      try {
        for (const step of [...entry.steps].reverse()) {
          const rows = [...step.rows].reverse();
          for (let start = 0; start < rows.length; start += chunkSize) {
            const chunk = rows.slice(start, start + chunkSize);
            await patchChunk(step.table, chunk);
            done += chunk.length;
            bulk?.onProgress?.(done, total);
          }
        }
      } catch (error) {
        // Still undoable once the cause (say, a full disk) is fixed; re-applying is harmless.
        rememberUndo(entry);
        throw error;
      }
      return entry;
    },
  };
}

// IndexedDB clones each row on the main thread as it is put: a few hundred rows per call keep
// each clone short, and awaiting between calls lets the UI run inside the same transaction.
const rowsPerPut = 500;
// Records written with their links per task: each brings about three link rows to validate and
// clone. 100 keep each such task of an import at 40-50 ms of CPU on the busy 2-core machine (250: 60-110 ms).
const recordsPerSlice = 100;

// Chained on Dexie's own promises, which keep the transaction alive between the calls. `fresh`
// rows have ids just made, so they are added without asking what is stored under them.
function putInBatches(store: RecordStore<AnyRow>, rows: AnyRow[], fresh = false): Promise<unknown> {
  const write = (slice: AnyRow[]) => (fresh ? store.bulkAdd(slice) : store.bulkPut(slice));
  let done: Promise<unknown> = write(rows.slice(0, rowsPerPut));
  for (let start = rowsPerPut; start < rows.length; start += rowsPerPut) done = done.then(() => write(rows.slice(start, start + rowsPerPut)));
  return done;
}

// Adds (or removes) one id in a row's id set; says whether the set changed.
function applyLink(row: AnyRow, field: string, id: string, linked: boolean): boolean {
  const ids = (row[field] as string[] | undefined) ?? [];
  if (ids.includes(id) === linked) return false;
  row[field] = linked ? [...ids, id] : ids.filter((other) => other !== id);
  return true;
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function snapshotBefore(row: AnyRow, current: Record<string, unknown>, changes: Record<string, JsonValue>): RowSnapshot {
  const fields: Record<string, unknown> = {};
  const previousCustom = (current.custom ?? {}) as Record<string, unknown>;
  for (const field of Object.keys(changes)) {
    if (field === 'deleted') continue;
    if (field.startsWith('custom.')) {
      const key = field.slice('custom.'.length);
      fields.custom = { ...(fields.custom as object | undefined), [key]: previousCustom[key] ?? null };
    } else {
      fields[field] = current[field];
    }
  }
  return { id: row.id, fields, deleted: row.deleted };
}

export type MutationLayer = ReturnType<typeof createMutationLayer>;
