import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pokeEventName } from '@shared/sync/syncProtocol';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { readEvents } from './helpers/readEvents';
import { change, newWorkspace, pairDevice, push } from './helpers/syncTestClient';

// Over a real socket: app.inject cannot hold a stream open.
describe('poke events and shutdown', () => {
  let store: SyncStore;
  let app: FastifyInstance;
  let baseUrl: string;
  let workspaceId: string;
  let token: string;
  let pushArrived: () => void = () => {};

  beforeAll(async () => {
    store = await openSyncStore({ kind: 'pglite' });
    app = await buildSyncApp({ store, rateLimit: false });
    app.addHook('preHandler', async (request) => {
      if (request.url === '/v1/sync/push') pushArrived();
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    workspaceId = await newWorkspace(store);
    token = (await pairDevice(app, store, workspaceId)).token;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('pokes connected devices of the workspace after a push that stored something, and ends streams on close', async () => {
    const stream = await fetch(`${baseUrl}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = readEvents(stream.body!);
    expect(await events.next()).toEqual({ event: pokeEventName, data: { seq: 0 } });

    const otherWorkspace = await pairDevice(app, store, await newWorkspace(store));
    await push(app, otherWorkspace.token, [change('c9', 'name', 'elsewhere', 1)]);
    await push(app, token, [change('c1', 'name', 'Ann', 1), change('c2', 'name', 'Bob', 1)]);
    expect(await events.next()).toEqual({ event: pokeEventName, data: { seq: 2 } });

    // Shutdown: a push already being handled still completes; the event stream ends.
    const arrived = new Promise<void>((resolve) => (pushArrived = resolve));
    const inFlight = fetch(`${baseUrl}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ changes: Array.from({ length: 2000 }, (_, i) => change(`r${i}`, 'name', `Name ${i}`, 2)) }),
    });
    await arrived;
    const closing = app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2000, seq: 2002 });
    await closing;
    // The stream ends (perhaps after the poke for that last push).
    for (let event = await events.next(); event !== null; event = await events.next()) expect(event.event).toBe(pokeEventName);
  });
});
