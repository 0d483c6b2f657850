import { compareSortKeys, type SortKey } from '@shared/domain/filters/sortKey';
import type { ContactRow } from './contactSnapshot';

type KeyOf = (row: ContactRow) => SortKey | null;

// The slots (row numbers) of every contact in one column's order, with each slot's key. Writes
// move only the rows whose key changed, so a bulk action or an inline edit never re-sorts
// 100,000 rows; ties keep slot order, so a moved row lands where a fresh sort would put it.
export class ContactSortOrder {
  private readonly keys: Array<SortKey | null> = [];
  private order: Int32Array;

  constructor(
    private readonly keyOf: KeyOf,
    private readonly descending: boolean,
    rowsBySlot: readonly ContactRow[],
  ) {
    rowsBySlot.forEach((row, slot) => (this.keys[slot] = keyOf(row)));
    this.order = Int32Array.from(rowsBySlot.keys()).sort(this.compare);
  }

  get slots(): Int32Array {
    return this.order;
  }

  // Rows written since (new slots included): re-keys them and moves those whose key changed.
  update(written: ReadonlyArray<{ slot: number; row: ContactRow }>): void {
    const moved: number[] = [];
    const isMoved = new Uint8Array(this.keys.length + written.length);
    for (const { slot, row } of written) {
      const key = this.keyOf(row);
      // A new slot has no key yet, so it always moves in.
      if (key === this.keys[slot]) continue;
      this.keys[slot] = key;
      if (isMoved[slot] === 1) continue;
      moved.push(slot);
      isMoved[slot] = 1;
    }
    if (moved.length > 0) this.order = this.withMoved(moved, isMoved);
  }

  private withMoved(moved: number[], isMoved: Uint8Array): Int32Array {
    const kept = this.order.filter((slot) => isMoved[slot] === 0);
    moved.sort(this.compare);
    const order = new Int32Array(kept.length + moved.length);
    let from = 0;
    let at = 0;
    for (const slot of moved) {
      const until = this.insertionPoint(kept, slot, from);
      order.set(kept.subarray(from, until), at);
      at += until - from;
      order[at] = slot;
      at += 1;
      from = until;
    }
    order.set(kept.subarray(from), at);
    return order;
  }

  // First index at or after `from` whose slot sorts after `slot`.
  private insertionPoint(sorted: Int32Array, slot: number, from: number): number {
    let low = from;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(sorted[middle] as number, slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  // Empty values stay last whichever way the column is sorted; ties keep slot order.
  private readonly compare = (a: number, b: number): number => {
    const keyA = this.keys[a] as SortKey | null;
    const keyB = this.keys[b] as SortKey | null;
    const order = keyA === null || keyB === null ? compareSortKeys(keyA, keyB) : this.descending ? -compareSortKeys(keyA, keyB) : compareSortKeys(keyA, keyB);
    return order !== 0 ? order : a - b;
  };
}
