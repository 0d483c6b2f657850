// The search tokens of one run of slots (row numbers), every distinct token in sorted order with
// the slots that hold it: the slots matching a word prefix are a binary search and a range of
// postings away. Immutable; the search index builds a new one when its rows change.
export class TokenSegment {
  private readonly tokens: string[];
  // Postings of tokens[rank] are slots[offsets[rank] .. offsets[rank + 1]).
  private readonly offsets: Int32Array;
  private readonly slots: Int32Array;

  constructor(
    readonly firstSlot: number,
    private readonly indexed: ReadonlyArray<readonly string[]>,
  ) {
    const idOf = new Map<string, number>();
    const distinct: string[] = [];
    const counts: number[] = [];
    let postings = 0;
    for (const tokens of indexed) {
      for (const token of tokens) {
        const id = idOf.get(token);
        if (id === undefined) {
          idOf.set(token, distinct.length);
          distinct.push(token);
          counts.push(1);
        } else counts[id] = (counts[id] as number) + 1;
        postings += 1;
      }
    }
    const ids = Array.from(distinct.keys()).sort((a, b) => ((distinct[a] as string) < (distinct[b] as string) ? -1 : 1));
    this.tokens = ids.map((id) => distinct[id] as string);
    this.offsets = new Int32Array(ids.length + 1);
    const nextOfId = new Int32Array(ids.length);
    ids.forEach((id, rank) => {
      nextOfId[id] = this.offsets[rank] as number;
      this.offsets[rank + 1] = (this.offsets[rank] as number) + (counts[id] as number);
    });
    this.slots = new Int32Array(postings);
    indexed.forEach((tokens, index) => {
      for (const token of tokens) {
        const id = idOf.get(token) as number;
        this.slots[nextOfId[id] as number] = firstSlot + index;
        nextOfId[id] = (nextOfId[id] as number) + 1;
      }
    });
  }

  // The tokens this segment holds for a slot, undefined outside its run.
  tokensAt(slot: number): readonly string[] | undefined {
    return this.indexed[slot - this.firstSlot];
  }

  // Sets marks[slot] = 1 for every slot holding a token that starts with `word`, skipping slots
  // flagged in `skip` (their tokens changed since this segment was built).
  markSlotsWithPrefix(word: string, marks: Uint8Array, skip: Uint8Array): void {
    for (let rank = firstAtOrAfter(this.tokens, word); rank < this.tokens.length && (this.tokens[rank] as string).startsWith(word); rank += 1) {
      const end = this.offsets[rank + 1] as number;
      for (let at = this.offsets[rank] as number; at < end; at += 1) {
        const slot = this.slots[at] as number;
        if (skip[slot] === 0) marks[slot] = 1;
      }
    }
  }
}

function firstAtOrAfter(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
