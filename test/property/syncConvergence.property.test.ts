import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkRowId } from '@renderer/db/derivedFields';
import { createMutationLayer, type MutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb, type OutpostDb } from '@renderer/db/OutpostDb';
import { readOutboxMeta } from '@renderer/db/outboxMeta';
import { readAllRecords } from '@renderer/db/recordStore';
import { applyPulledPage } from '@renderer/db/sync/applyPulledPage';
import { pullChanges } from '@renderer/db/sync/pullChanges';
import { pushOutbox } from '@renderer/db/sync/pushOutbox';
import { tombstoneKey } from '@renderer/db/sync/syncMetaKeys';
import { mergeContacts } from '@renderer/modules/merge/utils/mergeContacts';
import { SyncEngine } from '@renderer/modules/sync/utils/SyncEngine';
import { syncedTables } from '@shared/domain/recordSchemas';
import { createHttpTransport, pairWithServer, type SyncTransport } from '@renderer/modules/sync/utils/syncTransport';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { isPurgedRow, mergeIncomingChanges, type IncomingChange, type MergedRow } from '@shared/sync/mergeIncomingChange';
import { expandRecordWrite, type FieldChange } from '@shared/sync/recordWrite';
import type { PullResponse } from '@shared/sync/syncProtocol';
import { customFieldPrefix, isKnownField, syncFieldCatalog } from '@shared/sync/syncedFields';
import { createInvite } from '../../src-server/admin/createInvite';
import { createWorkspace } from '../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../src-server/store/openSyncStore';
import { injectFetch } from '../helpers/injectFetch';
import { uniqueDatabaseName } from '../helpers/testDatabase';

// Model-based convergence: 3 to 5 devices, each its own fake-indexeddb database and mutation
// layer, make random edits, deletes, tag changes, contact merges and purges and sync in random interleavings
// against the real server (in-memory PGlite, driven through app.inject), with faults: responses
// lost after the server committed, requests duplicated and delivered late, the server
// restarted mid-push, devices crashing (reopened from IndexedDB) between a write and its push,
// devices offline, clocks skewed. The model is the merge of every change any device ever wrote.
// After healing and syncing to quiescence, every device and the server's latest values equal
// the model, and every acknowledged change is there (or lost to a newer one).
// OUTPOST_PROPERTY_RUNS=200 [OUTPOST_PROPERTY_SEED=n] npx vitest run -c test/vitest.config.ts test/property/syncConvergence.property.test.ts
const runs = Number(process.env.OUTPOST_PROPERTY_RUNS ?? 8);
const seed = Number(process.env.OUTPOST_PROPERTY_SEED ?? 20261204);
const serverUrl = 'http://sync.test';

type Client = {
  index: number;
  dbName: string;
  skewMs: number;
  db: OutpostDb;
  clock: HybridLogicalClock;
  mutations: MutationLayer;
  transport: SyncTransport;
  offline: boolean;
  seenOutboxSeq: number;
  stalePage: PullResponse | null;
};

const client = fc.nat({ max: 4 });
const pick = fc.nat();
const word = fc.constantFrom('Ann', 'Bo', 'Cy', 'Di', '');
const action = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), client, name: word }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), client, pick, field: fc.constantFrom('firstName', 'city', 'custom.plan'), value: word }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), client, pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tag' as const), client, pick, tag: fc.nat({ max: 2 }), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), client, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), client, pick, other: pick }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('push' as const), client, batch: fc.integer({ min: 1, max: 40 }), fault: fc.constantFrom('none', 'none', 'dropResponse', 'duplicate', 'delay', 'restart') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('pull' as const), client, limit: fc.integer({ min: 1, max: 30 }), fault: fc.constantFrom('none', 'none', 'dropResponse', 'replay', 'stale') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deliverLate' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), client, offline: fc.boolean() }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const scenario = fc.record({
  clients: fc.integer({ min: 3, max: 5 }),
  // Within the 5 minutes of drift that devices and the server accept.
  skews: fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: 5, maxLength: 5 }),
  actions: fc.array(action, { minLength: 10, maxLength: 45 }),
});

let store: SyncStore;
beforeAll(async () => {
  store = await openSyncStore({ kind: 'pglite' });
}, 60_000);
afterAll(() => store.close());

class Fault extends Error {}

describe('sync convergence', () => {
  it('every device and the server end with the same data, and nothing acknowledged is lost', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ clients: count, skews, actions }) => {
        await runScenario(count, skews, actions);
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
  }, 600_000);
});

async function runScenario(count: number, skews: number[], actions: Action[]): Promise<void> {
  const { workspaceId } = await createWorkspace(store, { name: 'Property', adminEmail: 'admin@example.com' });
  let app: FastifyInstance = await buildSyncApp({ store, rateLimit: false });
  const fetchFn = injectFetch(() => app);
  const restartServer = async () => {
    await app.close();
    app = await buildSyncApp({ store, rateLimit: false });
  };

  const written: FieldChange[] = [];
  const acknowledged: FieldChange[] = [];
  const late: FieldChange[][] = [];
  const clients: Client[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const { code } = await createInvite(store, { workspaceId, email: `device${index}@example.com` });
      const { token } = await pairWithServer(serverUrl, { code, deviceName: `device ${index}` }, fetchFn);
      const dbName = uniqueDatabaseName('convergence');
      const transport = createHttpTransport({ serverUrl, token }, fetchFn);
      clients.push({ index, dbName, skewMs: skews[index] ?? 0, transport, offline: false, seenOutboxSeq: 0, stalePage: null, ...(await openDevice(dbName, skews[index] ?? 0, index)) });
    }
    // Tags every device can use, made by the first one.
    const first = clients[0] as Client;
    for (const name of ['red', 'green', 'blue']) await first.mutations.create('tags', { id: `tag-${name}`, name });
    await noteWrites(first);
    for (const step of actions) {
      const device = clients[('client' in step ? step.client : 0) % count] as Client;
      await runAction(step, device);
      await noteWrites(device);
    }
    // Healing: every device back online, late requests arrive, then everyone syncs until quiet.
    for (const device of clients) device.offline = false;
    for (const batch of late.splice(0)) await first.transport.push(batch);
    for (let round = 0; round < 3; round += 1) {
      for (const device of clients) {
        let failure: string | null = null;
        const engine = new SyncEngine({ database: device, transport: device.transport, workspaceId, onStatus: (status) => (failure = status.state === 'error' ? (status.message ?? null) : null) });
        await engine.syncNow();
        expect(failure).toBeNull();
      }
    }
    await checkConverged(clients, workspaceId, written, acknowledged);
  } finally {
    await app.close();
    for (const device of clients) await device.db.delete();
  }

  async function noteWrites(device: Client): Promise<void> {
    const rows = await device.db.outbox.where('seq').above(device.seenOutboxSeq).toArray();
    for (const row of rows) written.push(...row.writes.flatMap(expandRecordWrite));
    device.seenOutboxSeq = rows.at(-1)?.seq ?? device.seenOutboxSeq;
  }

  async function runAction(step: Action, device: Client): Promise<void> {
    const contactIds = async () => (await device.db.contacts.toCollection().primaryKeys()).sort();
    const chosen = async (value: number) => {
      const ids = await contactIds();
      return ids.length > 0 ? (ids[value % ids.length] as string) : null;
    };
    switch (step.kind) {
      case 'create':
        await device.mutations.create('contacts', { firstName: step.name });
        return;
      case 'edit': {
        const id = await chosen(step.pick);
        if (!id) return;
        const patch = step.field === 'custom.plan' ? { custom: { plan: step.value } } : { [step.field]: step.value };
        await device.mutations.update('contacts', id, patch);
        return;
      }
      case 'delete': {
        const id = await chosen(step.pick);
        if (id) await device.mutations.softDelete('contacts', [id], 'Deleted');
        return;
      }
      case 'restore': {
        const id = await chosen(step.pick);
        if (id) await device.mutations.restore('contacts', [id]);
        return;
      }
      case 'tag': {
        const id = await chosen(step.pick);
        const tagId = `tag-${['red', 'green', 'blue'][step.tag]}`;
        if (!id || !(await device.db.tags.get(tagId))) return;
        if (step.on) {
          await device.mutations.create('contactTags', { contactId: id, tagId });
          return;
        }
        const linkId = linkRowId('contactTags', id, tagId);
        if ((await device.db.contactTags.get(linkId))?.deleted === 0) await device.mutations.softDelete('contactTags', [linkId], 'Untagged');
        return;
      }
      case 'purge': {
        const id = await chosen(step.pick);
        if (!id) return;
        if ((await device.db.contacts.get(id))?.deleted !== 1) await device.mutations.softDelete('contacts', [id], 'Deleted');
        await noteWrites(device);
        await device.mutations.purge('contacts', [id]);
        return;
      }
      case 'merge': {
        const live = (await device.db.contacts.toArray()).filter((contact) => contact.deleted === 0).map((contact) => contact.id).sort();
        const survivorId = live[step.pick % Math.max(1, live.length)];
        const otherId = live[step.other % Math.max(1, live.length)];
        if (survivorId && otherId && survivorId !== otherId) await mergeContacts(device.db, device.mutations, { survivorId, contactIds: [otherId] });
        return;
      }
      case 'push':
        await pushOutbox(device.db, (changes) => faultyPush(device, changes, step.fault), step.batch).catch(expectFault);
        return;
      case 'pull':
        await pullChanges(device.db, device.clock, device.mutations, (cursor) => faultyPull(device, cursor, step.limit, step.fault)).catch(expectFault);
        return;
      case 'deliverLate': {
        const [batch] = late.splice(step.pick % Math.max(1, late.length), 1);
        if (batch) await (clients[0] as Client).transport.push(batch);
        return;
      }
      case 'crash': {
        // Whatever was in memory is gone; IndexedDB (rows and outbox) is what survives.
        device.db.close();
        Object.assign(device, await openDevice(device.dbName, device.skewMs, device.index));
        return;
      }
      case 'offline':
        device.offline = step.offline;
        return;
    }
  }

  async function faultyPush(device: Client, changes: FieldChange[], fault: string): Promise<void> {
    if (device.offline) throw new Fault('offline');
    switch (fault) {
      case 'dropResponse':
        await device.transport.push(changes);
        throw new Fault('response lost after the server stored the batch');
      case 'duplicate':
        await device.transport.push(changes);
        await device.transport.push(changes);
        break;
      case 'delay':
        late.push(changes);
        throw new Fault('request held back, to arrive later');
      case 'restart':
        await device.transport.push(changes);
        await restartServer();
        throw new Fault('server restarted before answering');
      default:
        await device.transport.push(changes);
    }
    acknowledged.push(...changes);
  }

  async function faultyPull(device: Client, cursor: string, limit: number, fault: string): Promise<PullResponse> {
    if (device.offline) throw new Fault('offline');
    if (fault === 'stale' && device.stalePage) {
      // An old response arriving after newer ones: merged again, cursor moved back.
      await applyPulledPage(device.db, device.clock, device.stalePage.writes.flatMap(expandRecordWrite), device.stalePage.cursor);
    }
    const page = await device.transport.pull(cursor, limit);
    device.stalePage = page;
    if (fault === 'dropResponse') throw new Fault('pull response lost');
    if (fault === 'replay') await applyPulledPage(device.db, device.clock, page.writes.flatMap(expandRecordWrite), page.cursor);
    return page;
  }
}

function expectFault(error: unknown): void {
  if (!(error instanceof Fault)) throw error;
}

async function openDevice(dbName: string, skewMs: number, index: number) {
  const db = openOutpostDb(dbName);
  await db.open();
  // A new clock node per session, as createDeviceClock does, on this device's skewed clock.
  const node = `d${index}${Math.random().toString(36).slice(2, 8)}`;
  const clock = new HybridLogicalClock(node, { now: () => Date.now() + skewMs, last: (await readOutboxMeta(db)).lastHlc });
  return { db, clock, mutations: createMutationLayer(db, clock) };
}

// A row's synced values and the HLC each was written at; 'purged' for a purged row.
type Materialised = Record<string, { value: unknown; hlc: string }> | 'purged';

function materialise(table: string, row: MergedRow): Materialised {
  if (isPurgedRow(row)) return 'purged';
  const catalog = syncFieldCatalog(table);
  const hlcOf = (field: string) => row.fieldHlc?.[field] ?? row.hlc;
  const fields: Record<string, { value: unknown; hlc: string }> = {};
  // Undefined is no value (see mergeIncomingChanges).
  for (const [key, value] of Object.entries(row)) if (value !== undefined && isKnownField(catalog, key)) fields[key] = { value, hlc: hlcOf(key) };
  for (const [key, value] of Object.entries((row.custom as Record<string, unknown> | undefined) ?? {})) fields[`${customFieldPrefix}${key}`] = { value, hlc: hlcOf(`${customFieldPrefix}${key}`) };
  return fields;
}

function mergeAll(changes: readonly FieldChange[]): Map<string, Materialised> {
  const grouped = new Map<string, IncomingChange[]>();
  for (const change of changes) grouped.set(`${change.table}/${change.rowId}`, [...(grouped.get(`${change.table}/${change.rowId}`) ?? []), change]);
  const result = new Map<string, Materialised>();
  for (const [key, group] of grouped) {
    const [table, rowId] = key.split('/') as [string, string];
    result.set(key, materialise(table, mergeIncomingChanges(rowId, undefined, group, syncFieldCatalog(table)).row));
  }
  return result;
}

async function checkConverged(clients: Client[], workspaceId: string, written: FieldChange[], acknowledged: FieldChange[]): Promise<void> {
  const model = mergeAll(written);
  const latest = await store.query<{ table: string; rowId: string; field: string; value: string; hlc: string }>(
    'select table_name as "table", row_id as "rowId", field, value, hlc from field_values where workspace_id = $1',
    [workspaceId],
  );
  const server = mergeAll(latest.rows.map((row) => ({ ...row, value: JSON.parse(row.value) })));
  expect(Object.fromEntries(server)).toEqual(Object.fromEntries(model));

  for (const change of acknowledged) {
    const row = server.get(`${change.table}/${change.rowId}`);
    expect(row === 'purged' || (row?.[change.field]?.hlc ?? '') >= change.hlc).toBe(true);
  }

  for (const device of clients) {
    expect(await device.db.outbox.count()).toBe(0);
    expect((await readOutboxMeta(device.db)).pendingWrites).toBe(0);
    const held = new Map<string, Materialised>();
    for (const table of syncedTables) for (const row of await readAllRecords(device.db, table)) held.set(`${table}/${row.id as string}`, materialise(table, row as MergedRow));
    for (const [key, row] of model) {
      if (row !== 'purged') continue;
      const [table, rowId] = key.split('/') as [string, string];
      // Gone for good: no row (a late edit must not leave a ghost), and a tombstone.
      expect(held.get(key)).toBeUndefined();
      expect(await device.db.syncMeta.get(tombstoneKey(table, rowId))).toBeDefined();
      held.set(key, 'purged');
    }
    expect(Object.fromEntries(held)).toEqual(Object.fromEntries(model));

    // Derived id sets follow the link rows.
    const links = (await device.db.contactTags.toArray()).filter((link) => link.deleted === 0);
    for (const contact of await device.db.contacts.toArray()) {
      expect([...contact.tagIds].sort()).toEqual(links.filter((link) => link.contactId === contact.id).map((link) => link.tagId).sort());
    }
  }
}
