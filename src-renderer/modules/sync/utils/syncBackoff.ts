export type SyncTiming = { debounceMs: number; pollMs: number; backoffBaseMs: number; backoffMaxMs: number };

export const defaultSyncTiming: SyncTiming = { debounceMs: 1_000, pollMs: 60_000, backoffBaseMs: 2_000, backoffMaxMs: 5 * 60_000 };

// Exponential backoff with "equal jitter": half the capped delay plus a random part of the
// other half, so many devices failing together do not retry in step.
export function backoffDelay(attempt: number, timing: SyncTiming, random: () => number = Math.random): number {
  const capped = Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return capped / 2 + random() * (capped / 2);
}
