import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

// Fractional-index keys compare as plain strings (not locale order); equal keys, which two
// devices inserting at the same place can both make, fall back to the id.
export function compareByPosition(a: { position: string; id: string }, b: { position: string; id: string }): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

// The key for an item dropped at `index` of a column whose other items' keys are `positions`
// (sorted). Only the one moved item gets a new key, so two devices reordering the same column
// never rewrite each other's cards. Neighbours with equal keys are stepped past.
export function positionAt(positions: readonly string[], index: number): string {
  const before = index > 0 ? (positions[index - 1] ?? null) : null;
  let after: string | null = null;
  for (let next = Math.max(index, 0); next < positions.length; next += 1) {
    const candidate = positions[next] as string;
    if (before === null || candidate > before) {
      after = candidate;
      break;
    }
  }
  return generateKeyBetween(before, after);
}

// Keys for `count` items appended after the column's last key, in order.
export function positionsAfter(last: string | null, count: number): string[] {
  return generateNKeysBetween(last, null, count);
}

// Whether `position` is a fractional-index key the board can place other cards around; any
// other text (from an integration, say) would make every later drop into its column fail.
export function isPositionKey(position: string): boolean {
  try {
    generateKeyBetween(position, null);
    return true;
  } catch {
    return false;
  }
}
