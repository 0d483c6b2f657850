import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import type { SyncStatus } from '@renderer/modules/sync/states/syncStatusStore';
import { SyncEngine } from '@renderer/modules/sync/utils/SyncEngine';
import { createHttpTransport, pairWithServer, type FetchLike, type SyncTransport } from '@renderer/modules/sync/utils/syncTransport';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createInvite } from '../../../src-server/admin/createInvite';
import { createWorkspace } from '../../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../../src-server/store/openSyncStore';
import { injectFetch } from '../../helpers/injectFetch';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

const serverUrl = 'http://sync.test';
let store: SyncStore;
let app: FastifyInstance;
let workspaceId: string;
beforeAll(async () => {
  store = await openSyncStore({ kind: 'pglite' });
  app = await buildSyncApp({ store, rateLimit: false });
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
async function device(fetchOverride: FetchLike = fetchFn) {
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
    timing: { debounceMs: 20, backoffBaseMs: 20, backoffMaxMs: 80, pollMs: 60_000 },
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
});
