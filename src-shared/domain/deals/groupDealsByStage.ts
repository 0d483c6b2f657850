import { compareByPosition } from './dealPosition';

type Placed = { id: string; stageId: string; position: string };

// The board's columns: each stage's deals in card order. Deals of a stage not listed (just
// removed on another device) are left out until sync moves them.
export function groupDealsByStage<Deal extends Placed>(deals: readonly Deal[], stageIds: readonly string[]): Map<string, Deal[]> {
  const columns = new Map<string, Deal[]>(stageIds.map((stageId) => [stageId, []]));
  for (const deal of deals) columns.get(deal.stageId)?.push(deal);
  for (const column of columns.values()) column.sort(compareByPosition);
  return columns;
}
