import { describe, expect, it } from 'vitest';
import { statusPatch, type StatusPatch } from '@shared/domain/deals/dealStatus';

const now = new Date('2026-12-04T12:00:00.000Z');
const at = now.toISOString();
const open: StatusPatch = { status: 'open', wonAt: null, lostAt: null, lostReason: '' };

describe('deal status transitions', () => {
  it('winning records the won date', () => {
    expect(statusPatch(open, 'won', now)).toEqual({ status: 'won', wonAt: at, lostAt: null, lostReason: '' });
  });

  it('losing records the lost date and the reason', () => {
    expect(statusPatch(open, 'lost', now, ' Price too high ')).toEqual({ status: 'lost', wonAt: null, lostAt: at, lostReason: 'Price too high' });
  });

  it('a lost deal that is won after all loses its lost date and reason', () => {
    const lost = statusPatch(open, 'lost', new Date('2026-11-01T00:00:00.000Z'), 'No budget');
    expect(statusPatch(lost, 'won', now)).toEqual({ status: 'won', wonAt: at, lostAt: null, lostReason: '' });
  });

  it('a new reason on a lost deal keeps the day it was lost', () => {
    const lost = statusPatch(open, 'lost', new Date('2026-11-01T00:00:00.000Z'), 'No budget');
    expect(statusPatch(lost, 'lost', now, 'Bad timing')).toEqual({ ...lost, lostReason: 'Bad timing' });
  });

  it('reopening or abandoning clears the close; archiving keeps it', () => {
    const won = statusPatch(open, 'won', new Date('2026-11-01T00:00:00.000Z'));
    expect(statusPatch(won, 'open', now)).toEqual(open);
    expect(statusPatch(won, 'abandoned', now)).toEqual({ ...open, status: 'abandoned' });
    expect(statusPatch(won, 'archived', now)).toEqual({ ...won, status: 'archived' });
  });

  it('setting the same status again keeps the first date', () => {
    const won = statusPatch(open, 'won', new Date('2026-11-01T00:00:00.000Z'));
    expect(statusPatch(won, 'won', now)).toEqual(won);
  });
});
