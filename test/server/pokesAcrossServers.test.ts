import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pokeEventName } from '@shared/sync/syncProtocol';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import type { SyncStore } from '../../src-server/store/SyncStore';
import { readEvents } from './helpers/readEvents';
import { openPostgresStoresOnOneDatabase, postgresCase } from './helpers/serverStorages';
import { change, newWorkspace, pairDevice, push } from './helpers/syncTestClient';

// Two server processes on one PostgreSQL (two apps, each with its own connection pool): a device
// listening on one hears about a push stored through the other.
describe('pokes across server processes on PostgreSQL', () => {
  let stores: SyncStore[] = [];
  let apps: FastifyInstance[] = [];

  beforeAll(async () => {
    if (postgresCase.skip) return;
    stores = await openPostgresStoresOnOneDatabase(2);
    apps = await Promise.all(stores.map((store) => buildSyncApp({ store, rateLimit: false })));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const store of [...stores].reverse()) await store.close();
  });

  it.skipIf(postgresCase.skip)('pokes a device connected to one server after a push or an ingest through the other, and only in its workspace', async () => {
    const [first, second] = apps as [FastifyInstance, FastifyInstance];
    const [firstStore] = stores as [SyncStore];
    await second.listen({ host: '127.0.0.1', port: 0 });
    const secondUrl = `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`;

    const workspaceId = await newWorkspace(firstStore);
    const listener = await pairDevice(first, firstStore, workspaceId, 'listener@example.com');
    const writer = await pairDevice(first, firstStore, workspaceId, 'writer@example.com');
    const elsewhere = await pairDevice(first, firstStore, await newWorkspace(firstStore), 'elsewhere@example.com');

    const stream = await fetch(`${secondUrl}/v1/sync/events`, { headers: { authorization: `Bearer ${listener.token}` } });
    const events = readEvents(stream.body!);
    expect(await events.next()).toEqual({ event: pokeEventName, data: { seq: 0 } });

    await push(first, elsewhere.token, [change('x1', 'name', 'Other workspace', 1)]);
    await push(first, writer.token, [change('c1', 'name', 'Ann', 1), change('c2', 'name', 'Bob', 1)]);
    expect(await events.next()).toEqual({ event: pokeEventName, data: { seq: 2 } });

    const ingested = await first.inject({
      method: 'POST',
      url: '/v1/ingest/contacts',
      headers: { authorization: `Bearer ${writer.token}` },
      payload: { externalId: 'crm-7', fields: { firstName: 'Cleo' } },
    });
    expect(ingested.statusCode).toBe(200);
    expect(await events.next()).toMatchObject({ event: pokeEventName, data: { seq: expect.any(Number) } });
  });
});
