import type { DealFields } from '../deal';

export type DealStatus = DealFields['status'];
export type StatusPatch = Pick<DealFields, 'status' | 'wonAt' | 'lostAt' | 'lostReason'>;

export const dealStatusLabels: Record<DealStatus, string> = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned', archived: 'Archived' };

// The fields a status change writes. Winning or losing records when; reopening or abandoning
// clears the close, since the deal is no longer won or lost; archiving keeps how it ended.
// Setting the status it already has changes nothing, so the recorded date stays the first one.
export function statusPatch(deal: StatusPatch, status: DealStatus, now: Date, lostReason = ''): StatusPatch {
  const { wonAt, lostAt } = deal;
  if (status === deal.status && (status !== 'lost' || lostReason === deal.lostReason)) return { status, wonAt, lostAt, lostReason: deal.lostReason };
  const at = now.toISOString();
  switch (status) {
    case 'won':
      return { status, wonAt: at, lostAt: null, lostReason: '' };
    case 'lost':
      // A changed reason on a lost deal keeps the day it was lost.
      return { status, wonAt: null, lostAt: deal.status === 'lost' ? lostAt : at, lostReason: lostReason.trim() };
    case 'archived':
      return { status, wonAt, lostAt, lostReason: deal.lostReason };
    default:
      return { status, wonAt: null, lostAt: null, lostReason: '' };
  }
}
