import { TokenSegment } from './tokenSegment';

// Slots per segment: building one takes a few milliseconds, so indexing never blocks the UI.
const defaultSegmentSize = 4096;
// A segment is rebuilt once this share of its rows changed tokens since it was built.
const staleShareForRebuild = 1 / 8;

// Word-prefix search over every contact's tokens, without a pass over every row: segment k
// indexes slots [k * segmentSize, (k + 1) * segmentSize). Rows written since their segment was
// built ("stale", and the tail not yet in a full segment) are checked one by one; writes
// rebuild only the segments they touched, once enough of their rows changed.
export class ContactSearchIndex {
  private readonly segments: TokenSegment[] = [];
  private readonly tokensBySlot: Array<readonly string[]> = [];
  private readonly stale = new Set<number>();
  // The same set as flags, read once per posting.
  private staleFlags: Uint8Array;
  private readonly staleBySegment: number[] = [];

  constructor(private readonly segmentSize = defaultSegmentSize) {
    this.staleFlags = new Uint8Array(segmentSize);
  }

  // A row's current tokens: a new slot, or a write that may have changed them.
  update(slot: number, tokens: readonly string[]): void {
    this.tokensBySlot[slot] = tokens;
    const indexed = this.segments[this.segmentOf(slot)]?.tokensAt(slot);
    this.setStale(slot, !indexed || !sameTokens(indexed, tokens));
  }

  // Indexes full runs of new slots and rebuilds segments where many rows changed.
  refresh(): void {
    while ((this.segments.length + 1) * this.segmentSize <= this.tokensBySlot.length) this.indexSegment(this.segments.length);
    this.staleBySegment.forEach((count, segment) => {
      if (segment < this.segments.length && count > this.segmentSize * staleShareForRebuild) this.indexSegment(segment);
    });
  }

  // Sets marks[slot] = 1 for every slot holding a token that starts with `word`.
  markSlotsWithPrefix(word: string, marks: Uint8Array): void {
    for (const segment of this.segments) segment.markSlotsWithPrefix(word, marks, this.staleFlags);
    for (const slot of this.stale) if (hasTokenWithPrefix(this.tokensBySlot[slot], word)) marks[slot] = 1;
  }

  private indexSegment(segment: number): void {
    const firstSlot = segment * this.segmentSize;
    this.segments[segment] = new TokenSegment(firstSlot, this.tokensBySlot.slice(firstSlot, firstSlot + this.segmentSize));
    for (let slot = firstSlot; slot < firstSlot + this.segmentSize; slot += 1) this.setStale(slot, false);
  }

  private segmentOf(slot: number): number {
    return Math.floor(slot / this.segmentSize);
  }

  private setStale(slot: number, isStale: boolean): void {
    if (slot >= this.staleFlags.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.staleFlags.length * 2));
      grown.set(this.staleFlags);
      this.staleFlags = grown;
    }
    if ((this.staleFlags[slot] === 1) === isStale) return;
    this.staleFlags[slot] = isStale ? 1 : 0;
    const segment = this.segmentOf(slot);
    this.staleBySegment[segment] = (this.staleBySegment[segment] ?? 0) + (isStale ? 1 : -1);
    if (isStale) this.stale.add(slot);
    else this.stale.delete(slot);
  }
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index]);
}

// The first character is compared as a code first: most tokens fail there, cheaply.
export function hasTokenWithPrefix(tokens: readonly string[] | undefined, word: string): boolean {
  if (!tokens) return false;
  const first = word.charCodeAt(0);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (token.charCodeAt(0) === first && (word.length === 1 || token.startsWith(word))) return true;
  }
  return false;
}
