import { compileFilter } from '@shared/domain/filters/compileFilter';
import type { FilterCondition, FilterValueType } from '@shared/domain/filters/filterTypes';
import { compareSortKeys, sortKeyOf } from '@shared/domain/filters/sortKey';
import { searchTokens } from '@shared/text/foldText';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactRow = StoredRecord<'contacts'>;
export type ContactSort = { column: string; descending: boolean };
export type ContactQuery = { search: string; conditions: FilterCondition[]; sort: ContactSort };
// Search words also match the names of a contact's companies: company id -> its name's tokens.
export type CompanyTokens = ReadonlyMap<string, readonly string[]>;
export type SnapshotState = { status: 'loading' | 'ready'; loaded: number; total: number; version: number };

const loadChunkSize = 4000;
// Bulk actions write in chunks; views re-query once per burst, not once per chunk.
const notifyDelayMs = 120;

// Every contact in memory, loaded once in chunks and kept current from the mutation layer's
// commits, so search, any filter and any sort over 100,000 contacts run without touching
// IndexedDB. Reading the table costs ~2 s once; a query costs milliseconds.
export class ContactSnapshot {
  private readonly rows = new Map<string, ContactRow>();
  private readonly sorted = new Map<string, ContactRow[]>();
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSearch: {
    version: number;
    words: string[];
    conditions: FilterCondition[];
    sort: ContactSort;
    companyTokens: CompanyTokens;
    rows: ContactRow[];
  } | null = null;
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
    return this.rows.get(id);
  }

  // Ids of the live contacts matching the search words (prefix per word) and every condition,
  // in the requested order. Plain loops: this runs on every keystroke over 100,000 rows.
  query({ search, conditions, sort }: ContactQuery, typeOf: (field: string) => FilterValueType | undefined, companyTokens: CompanyTokens = new Map()): string[] {
    const words = searchTokens(search);
    const matches = conditions.length > 0 ? compileFilter(conditions, typeOf) : null;
    const rows = this.candidates(words, conditions, sort, typeOf, companyTokens);
    const result: string[] = [];
    const matchedRows: ContactRow[] = [];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index] as ContactRow;
      if (row.deleted) continue;
      if (words.length > 0 && !matchesAllWords(row, words, companyTokens)) continue;
      if (matches && !matches(row as unknown as Record<string, unknown>)) continue;
      result.push(row.id);
      matchedRows.push(row);
    }
    this.lastSearch = words.length > 0 ? { version: this.state.version, words, conditions, sort, companyTokens, rows: matchedRows } : null;
    return result;
  }

  // Typing on ("a", "an", "ann") only narrows the last result, so only its rows need checking.
  private candidates(words: string[], conditions: FilterCondition[], sort: ContactSort, typeOf: (field: string) => FilterValueType | undefined, companyTokens: CompanyTokens): ContactRow[] {
    const last = this.lastSearch;
    const narrows =
      last !== null &&
      last.version === this.state.version &&
      last.conditions === conditions &&
      last.companyTokens === companyTokens &&
      last.sort.column === sort.column &&
      last.sort.descending === sort.descending &&
      last.words.length > 0 &&
      last.words.every((word, index) => words[index]?.startsWith(word));
    return narrows ? last.rows : this.sortedRows(sort, typeOf(sort.column) ?? 'text');
  }

  private sortedRows({ column, descending }: ContactSort, type: FilterValueType): ContactRow[] {
    const cacheKey = `${column}:${descending}`;
    const cached = this.sorted.get(cacheKey);
    if (cached) return cached;
    const keyed = Array.from(this.rows.values(), (row) => ({ row, key: sortKeyOf(row as unknown as Record<string, unknown>, column, type) }));
    keyed.sort((a, b) => {
      // Empty values stay last whichever way the column is sorted.
      if (a.key === null || b.key === null) return compareSortKeys(a.key, b.key);
      const order = compareSortKeys(a.key, b.key);
      return descending ? -order : order;
    });
    const rows = keyed.map((entry) => entry.row);
    this.sorted.set(cacheKey, rows);
    return rows;
  }

  private apply(rows: ContactRow[]): void {
    for (const row of rows) {
      const current = this.rows.get(row.id);
      // A chunk read before a later write must not undo it.
      if (!current || current.updatedAt <= row.updatedAt) this.rows.set(row.id, row);
    }
    this.sorted.clear();
    this.scheduleNotify();
  }

  private async load(): Promise<void> {
    this.state = { ...this.state, total: await this.db.contacts.count() };
    let lastId = '';
    for (;;) {
      const chunk = await this.db.contacts.where(':id').above(lastId).limit(loadChunkSize).toArray();
      if (chunk.length === 0) break;
      lastId = chunk.at(-1)?.id ?? lastId;
      for (const row of chunk) {
        const current = this.rows.get(row.id);
        if (!current || current.updatedAt <= row.updatedAt) this.rows.set(row.id, row);
      }
      this.state = { ...this.state, loaded: this.state.loaded + chunk.length };
      this.notifyNow();
    }
    this.sorted.clear();
    this.state = { ...this.state, status: 'ready' };
    this.notifyNow();
  }

  private countLive(): number {
    let live = 0;
    for (const row of this.rows.values()) if (!row.deleted) live += 1;
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

// The first character is compared as a code first: most tokens fail there, cheaply.
function hasTokenWithPrefix(tokens: readonly string[] | undefined, word: string): boolean {
  if (!tokens) return false;
  const first = word.charCodeAt(0);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (token.charCodeAt(0) === first && (word.length === 1 || token.startsWith(word))) return true;
  }
  return false;
}

function matchesAllWords(row: ContactRow, words: string[], companyTokens: CompanyTokens): boolean {
  for (const word of words) {
    if (hasTokenWithPrefix(row.searchTokens, word)) continue;
    let inCompany = false;
    for (const companyId of row.companyIds) if ((inCompany = hasTokenWithPrefix(companyTokens.get(companyId), word))) break;
    if (!inCompany) return false;
  }
  return true;
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
