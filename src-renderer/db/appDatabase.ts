import { createDeviceClock } from './deviceClock';
import { createMutationLayer, type MutationLayer } from './mutations/createMutationLayer';
import { openOutpostDb, type OutpostDb } from './OutpostDb';

export type AppDatabase = { db: OutpostDb; mutations: MutationLayer };

export async function openAppDatabase(name?: string): Promise<AppDatabase> {
  const db = openOutpostDb(name);
  await db.open();
  const clock = await createDeviceClock(db);
  return { db, mutations: createMutationLayer(db, clock) };
}
