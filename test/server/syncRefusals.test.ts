import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { errorResponseSchema, maxPullLimit } from '@shared/sync/syncProtocol';
import { createInvite } from '../../src-server/admin/createInvite';
import { listTokens } from '../../src-server/admin/listTokens';
import { revokeToken } from '../../src-server/admin/revokeToken';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { change, newWorkspace, pairDevice, pullAll, push } from './helpers/syncTestClient';

// Bad requests get the right 4xx with a readable reason and change nothing. HTTP behaviour is
// the same on both storages, so these run on PGlite only.
describe('sync server refusals', () => {
  let store: SyncStore;
  let app: FastifyInstance;
  let token: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    store = await openSyncStore({ kind: 'pglite' });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    app = await buildSyncApp({ store, logger: { level: 'info', stream }, rateLimit: false });
    token = (await pairDevice(app, store, await newWorkspace(store))).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  function expectRefusal(response: { statusCode: number; json: () => unknown }, statusCode: number, reason?: RegExp) {
    expect(response.statusCode).toBe(statusCode);
    const body = errorResponseSchema.parse(response.json());
    if (reason) expect(body.reason).toMatch(reason);
    return body;
  }

  async function expectNothingStored(deviceToken = token) {
    expect((await pullAll(app, deviceToken)).changes).toEqual([]);
  }

  it('refuses requests without a token, with an unknown one, and with a revoked one', async () => {
    const workspaceId = await newWorkspace(store);
    const device = await pairDevice(app, store, workspaceId);
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/sync/pull' }), 401, /Bearer/);
    expectRefusal(await push(app, 'opt_not-a-real-token-at-all', [change('c1', 'name', 'x', 1)]), 401, /unknown or was revoked/);

    const [issued] = await listTokens(store, { workspaceId });
    expect(issued).toMatchObject({ deviceId: device.deviceId, revokedAt: null });
    expect(await revokeToken(store, issued!.id)).toBe(true);
    expect(await revokeToken(store, issued!.id)).toBe(false);
    expectRefusal(await push(app, device.token, [change('c1', 'name', 'x', 1)]), 401);
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/sync/events', headers: { authorization: `Bearer ${device.token}` } }), 401);
  });

  it('refuses a pairing code the second time', async () => {
    const workspaceId = await newWorkspace(store);
    const { code } = await createInvite(store, { workspaceId, email: 'new@example.com' });
    const pair = () => app.inject({ method: 'POST', url: '/v1/pair', payload: { code: code.toLowerCase(), deviceName: 'Phone' } });
    expect((await pair()).statusCode).toBe(200);
    expect(expectRefusal(await pair(), 401, /already used/).error).toBe('pairing_code_refused');
    expect(await listTokens(store, { workspaceId })).toHaveLength(1);
  });

  it.each([
    ['a body that is not JSON', '{"changes": [', /JSON/],
    ['an empty batch', { changes: [] }, /changes/],
    ['an unknown key', { changes: [change('c1', 'name', 'x', 1)], extra: true }, /Unrecognized key/],
    ['a change without a field', { changes: [{ table: 'contacts', rowId: 'c1', value: 1, hlc: change('c1', 'name', 1, 1).hlc }] }, /changes\.0\.field/],
    ['a malformed HLC', { changes: [change('c1', 'name', 'ok', 1), { ...change('c2', 'name', 'x', 1), hlc: 'tomorrow' }] }, /changes\[1\]\.hlc/],
    ['a NUL in a row id', { changes: [change('c\u0000', 'name', 'x', 1)] }, /NUL/],
  ])('refuses %s with 400 and a reason, storing nothing', async (_what, payload, reason) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    expectRefusal(response, 400, reason);
    await expectNothingStored();
  });

  it('refuses a batch stamped further in the future than clocks may drift', async () => {
    const future = formatHlc({ millis: Date.now() + 60 * 60 * 1000, counter: 0, node: 'fastclock' });
    const response = await push(app, token, [change('c1', 'name', 'fine', 1), { ...change('c2', 'name', 'ahead', 1), hlc: future }]);
    expect(expectRefusal(response, 422, /ahead of the server's clock/).error).toBe('clock_drift');
    await expectNothingStored();
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = Array.from({ length: 3 }, (_, i) => change(`c${i}`, 'notes', 'x'.repeat(2_000_000), 1));
    expectRefusal(await push(app, token, huge), 413);
    await expectNothingStored();
  });

  it('refuses a pull with a cursor it did not make, a page size out of bounds, or an unknown parameter', async () => {
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/sync/pull?since=v1.log.abc', headers: { authorization: `Bearer ${token}` } }), 400, /cursor/);
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/sync/pull?since=&limit=0', headers: { authorization: `Bearer ${token}` } }), 400, /limit/);
    expectRefusal(await app.inject({ method: 'GET', url: `/v1/sync/pull?since=&limit=${maxPullLimit + 1}`, headers: { authorization: `Bearer ${token}` } }), 400, /limit/);
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/sync/pull?sinse=', headers: { authorization: `Bearer ${token}` } }), 400, /sinse/);
  });

  it('answers unknown routes with 404 in the same shape', async () => {
    expectRefusal(await app.inject({ method: 'GET', url: '/v1/nothing' }), 404, /GET \/v1\/nothing/);
  });

  it('lets the app call from its own origin (app://, npm run web): preflight and headers', async () => {
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/sync/push', headers: { origin: 'app://outpost', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/);
    const pulled = await app.inject({ method: 'GET', url: '/v1/sync/pull', headers: { origin: 'app://outpost', authorization: `Bearer ${token}` } });
    expect(pulled.headers['access-control-allow-origin']).toBe('*');
  });

  it('reports health', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok', storage: 'pglite' });
  });

  it('never writes a token or a pairing code to the log', async () => {
    const workspaceId = await newWorkspace(store);
    const { code } = await createInvite(store, { workspaceId, email: 'logged@example.com' });
    const paired = await app.inject({ method: 'POST', url: '/v1/pair', payload: { code, deviceName: 'Laptop' } });
    const deviceToken = paired.json<{ token: string }>().token;
    await push(app, deviceToken, [change('c1', 'name', 'x', 1)]);
    await push(app, deviceToken, [{ ...change('c1', 'name', 'x', 1), hlc: 'bad' }]);
    await app.inject({ method: 'POST', url: '/v1/pair', payload: { code, deviceName: 'Laptop' } });
    const log = logLines.join('');
    expect(log).toContain('/v1/sync/push');
    expect(log).not.toContain(deviceToken);
    expect(log).not.toContain(code);
  });
});

describe('sync server rate limit', () => {
  let store: SyncStore;
  beforeAll(async () => {
    store = await openSyncStore({ kind: 'pglite' });
  });
  afterAll(() => store.close());

  it('answers 429 once a token has used up its requests, and counts each token apart', async () => {
    const app = await buildSyncApp({ store, rateLimit: { max: 3, timeWindowMs: 60_000 } });
    try {
      const workspaceId = await newWorkspace(store);
      const first = await pairDevice(app, store, workspaceId);
      const second = await pairDevice(app, store, workspaceId);
      const pull = (deviceToken: string) => app.inject({ method: 'GET', url: '/v1/sync/pull', headers: { authorization: `Bearer ${deviceToken}` } });
      for (let i = 0; i < 3; i++) expect((await pull(first.token)).statusCode).toBe(200);
      const limited = await pull(first.token);
      expect(limited.statusCode).toBe(429);
      expect(errorResponseSchema.parse(limited.json()).error).toBe('rate_limited');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await pull(second.token)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
