import Dexie from 'dexie';
import { newId } from '@shared/ids';
import type { RecordInput } from '@shared/domain/recordSchemas';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { readEventNameCounts } from '@renderer/db/events/readEvents';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';

export const benchEventNames = ['page_visit', 'click', 'goal', 'signup', 'purchase'];
const eventsPerCall = 100_000;
const floorRowsPerTransaction = 2000;
// Fixed, so the segments suite's "last 30 days" holds the same events in every run.
export const benchEventsNow = Date.parse('2026-12-01T12:00:00.000Z');

// Events as a tracker sends them: in time order, each slice spread over every contact, over
// the last 90 days; mostly page visits, a few purchases (product events with a value).
function benchEvents(contactIds: readonly string[], from: number, count: number): Array<RecordInput<'events'>> {
  return Array.from({ length: count }, (_, offset): RecordInput<'events'> => {
    const index = from + offset;
    const weight = (index * 31) % 20;
    const name = (weight < 10 ? benchEventNames[0] : weight < 15 ? benchEventNames[1] : weight < 17 ? benchEventNames[2] : weight < 19 ? benchEventNames[3] : benchEventNames[4]) as string;
    const time = new Date(benchEventsNow - ((index * 7919) % (90 * 24 * 60)) * 60_000).toISOString();
    const contactId = contactIds[index % contactIds.length] as string;
    if (name !== 'purchase') return { contactId, name, time, properties: { url: `/page/${index % 40}` } };
    return { contactId, name, kind: 'product', time, properties: { plan: index % 3 === 0 ? 'pro' : 'basic' }, productId: `sku-${index % 12}`, productName: 'Seat', valueMinor: 4900 };
  });
}

// How many events the app's database holds, from the per-name counts.
export async function eventsStoredCount(): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const total = (await readEventNameCounts(db)).reduce((sum, entry) => sum + entry.count, 0);
  db.close();
  return total;
}

// Stores `total` events over the stored contacts through the mutation layer (schema, HLC,
// packed batches, outbox), 100,000 per createMany as an ingest would hand them over. Only the
// writes are timed, not making the inputs. Events stored before are dropped first, and the
// outbox rows of these writes afterwards (the bench database is never paired), so each run
// starts from the same database.
export async function eventsStoreThroughMutationLayer(total: number): Promise<{ ms: number; batches: number; rows: number }> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  await db.events.clear();
  const contactIds = (await db.contacts.toCollection().primaryKeys()) as string[];
  const lastSeq = ((await db.outbox.orderBy('seq').lastKey()) as number | undefined) ?? 0;
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchevents'));
  let ms = 0;
  for (let from = 0; from < total; from += eventsPerCall) {
    const inputs = benchEvents(contactIds, from, Math.min(eventsPerCall, total - from));
    const started = performance.now();
    await mutations.createMany('events', inputs);
    ms += performance.now() - started;
  }
  await db.outbox.where('seq').above(lastSeq).delete();
  // Batch ids are ULIDs, which sort before the `facts|…` rows and the `summary` row.
  const batches = await db.events.where('id').below('facts|').count();
  const rows = await db.events.count();
  db.close();
  return { ms, batches, rows };
}

// Floor: the same events as rows of their own (one IndexedDB row per event, with the indexes
// the one-row layout needs: [contactId+time], name, time), Dexie bulkPut in transactions of
// 2,000 rows, in a database of its own. No validation, clock or outbox.
export async function eventsOneRowPerEventFloor(total: number): Promise<{ ms: number }> {
  const name = 'outpost-bench-events-floor';
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ events: 'id, [contactId+time], name, time' });
  await db.open();
  const contactIds = Array.from({ length: Math.max(1, Math.round(total / 10)) }, () => newId());
  const stamp = new Date().toISOString();
  let ms = 0;
  for (let from = 0; from < total; from += eventsPerCall) {
    const rows = benchEvents(contactIds, from, Math.min(eventsPerCall, total - from)).map((event) => ({
      kind: 'simple',
      productId: null,
      productName: null,
      valueMinor: null,
      ...event,
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
      deleted: 0,
      hlc: `${stamp}-0000-benchfloor`,
    }));
    const started = performance.now();
    for (let start = 0; start < rows.length; start += floorRowsPerTransaction) {
      const chunk = rows.slice(start, start + floorRowsPerTransaction);
      await db.transaction('rw', 'events', () => db.table('events').bulkPut(chunk));
    }
    ms += performance.now() - started;
  }
  db.close();
  await Dexie.delete(name);
  return { ms };
}
