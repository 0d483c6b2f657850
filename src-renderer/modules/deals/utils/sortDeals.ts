import { compareByPosition } from '@shared/domain/deals/dealPosition';
import type { StoredRecord } from '../../../db/rowTypes';
import type { DealNames } from './dealNames';

export const dealSortKeys = ['title', 'stage', 'value', 'close', 'owner', 'status'] as const;
export type DealSortKey = (typeof dealSortKeys)[number];
export type DealSort = { key: DealSortKey; descending: boolean };

type Deal = StoredRecord<'deals'>;

// Deals without a close date or owner sort after the others (before them when reversed).
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

// The list view's order. Stage order is the board's: by stage, then card position. Values in
// different currencies are compared as plain numbers of minor units (which the board's column
// figures never add up): the list is for finding deals, not for totals.
export function sortDeals(deals: readonly Deal[], sort: DealSort, names: DealNames, stageOrder: ReadonlyMap<string, number>): Deal[] {
  const compare = (a: Deal, b: Deal): number => {
    switch (sort.key) {
      case 'title':
        return a.sortName.localeCompare(b.sortName);
      case 'value':
        return a.valueMinor - b.valueMinor;
      case 'close':
        return compareNullable(a.expectedCloseDate, b.expectedCloseDate);
      case 'owner':
        return compareNullable(a.ownerId && (names.owners.get(a.ownerId) ?? null), b.ownerId && (names.owners.get(b.ownerId) ?? null));
      case 'status':
        return a.status.localeCompare(b.status);
      case 'stage':
        return (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || compareByPosition(a, b);
    }
  };
  const direction = sort.descending ? -1 : 1;
  return [...deals].sort((a, b) => direction * compare(a, b) || compareByPosition(a, b));
}
