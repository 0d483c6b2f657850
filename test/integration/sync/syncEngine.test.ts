import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import type { SyncStatus } from '@renderer/modules/sync/states/syncStatusStore';
import { SyncEngine } from '@renderer/modules/sync/utils/SyncEngine';
import { createHttpTransport, pairWithServer, type FetchLike, type SyncTransport } from '@renderer/modules/sync/utils/syncTransport';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { createInvite } from '../../../src-server/admin/createInvite';
import { createWorkspace } from '../../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../../src-server/store/openSyncStore';
import type { SqlExecutor } from '../../../src-server/store/SyncStore';
import { injectFetch } from '../../helpers/injectFetch';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

const serverUrl = 'http://sync.test';
let store: SyncStore;
let app: FastifyInstance;
let workspaceId: string;
// Armed by a test: the next transaction does all its writes, then the server process ends before
// it commits, so the database rolls the transaction back.
let dieBeforeCommit: ((tx: SqlExecutor) => Promise<void>) | null = null;
let died = false;
const mortalStore = (): SyncStore => ({
  ...store,
  transaction: (work) =>
    store.transaction(async (tx) => {
      const result = await work(tx);
      const lastWords = dieBeforeCommit;
      if (!lastWords) return result;
      dieBeforeCommit = null;
      await lastWords(tx);
      died = true;
      throw new Error('the server process ended before commit');
    }),
});
const startServer = () => buildSyncApp({ store: mortalStore(), rateLimit: false });
beforeAll(async () => {
  store = await openSyncStore({ kind: 'pglite' });
  app = await startServer();
  ({ workspaceId } = await createWorkspace(store, { name: 'Team', adminEmail: 'admin@example.com' }));
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

const fetchFn = injectFetch(() => app);
// The poke stream needs a real socket; these tests trigger syncs themselves.
const withoutPokes = (transport: SyncTransport): SyncTransport => ({ ...transport, listen: () => () => undefined });

let devices = 0;
async function device(fetchOverride: FetchLike = fetchFn, pollMs = 60_000) {
  devices += 1;
  const { code } = await createInvite(store, { workspaceId, email: `user${devices}@example.com` });
  const { token } = await pairWithServer(serverUrl, { code, deviceName: `device ${devices}` }, fetchFn);
  const db = openOutpostDb(uniqueDatabaseName('engine'));
  await db.open();
  const clock = new HybridLogicalClock(`engine${devices}`);
  const database = { db, clock, mutations: createMutationLayer(db, clock) };
  const statuses: Array<Partial<SyncStatus>> = [];
  const engine = new SyncEngine({
    database,
    transport: withoutPokes(createHttpTransport({ serverUrl, token }, fetchOverride)),
    workspaceId,
    onStatus: (status) => statuses.push(status),
    timing: { debounceMs: 20, backoffBaseMs: 20, backoffMaxMs: 80, pollMs },
    random: () => 0.5,
  });
  return { ...database, engine, statuses, token };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the sync engine', () => {
  it('syncs at start and after a local change (debounced), and reports synced with the time', async () => {
    const a = await device();
    const b = await device();
    a.engine.start();
    b.engine.start();
    try {
      await eventually(async () => a.statuses.some((status) => status.state === 'synced'));
      expect(a.statuses[0]).toMatchObject({ state: 'syncing' });
      expect(a.statuses.find((status) => status.state === 'synced')?.lastSyncedAt).toEqual(expect.any(String));

      const ann = await a.mutations.create('contacts', { firstName: 'Ann' });
      await eventually(async () => (await a.db.outbox.count()) === 0);
      await b.engine.syncNow();
      expect(await b.db.contacts.get(ann.id)).toMatchObject({ firstName: 'Ann' });
    } finally {
      a.engine.stop();
      b.engine.stop();
    }
  });

  it('syncs again by itself once the poll interval has passed, with no local change, poke or call', async () => {
    const pollMs = 500;
    const a = await device(fetchFn, pollMs);
    const b = await device();
    a.engine.start();
    try {
      await eventually(async () => a.statuses.some((status) => status.state === 'synced'));
      const syncedAt = Date.now();
      // Another device writes; nothing tells A about it (no pokes here) but its timer.
      const bo = await b.mutations.create('contacts', { firstName: 'Bo' });
      await b.engine.syncNow();
      await eventually(async () => (await a.db.contacts.get(bo.id)) !== undefined && a.statuses.at(-1)?.state === 'synced');
      expect(Date.now() - syncedAt).toBeGreaterThanOrEqual(pollMs - 50);
      // Whole rounds only, each started by the timer (a slow machine may fit in an empty one).
      const states = a.statuses.map((status) => status.state);
      expect(states.length).toBeGreaterThanOrEqual(4);
      expect(states).toEqual(states.map((_, index) => (index % 2 === 0 ? 'syncing' : 'synced')));
    } finally {
      a.engine.stop();
    }
  });

  it('reports an unreachable server as offline in words, backs off and recovers by itself', async () => {
    let reachable = false;
    const flaky: FetchLike = (url, init) => (reachable ? fetchFn(url, init) : Promise.reject(new TypeError('fetch failed')));
    const a = await device(flaky);
    await a.mutations.create('contacts', { firstName: 'Bo' });
    a.engine.start();
    try {
      await eventually(async () => a.statuses.some((status) => status.state === 'offline'));
      expect(a.statuses.find((status) => status.state === 'offline')?.message).toBe('Cannot reach the sync server at http://sync.test.');
      reachable = true;
      await eventually(async () => a.statuses.at(-1)?.state === 'synced');
      expect(await a.db.outbox.count()).toBe(0);
    } finally {
      a.engine.stop();
    }
  });

  it('starts from an empty cursor when paired with another workspace', async () => {
    const a = await device();
    await a.db.syncMeta.bulkPut([
      { key: 'pullWorkspace', value: 'another-workspace' },
      { key: 'pullCursor', value: 'v1.log.999' },
    ]);
    await a.engine.syncNow();
    expect(a.statuses.at(-1)).toMatchObject({ state: 'synced' });
    expect((await a.db.syncMeta.get('pullWorkspace'))?.value).toBe(workspaceId);
    expect((await a.db.syncMeta.get('pullCursor'))?.value).not.toBe('v1.log.999');
  });

  it('syncs when the server pokes it over the event stream', async () => {
    const listening = await app.listen({ host: '127.0.0.1', port: 0 });
    const a = await device();
    const b = await device();
    // A real socket and the real fetch, so the stream is read as it arrives.
    const engine = new SyncEngine({ database: b, transport: createHttpTransport({ serverUrl: listening, token: b.token }), workspaceId, timing: { pollMs: 600_000 } });
    engine.start();
    try {
      await eventually(async () => (await b.db.syncMeta.get('pullCursor')) !== undefined);
      const bo = await a.mutations.create('contacts', { firstName: 'Bo' });
      await a.engine.syncNow();
      await eventually(async () => (await b.db.contacts.get(bo.id)) !== undefined);
    } finally {
      engine.stop();
    }
  });

  it('tells a device whose token is not valid to pair again', async () => {
    const a = await device();
    const statuses: Array<Partial<SyncStatus>> = [];
    const engine = new SyncEngine({
      database: a,
      transport: withoutPokes(createHttpTransport({ serverUrl, token: 'not-a-real-token-0123456789' }, fetchFn)),
      workspaceId,
      onStatus: (status) => statuses.push(status),
    });
    engine.start();
    try {
      await eventually(async () => statuses.some((status) => status.state === 'error'));
      expect(statuses.find((status) => status.state === 'error')?.message).toMatch(/not paired any more.*Pair it again in Settings > Sync/);
    } finally {
      engine.stop();
    }
  });

  it('a device with its own data joining a workspace that already holds another device’s data ends with both, and so does the other device', async () => {
    const a = await device();
    const acme = await a.mutations.create('companies', { name: 'Acme' });
    const ann = await a.mutations.create('contacts', { firstName: 'Ann' });
    await a.mutations.create('memberships', { contactId: ann.id, companyId: acme.id, role: 'CEO', since: null, primary: true });
    await a.engine.syncNow();

    // B was used on its own before it paired: its contacts, a tag and a list of its own.
    const b = await device();
    const lead = await b.mutations.create('tags', { name: 'Lead' });
    const fair = await b.mutations.create('lists', { name: 'Fair 2026' });
    const cy = await b.mutations.create('contacts', { firstName: 'Cy' });
    const di = await b.mutations.create('contacts', { firstName: 'Di' });
    await b.mutations.create('contactTags', { contactId: cy.id, tagId: lead.id });
    await b.mutations.create('contactLists', { contactId: di.id, listId: fair.id });
    b.engine.start();
    try {
      await eventually(async () => b.statuses.at(-1)?.state === 'synced' && (await b.db.outbox.count()) === 0);
      await a.engine.syncNow();
      for (const held of [a, b]) {
        expect(await held.db.contacts.get(ann.id)).toMatchObject({ firstName: 'Ann', companyIds: [acme.id] });
        expect(await held.db.contacts.get(cy.id)).toMatchObject({ firstName: 'Cy', tagIds: [lead.id] });
        expect(await held.db.contacts.get(di.id)).toMatchObject({ firstName: 'Di', listIds: [fair.id] });
        expect(await held.db.companies.get(acme.id)).toMatchObject({ name: 'Acme' });
      }
      const contactIds = async (held: typeof a) => (await held.db.contacts.toCollection().primaryKeys()).sort();
      expect(await contactIds(b)).toEqual(await contactIds(a));
    } finally {
      b.engine.stop();
    }
  });

  it('pushes a batch again when the server stopped in the middle of storing it, and the server keeps each change once', async () => {
    const a = await device(async (url, init) => {
      const response = await fetchFn(url, init);
      if (!died) return response;
      // The answer never comes; the server is started again on the same storage.
      died = false;
      await app.close();
      app = await startServer();
      throw new TypeError('fetch failed: connection reset');
    });
    const b = await device();
    await a.mutations.createMany('contacts', [{ firstName: 'Eve', city: 'Oslo' }, { firstName: 'Finn' }]);
    const outboxBefore = await a.db.outbox.toArray();
    // The workspace's last sequence number: where its log ends.
    const logEnd = async (executor: SqlExecutor) => Number((await executor.query<{ seq: number }>('select seq from workspaces where id = $1', [workspaceId])).rows[0]?.seq);
    const seqBefore = await logEnd(store);
    let writtenBeforeDying = 0;
    dieBeforeCommit = async (tx) => {
      writtenBeforeDying = (await logEnd(tx)) - seqBefore;
    };

    a.engine.start();
    try {
      await eventually(async () => a.statuses.at(-1)?.state === 'synced');
    } finally {
      a.engine.stop();
    }
    // The first attempt had stored the batch when the server stopped; none of it was kept, then
    // the engine retried by itself.
    expect(writtenBeforeDying).toBeGreaterThan(0);
    expect(a.statuses.map((status) => status.state)).toEqual(['syncing', 'offline', 'syncing', 'synced']);
    expect(await a.db.outbox.count()).toBe(0);

    const pushed = outboxBefore.flatMap((row) => row.writes.flatMap(expandRecordWrite));
    const stored = await store.query<{ rowId: string; field: string; hlc: string; seq: number }>(
      'select row_id as "rowId", field, hlc, seq from changes where workspace_id = $1 and seq > $2 order by seq',
      [workspaceId, seqBefore],
    );
    expect(stored.rows).toHaveLength(writtenBeforeDying);
    expect(stored.rows.map(({ rowId, field, hlc }) => `${rowId}/${field}/${hlc}`).sort()).toEqual(pushed.map(({ rowId, field, hlc }) => `${rowId}/${field}/${hlc}`).sort());
    // Numbered on from where the log stood: the attempt that died used up no sequence numbers.
    expect(stored.rows.map((row) => Number(row.seq))).toEqual(stored.rows.map((_, index) => seqBefore + index + 1));

    await b.engine.syncNow();
    for (const write of outboxBefore.flatMap((row) => row.writes)) expect(await b.db.contacts.get(write.rowId)).toMatchObject(write.fields);
  });
});
