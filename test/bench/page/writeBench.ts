import Dexie from 'dexie';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';
import { onboardedSettingKey } from '@renderer/modules/welcome/hooks/useOnboardingState';
import { benchContacts } from './benchContacts';

const chunkSize = 2000;

async function freshDatabase(name: string) {
  await Dexie.delete(name);
  const db = openOutpostDb(name);
  await db.open();
  return db;
}

// The mutation layer: validation, derived fields, HLC and the outbox row per chunk included.
export async function writeThroughMutationLayer(count: number, name = defaultDatabaseName): Promise<number> {
  const inputs = benchContacts(count);
  const db = await freshDatabase(name);
  const mutations = createMutationLayer(db, new HybridLogicalClock('bench'), { chunkSize });
  const started = performance.now();
  await mutations.createMany('contacts', inputs);
  const elapsed = performance.now() - started;
  const stored = await db.contacts.count();
  db.close();
  if (stored !== count) throw new Error(`stored ${stored} of ${count}`);
  return elapsed;
}

// The floor: Dexie bulkPut of the very rows the mutation layer stored, same indexes, same
// chunks, no validation and no outbox.
export async function writeFloor(sourceName = defaultDatabaseName): Promise<number> {
  const source = openOutpostDb(sourceName);
  const rows = await source.contacts.toArray();
  source.close();
  const db = await freshDatabase('bench-floor');
  const started = performance.now();
  for (let start = 0; start < rows.length; start += chunkSize) {
    await db.contacts.bulkPut(rows.slice(start, start + chunkSize));
  }
  const elapsed = performance.now() - started;
  db.close();
  await Dexie.delete('bench-floor');
  return elapsed;
}

// How many live contacts the app's database holds, so a suite run alone can seed only when needed.
export async function storedContactCount(name = defaultDatabaseName): Promise<number> {
  const db = openOutpostDb(name);
  const count = await db.contacts.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).count();
  db.close();
  return count;
}

// Marks the app's database as set up, as for a user who has been working with it.
export async function markOnboarded(): Promise<void> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.settings.put({ key: onboardedSettingKey, value: new Date().toISOString() });
  db.close();
}

// The floor for opening the contacts view: open the database, count, read the first rows in
// name order and put them in the DOM, with no framework at all.
export async function openFloor(): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  const index = db.contacts.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
  const [count, rows] = await Promise.all([index.count(), index.limit(50).toArray()]);
  const floor = document.getElementById('floor') as HTMLElement;
  floor.textContent = `${count} contacts`;
  for (const row of rows) floor.append(Object.assign(document.createElement('div'), { textContent: `${row.firstName} ${row.lastName}` }));
  db.close();
  return performance.now();
}
