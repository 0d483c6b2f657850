import Dexie from 'dexie';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { maxPullLimit } from '@shared/sync/syncProtocol';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { pullChanges } from '@renderer/db/sync/pullChanges';
import { pushOutbox } from '@renderer/db/sync/pushOutbox';
import { createHttpTransport, pairWithServer } from '@renderer/modules/sync/utils/syncTransport';
import { benchContacts } from './benchContacts';

// The device side of the sync bench, in Chromium's real IndexedDB, talking HTTP to the real
// server with the app's own push, pull and apply code (the engine's steps without its timers).

export type SyncBenchDevice = { serverUrl: string; pairingCode: string; dbName: string };

async function pairedDevice({ serverUrl, pairingCode, dbName }: SyncBenchDevice) {
  await Dexie.delete(dbName);
  const db = openOutpostDb(dbName);
  await db.open();
  const { token } = await pairWithServer(serverUrl, { code: pairingCode, deviceName: 'Bench device' });
  return { db, transport: createHttpTransport({ serverUrl, token }) };
}

async function outboxChangeCount(db: ReturnType<typeof openOutpostDb>): Promise<number> {
  let count = 0;
  await db.outbox.each((row) => (count += row.writes.reduce((sum, write) => sum + expandRecordWrite(write).length, 0)));
  return count;
}

// Writes contacts through the mutation layer until the outbox holds about `changeCount` field
// changes, then times pushing them all. Returns the changes pushed and the milliseconds.
export async function syncBenchPush(device: SyncBenchDevice, changeCount: number): Promise<{ changes: number; ms: number }> {
  const { db, transport } = await pairedDevice(device);
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchsyncpush'));
  await mutations.createMany('contacts', benchContacts(10));
  const perContact = (await outboxChangeCount(db)) / 10;
  await mutations.createMany('contacts', benchContacts(Math.max(0, Math.round(changeCount / perContact) - 10)));
  const changes = await outboxChangeCount(db);
  const started = performance.now();
  await pushOutbox(db, async (batch) => {
    await transport.push(batch);
  });
  const ms = performance.now() - started;
  const left = await db.outbox.count();
  db.close();
  if (left !== 0) throw new Error(`${left} outbox rows were not pushed`);
  return { changes, ms };
}

// A fresh device pulls everything the workspace holds and applies it, page by page, as the
// sync engine does. Returns the changes applied, the milliseconds and the contacts stored.
export async function syncBenchPull(device: SyncBenchDevice): Promise<{ changes: number; ms: number; contacts: number }> {
  const { db, transport } = await pairedDevice(device);
  const clock = new HybridLogicalClock('benchsyncpull');
  const mutations = createMutationLayer(db, clock);
  const started = performance.now();
  const changes = await pullChanges(db, clock, mutations, (cursor) => transport.pull(cursor, maxPullLimit));
  const ms = performance.now() - started;
  const contacts = await db.contacts.count();
  db.close();
  return { changes, ms, contacts };
}

export async function syncBenchDropDatabase(dbName: string): Promise<void> {
  await Dexie.delete(dbName);
}
