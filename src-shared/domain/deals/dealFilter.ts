import type { DealFields } from '../deal';

export type DealFilter = {
  status: DealFields['status'] | 'all';
  ownerId: string | null;
  companyId: string | null;
  // Deals with a linked contact who carries this tag.
  tagId: string | null;
  // Expected close date range, ISO dates; '' leaves that end open.
  closeFrom: string;
  closeTo: string;
};

export const emptyDealFilter: DealFilter = { status: 'open', ownerId: null, companyId: null, tagId: null, closeFrom: '', closeTo: '' };

type FilterableDeal = Pick<DealFields, 'status' | 'ownerId' | 'companyId' | 'expectedCloseDate'> & { contactIds: readonly string[] };

// `taggedContacts` holds the contacts with the filter's tag (read through the contacts' tag index).
export function matchesDealFilter(deal: FilterableDeal, filter: DealFilter, taggedContacts: ReadonlySet<string>): boolean {
  if (filter.status !== 'all' && deal.status !== filter.status) return false;
  if (filter.ownerId && deal.ownerId !== filter.ownerId) return false;
  if (filter.companyId && deal.companyId !== filter.companyId) return false;
  if (filter.tagId && !deal.contactIds.some((contactId) => taggedContacts.has(contactId))) return false;
  if (filter.closeFrom || filter.closeTo) {
    const close = deal.expectedCloseDate;
    if (!close) return false;
    if (filter.closeFrom && close < filter.closeFrom) return false;
    if (filter.closeTo && close > filter.closeTo) return false;
  }
  return true;
}

export function isDealFilterEmpty(filter: DealFilter): boolean {
  return !filter.ownerId && !filter.companyId && !filter.tagId && !filter.closeFrom && !filter.closeTo && filter.status === emptyDealFilter.status;
}
