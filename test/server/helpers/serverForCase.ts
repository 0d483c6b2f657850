import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildSyncApp } from '../../../src-server/app/buildSyncApp';
import type { SyncStore } from '../../../src-server/store/SyncStore';
import type { StorageCase } from './serverStorages';

// The server a describe block tests on one storage: opened before its tests (unless that
// storage is skipped), closed after them. Read `store` and `app` inside the tests.
export function serverForCase({ skip, open }: StorageCase): { store: SyncStore; app: FastifyInstance } {
  const server = {} as { store: SyncStore; app: FastifyInstance };
  beforeAll(async () => {
    if (skip) return;
    server.store = await open();
    server.app = await buildSyncApp({ store: server.store, rateLimit: false });
  });
  afterAll(async () => {
    await server.app?.close();
    await server.store?.close();
  });
  return server;
}
