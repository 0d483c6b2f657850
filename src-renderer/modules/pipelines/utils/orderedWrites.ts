import { positionAt, positionsAfter } from '@shared/domain/deals/dealPosition';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';

type Ordered = { id: string; order: string };

// The order key after the last of `items` (sorted), for a new pipeline or stage.
export function orderAfter(items: readonly Ordered[]): string {
  return positionsAfter(items.at(-1)?.order ?? null, 1)[0] as string;
}

// Moves one pipeline or stage up or down by one place; only its own key changes.
export async function moveOrdered(mutations: MutationLayer, table: 'pipelines' | 'stages', items: readonly Ordered[], id: string, step: -1 | 1): Promise<void> {
  const from = items.findIndex((item) => item.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= items.length) return;
  const others = items.filter((item) => item.id !== id).map((item) => item.order);
  await mutations.update(table, id, { order: positionAt(others, to) });
}
