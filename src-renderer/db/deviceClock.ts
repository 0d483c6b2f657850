import { HybridLogicalClock } from '@shared/sync/hlc';
import type { OutpostDb } from './OutpostDb';
import { readOutboxMeta } from './outboxMeta';

function randomNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// A new node id per app session: two windows or tabs on one database never share a clock,
// and the last stored timestamp keeps the clock monotonic across restarts.
export async function createDeviceClock(db: OutpostDb): Promise<HybridLogicalClock> {
  const { lastHlc } = await readOutboxMeta(db);
  return new HybridLogicalClock(randomNodeId(), { last: lastHlc });
}
