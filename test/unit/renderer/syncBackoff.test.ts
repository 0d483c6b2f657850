import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultSyncTiming } from '@renderer/modules/sync/utils/syncBackoff';

describe('backoffDelay', () => {
  it('doubles per failure up to the cap, with jitter in the upper half', () => {
    const timing = { ...defaultSyncTiming, backoffBaseMs: 1000, backoffMaxMs: 8000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, timing, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, timing, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
  });
});
