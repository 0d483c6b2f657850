import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '@shared/sync/syncProtocol';
import { siteKeyFor } from '../../src-server/admin/siteKey';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { serverForCase } from './helpers/serverForCase';
import { pgliteCase } from './helpers/serverStorages';
import { newWorkspace, pairDevice, pullAll } from './helpers/syncTestClient';

// The ingest API (integrations, with a device token) and /v1/track (any web page, with a public
// site key) are held to the same body size limit and per-caller rate limit as push and pull,
// and a refused request writes nothing. HTTP behaviour is the same on both storages: PGlite only.

const overLimit = 'x'.repeat(6 * 1024 * 1024);

function expectRefusal(response: { statusCode: number; json: () => unknown }, statusCode: number, error: string) {
  expect(response.statusCode).toBe(statusCode);
  const body = errorResponseSchema.parse(response.json());
  expect(body.error).toBe(error);
  expect(body.reason.length).toBeGreaterThan(10);
}

async function setUp(app: FastifyInstance, store: SyncStore) {
  const workspaceId = await newWorkspace(store);
  return {
    integration: await pairDevice(app, store, workspaceId, 'crm@example.com'),
    laptop: await pairDevice(app, store, workspaceId),
    siteKey: await siteKeyFor(store, workspaceId),
  };
}

const ingest = (app: FastifyInstance, token: string, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });

// A beacon as the snippet sends it: JSON as text/plain, from the visitor's address.
const beacon = (app: FastifyInstance, body: string, remoteAddress = '203.0.113.5') =>
  app.inject({ method: 'POST', url: '/v1/track', headers: { 'content-type': 'text/plain' }, payload: body, remoteAddress });

describe('ingest and tracking body size limit', () => {
  const server = serverForCase(pgliteCase);

  it('refuses an oversized upsert, event and tracking beacon with 413 and a reason, writing nothing', async () => {
    const { app, store } = server;
    const { integration, laptop, siteKey } = await setUp(app, store);
    expectRefusal(await ingest(app, integration.token, '/v1/ingest/contacts', { externalId: 'crm-1', fields: { about: overLimit } }), 413, 'payload_too_large');
    expectRefusal(await ingest(app, integration.token, '/v1/ingest/deals', { externalId: 'crm-2', fields: { about: overLimit } }), 413, 'payload_too_large');
    expectRefusal(
      await ingest(app, integration.token, '/v1/ingest/events', { contact: { visitorId: 'v-1' }, event: { name: 'page visit', properties: { note: overLimit } } }),
      413,
      'payload_too_large',
    );
    expectRefusal(await beacon(app, JSON.stringify({ siteKey, visitorId: 'v-1', name: 'page visit', properties: { note: overLimit } })), 413, 'payload_too_large');
    expect((await pullAll(app, laptop.token)).changes).toEqual([]);
  });
});

describe('ingest and tracking rate limit', () => {
  let store: SyncStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openSyncStore({ kind: 'pglite' });
  });
  afterAll(() => store.close());
  // A fresh budget for each test: pairing its devices counts against the test's own address.
  beforeEach(async () => {
    app = await buildSyncApp({ store, rateLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  afterEach(() => app.close());

  it('answers 429 with a reason once an integration token has used up its requests, writing nothing, while other tokens go on', async () => {
    const { integration, laptop } = await setUp(app, store);
    const upsert = (externalId: string) => ingest(app, integration.token, '/v1/ingest/companies', { externalId, fields: { name: externalId } });
    for (const externalId of ['crm-1', 'crm-2', 'crm-3']) expect((await upsert(externalId)).statusCode).toBe(200);
    const limited = await upsert('crm-4');
    expectRefusal(limited, 429, 'rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    expectRefusal(await ingest(app, integration.token, '/v1/ingest/events', { contact: { externalId: 'crm-1' }, event: { name: 'call' } }), 429, 'rate_limited');

    const names = (await pullAll(app, laptop.token)).changes.filter((item) => item.table === 'companies' && item.field === 'name').map((item) => item.value);
    expect(names.sort()).toEqual(['crm-1', 'crm-2', 'crm-3']);
  });

  it('answers 429 with a reason once a visitor address has sent too many beacons, writing nothing, while other visitors go on', async () => {
    const { laptop, siteKey } = await setUp(app, store);
    const visit = (path: string, remoteAddress?: string) => beacon(app, JSON.stringify({ siteKey, visitorId: `v${path}`, name: 'page visit', properties: { path } }), remoteAddress);
    for (const path of ['/a', '/b', '/c']) expect((await visit(path)).statusCode).toBe(204);
    expectRefusal(await visit('/d'), 429, 'rate_limited');
    expect((await visit('/e', '203.0.113.6')).statusCode).toBe(204);

    const paths = (await pullAll(app, laptop.token)).changes.filter((item) => item.table === 'events' && item.field === 'properties').map((item) => (item.value as { path: string }).path);
    expect(paths.sort()).toEqual(['/a', '/b', '/c', '/e']);
  });
});
