import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer, type MutationLayerOptions } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';

let counter = 0;

export function uniqueDatabaseName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}`;
}

// A fresh database (in fake-indexeddb) with a mutation layer on a fixed-node clock.
export async function openTestDatabase(options: MutationLayerOptions = {}) {
  const db = openOutpostDb(uniqueDatabaseName());
  await db.open();
  const clock = new HybridLogicalClock('testnode');
  return { db, clock, mutations: createMutationLayer(db, clock, options) };
}
