import { expect, type Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { createInvite } from '../../src-server/admin/createInvite';
import { createWorkspace } from '../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../src-server/store/openSyncStore';
import { openSection } from './helpers';

// A real sync server (in-memory PGlite) in the test process, reached by the page over HTTP.
export type TestSyncServer = { store: SyncStore; app: FastifyInstance; url: string; workspaceId: string; close(): Promise<void> };

export async function startTestSyncServer(): Promise<TestSyncServer> {
  const store = await openSyncStore({ kind: 'pglite' });
  const app = await buildSyncApp({ store });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const { workspaceId } = await createWorkspace(store, { name: 'E2E', adminEmail: 'admin@outpost.test' });
  return {
    store,
    app,
    url,
    workspaceId,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

// Pairs the app in the page with the server through Settings > Sync, as a user does.
export async function pairInSettings(page: Page, server: TestSyncServer, email: string): Promise<void> {
  const { code } = await createInvite(server.store, { workspaceId: server.workspaceId, email });
  await openSection(page, 'Settings');
  const form = page.getByRole('form', { name: 'Pair with a sync server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Pairing code').fill(code);
  await form.getByRole('button', { name: 'Pair' }).click();
  await expect(page.getByRole('region', { name: 'Sync' }).getByText(/Paired with/)).toBeVisible();
}
