import { randomBytes } from 'node:crypto';
import { HybridLogicalClock } from '@shared/sync/hlc';

// The clock that stamps ingested records. Its node id is new for each server process, so two
// servers on one PostgreSQL never mint the same HLC.
export function newServerClock(): HybridLogicalClock {
  return new HybridLogicalClock(`srv${BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36)}`);
}
