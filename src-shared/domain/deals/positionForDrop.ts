import { positionAt } from './dealPosition';

type Placed = { id: string; position: string };

// The new position of `movedId` dropped on a column (sorted, possibly holding the moved deal
// already): above or below the card `overId`, or at the bottom when dropped on the column
// itself. Null when the deal would land where it already is, so nothing is written.
export function positionForDrop(column: readonly Placed[], movedId: string, overId: string | null, below: boolean): string | null {
  const others = column.filter((deal) => deal.id !== movedId);
  const overIndex = overId ? others.findIndex((deal) => deal.id === overId) : -1;
  const index = overIndex < 0 ? others.length : overIndex + (below ? 1 : 0);
  if (column.findIndex((deal) => deal.id === movedId) === index) return null;
  return positionAt(others.map((deal) => deal.position), index);
}
