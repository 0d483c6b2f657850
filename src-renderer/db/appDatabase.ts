import type { HybridLogicalClock } from '@shared/sync/hlc';
import { createDeviceClock } from './deviceClock';
import { createMutationLayer, type MutationLayer } from './mutations/createMutationLayer';
import { openOutpostDb, type OutpostDb } from './OutpostDb';

// The clock is shared with sync, which moves it past every timestamp it pulls.
export type AppDatabase = { db: OutpostDb; clock: HybridLogicalClock; mutations: MutationLayer };

export async function openAppDatabase(name?: string): Promise<AppDatabase> {
  const db = openOutpostDb(name);
  await db.open();
  const clock = await createDeviceClock(db);
  return { db, clock, mutations: createMutationLayer(db, clock) };
}
