import { describe, expect, it } from 'vitest';
import { maxStageHistory } from '@shared/domain/deal';
import { daysInStage, initialStage, stageMovePatch } from '@shared/domain/deals/dealStage';

const now = new Date('2026-12-04T12:00:00.000Z');

describe('days in stage', () => {
  it('counts whole days since the deal entered its stage', () => {
    expect(daysInStage({ stageEnteredAt: '2026-12-01T13:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' }, now)).toBe(2);
    expect(daysInStage({ stageEnteredAt: '2026-12-04T11:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' }, now)).toBe(0);
  });

  it('falls back to the creation time and is never negative', () => {
    expect(daysInStage({ stageEnteredAt: null, createdAt: '2026-11-24T12:00:00.000Z' }, now)).toBe(10);
    expect(daysInStage({ stageEnteredAt: '2026-12-05T12:00:00.000Z', createdAt: '2026-11-24T12:00:00.000Z' }, now)).toBe(0);
  });
});

describe('stage moves', () => {
  const deal = initialStage('s1', new Date('2026-11-01T00:00:00.000Z'));

  it('a reorder in the same stage writes only the position', () => {
    expect(stageMovePatch({ stageId: 's1', stageHistory: deal.stageHistory }, 's1', 'a1', now)).toEqual({ stageId: 's1', position: 'a1' });
  });

  it('a move to another stage restarts the stage clock and adds a history line', () => {
    expect(stageMovePatch({ stageId: 's1', stageHistory: deal.stageHistory }, 's2', 'a1', now)).toEqual({
      stageId: 's2',
      position: 'a1',
      stageEnteredAt: now.toISOString(),
      stageHistory: [{ stageId: 's1', at: '2026-11-01T00:00:00.000Z' }, { stageId: 's2', at: now.toISOString() }],
    });
  });

  it('keeps the newest lines when the history is full', () => {
    const full = Array.from({ length: maxStageHistory }, (_, index) => ({ stageId: `s${index}`, at: now.toISOString() }));
    const moved = stageMovePatch({ stageId: 'last', stageHistory: full }, 'next', 'a1', now);
    expect(moved.stageHistory).toHaveLength(maxStageHistory);
    expect(moved.stageHistory?.at(-1)?.stageId).toBe('next');
    expect(moved.stageHistory?.[0]?.stageId).toBe('s1');
  });
});
