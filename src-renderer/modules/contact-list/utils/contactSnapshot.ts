import { readField } from '@shared/domain/filters/compileFilter';
import type { FilterCondition, FilterValueType } from '@shared/domain/filters/filterTypes';
import { sortKeyOf } from '@shared/domain/filters/sortKey';
import { foldText, searchTokens } from '@shared/text/foldText';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { compileSnapshotFilter, type FoldedReader } from './compileSnapshotFilter';
import { ContactSearchIndex, hasTokenWithPrefix } from './contactSearchIndex';
import { ContactSortOrder } from './contactSortOrder';

export type ContactRow = StoredRecord<'contacts'>;
export type ContactSort = { column: string; descending: boolean };
export type ContactQuery = { search: string; conditions: FilterCondition[]; sort: ContactSort };
// Search words also match the names of a contact's companies: company id -> its name's tokens.
export type CompanyTokens = ReadonlyMap<string, readonly string[]>;
export type SnapshotState = { status: 'loading' | 'ready'; loaded: number; total: number; version: number };

const loadChunkSize = 4000;
// Bulk actions write in chunks; views re-query once per burst, not once per chunk.
const notifyDelayMs = 120;
// Sort orders kept (and patched on every write): the current one and a few recent ones.
const keptSortOrders = 3;
// Fields whose folded values are cached for text filters.
const keptFoldedFields = 4;

// Every contact in memory, loaded once in chunks and kept current from the mutation layer's
// commits, so search, any filter and any sort over 100,000 contacts run without touching
// IndexedDB. Reading the table costs ~1 s once; a query costs milliseconds. Rows live in slots
// (numbers given in the order they are first seen) that the search index, the cached sort
// orders and the folded-value cache share.
export class ContactSnapshot {
  private readonly rowsBySlot: ContactRow[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly orders = new Map<string, ContactSortOrder>();
  private readonly foldedByField = new Map<string, Array<string | undefined>>();
  private readonly searchIndex = new ContactSearchIndex();
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  state: SnapshotState = { status: 'loading', loaded: 0, total: 0, version: 0 };

  constructor(
    private readonly db: OutpostDb,
    mutations: MutationLayer,
  ) {
    mutations.subscribe((table, rows) => {
      if (table === 'contacts') this.apply(rows as unknown as ContactRow[]);
    });
    void this.load();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SnapshotState => this.state;

  get(id: string): ContactRow | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.rowsBySlot[slot];
  }

  // Ids of the live contacts matching the search words (prefix per word) and every condition,
  // in the requested order. Plain loops: this runs on every keystroke over 100,000 rows.
  query({ search, conditions, sort }: ContactQuery, typeOf: (field: string) => FilterValueType | undefined, companyTokens: CompanyTokens = new Map()): string[] {
    const words = searchTokens(search);
    const matchesWords = words.length > 0 ? this.wordMatcher(words, companyTokens) : null;
    const matches = conditions.length > 0 ? compileSnapshotFilter(conditions, typeOf, this.foldedReader) : null;
    const order = this.sortOrder(sort, typeOf(sort.column) ?? 'text').slots;
    const result: string[] = [];
    for (let index = 0; index < order.length; index += 1) {
      const slot = order[index] as number;
      const row = this.rowsBySlot[slot] as ContactRow;
      if (row.deleted) continue;
      if (matchesWords && !matchesWords(slot, row)) continue;
      if (matches && !matches(slot, row)) continue;
      result.push(row.id);
    }
    return result;
  }

  // Per word, the slots holding a token with that prefix (from the index) and the companies
  // whose name has one; a row matches when every word is found in one or the other.
  private wordMatcher(words: string[], companyTokens: CompanyTokens): (slot: number, row: ContactRow) => boolean {
    const perWord = words.map((word) => {
      const marks = new Uint8Array(this.rowsBySlot.length);
      this.searchIndex.markSlotsWithPrefix(word, marks);
      const companies = new Set<string>();
      for (const [companyId, tokens] of companyTokens) if (hasTokenWithPrefix(tokens, word)) companies.add(companyId);
      return { marks, companies };
    });
    return (slot, row) => {
      for (const { marks, companies } of perWord) {
        if (marks[slot] === 1) continue;
        if (companies.size === 0 || !row.companyIds.some((companyId) => companies.has(companyId))) return false;
      }
      return true;
    };
  }

  // Recently used orders are kept and patched on every write; older ones are dropped.
  private sortOrder({ column, descending }: ContactSort, type: FilterValueType): ContactSortOrder {
    const cacheKey = `${column}:${descending}`;
    const order = this.orders.get(cacheKey) ?? new ContactSortOrder((row) => sortKeyOf(row as unknown as Record<string, unknown>, column, type), descending, this.rowsBySlot);
    this.orders.delete(cacheKey);
    this.orders.set(cacheKey, order);
    for (const oldKey of [...this.orders.keys()].slice(0, -keptSortOrders)) this.orders.delete(oldKey);
    return order;
  }

  // Folded values are cached per field and slot; a write clears its rows' entries.
  private readonly foldedReader: FoldedReader = (field) => {
    let column = this.foldedByField.get(field);
    if (!column) {
      column = new Array<string | undefined>(this.rowsBySlot.length);
      this.foldedByField.set(field, column);
      for (const oldField of [...this.foldedByField.keys()].slice(0, -keptFoldedFields)) this.foldedByField.delete(oldField);
    }
    const values = column;
    return (slot, row) => (values[slot] ??= foldText(String(readField(row as unknown as Record<string, unknown>, field) ?? '')));
  };

  // A chunk read before a later write must not undo it: the newer row wins.
  private store(rows: readonly ContactRow[]): Array<{ slot: number; row: ContactRow }> {
    const written: Array<{ slot: number; row: ContactRow }> = [];
    for (const row of rows) {
      let slot = this.slotOf.get(row.id);
      if (slot === undefined) {
        slot = this.rowsBySlot.length;
        this.slotOf.set(row.id, slot);
      } else if ((this.rowsBySlot[slot] as ContactRow).updatedAt > row.updatedAt) continue;
      this.rowsBySlot[slot] = row;
      written.push({ slot, row });
    }
    for (const { slot, row } of written) this.searchIndex.update(slot, row.searchTokens);
    this.searchIndex.refresh();
    for (const column of this.foldedByField.values()) for (const { slot } of written) column[slot] = undefined;
    for (const order of this.orders.values()) order.update(written);
    return written;
  }

  private apply(rows: ContactRow[]): void {
    this.store(rows);
    this.scheduleNotify();
  }

  private async load(): Promise<void> {
    this.state = { ...this.state, total: await this.db.contacts.count() };
    let lastId = '';
    for (;;) {
      const chunk = await this.db.contacts.where(':id').above(lastId).limit(loadChunkSize).toArray();
      if (chunk.length === 0) break;
      lastId = chunk.at(-1)?.id ?? lastId;
      this.store(chunk);
      this.state = { ...this.state, loaded: this.state.loaded + chunk.length };
      this.notifyNow();
    }
    this.state = { ...this.state, status: 'ready' };
    this.notifyNow();
  }

  private countLive(): number {
    let live = 0;
    for (const row of this.rowsBySlot) if (!row.deleted) live += 1;
    return live;
  }

  private scheduleNotify(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.notifyNow();
    }, notifyDelayMs);
  }

  private notifyNow(): void {
    // Once loaded, the total is the number of live contacts, kept exact through every write.
    const total = this.state.status === 'ready' ? this.countLive() : this.state.total;
    this.state = { ...this.state, total, version: this.state.version + 1 };
    for (const listener of this.listeners) listener();
  }
}

const snapshots = new WeakMap<OutpostDb, ContactSnapshot>();

// One snapshot per open database, created on first use and kept for the session.
export function contactSnapshotFor(db: OutpostDb, mutations: MutationLayer): ContactSnapshot {
  let snapshot = snapshots.get(db);
  if (!snapshot) {
    snapshot = new ContactSnapshot(db, mutations);
    snapshots.set(db, snapshot);
  }
  return snapshot;
}
