import { maxStageHistory, type DealFields, type StageHistoryEntry } from '../deal';

const dayMs = 24 * 60 * 60 * 1000;

// Whole days since the deal entered its stage (or was created, for deals from before that was
// recorded); never negative, even with a clock running behind another device's.
export function daysInStage(deal: { stageEnteredAt: string | null; createdAt: string }, now: Date): number {
  const since = Date.parse(deal.stageEnteredAt ?? deal.createdAt);
  return Math.max(0, Math.floor((now.getTime() - since) / dayMs));
}

export type StageMove = Pick<DealFields, 'stageId' | 'position'> & Partial<Pick<DealFields, 'stageEnteredAt' | 'stageHistory'>>;

// The fields one drag writes: the new position, and when the stage changes, the stage, its
// entry time and a history line (oldest lines dropped past the cap).
export function stageMovePatch(deal: { stageId: string; stageHistory: readonly StageHistoryEntry[] }, stageId: string, position: string, now: Date): StageMove {
  if (stageId === deal.stageId) return { stageId, position };
  const at = now.toISOString();
  return { stageId, position, stageEnteredAt: at, stageHistory: [...deal.stageHistory, { stageId, at }].slice(-maxStageHistory) };
}

// The stage fields of a new deal: it enters its first stage now.
export function initialStage(stageId: string, now: Date): Pick<DealFields, 'stageId' | 'stageEnteredAt' | 'stageHistory'> {
  const at = now.toISOString();
  return { stageId, stageEnteredAt: at, stageHistory: [{ stageId, at }] };
}
