import { expect, test, type Page } from '@playwright/test';
import { listTokens } from '../../src-server/admin/listTokens';
import { revokeToken } from '../../src-server/admin/revokeToken';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { startEmpty } from './helpers';
import { pairInSettings, startTestSyncServer, type TestSyncServer } from './syncSteps';

let server: TestSyncServer;

test.beforeAll(async () => {
  server = await startTestSyncServer();
});

// The test restarts the server, so the app to close is the one running now.
test.afterAll(async () => {
  await server.app.close();
  await server.store.close();
});

// The current time as the status bar writes it in this browser's locale.
const clockReading = (page: Page) => page.evaluate(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date()));

// Waits for "Synced" and returns what the last-sync time must read: the clock at some moment
// between `before` (read before the sync started) and now.
async function expectSyncedSince(page: Page, before: string): Promise<RegExp> {
  const status = page.getByRole('status', { name: 'Sync status' });
  await expect(status).toContainText('Synced, last synced');
  const lastSynced = new RegExp(`last synced (${before}|${await clockReading(page)})`);
  await expect(status).toContainText(lastSynced);
  return lastSynced;
}

test('the status bar shows syncing, synced with its time, an unreachable server and a sync error in words', async ({ page }) => {
  await startEmpty(page);
  const pairing = await clockReading(page);
  await pairInSettings(page, server, 'status@outpost.test');
  const status = page.getByRole('status', { name: 'Sync status' });
  await expectSyncedSince(page, pairing);

  // A slow answer from the server: the round is under way until it arrives.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(`${server.url}/v1/sync/pull**`, async (route) => {
    await answered;
    await route.continue();
  });
  const before = await clockReading(page);
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('Syncing…');
  await expect(status.getByRole('button', { name: 'Sync now' })).toBeDisabled();
  answer();
  const lastSynced = await expectSyncedSince(page, before);
  await page.unroute(`${server.url}/v1/sync/pull**`);

  // The server stops: changes wait on the device, the last good sync stays in view.
  await server.app.close();
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Name').fill('Ola Status');
  await profile.getByLabel('Email').fill('ola@outpost.test');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(status).toContainText('Server unreachable');
  await expect(status).toContainText(lastSynced);
  await expect(status).toContainText(`Cannot reach the sync server at ${server.url}.`);
  await expect(status).toContainText('1 change not synced');

  // Back at the same address: "Sync now" delivers what waited.
  server.app = await buildSyncApp({ store: server.store });
  await server.app.listen({ host: '127.0.0.1', port: Number(new URL(server.url).port) });
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('All changes synced');
  await expect(status).toContainText('Synced, last synced');

  // The device's token (the newest) is revoked on the server: an error the user can act on.
  const token = (await listTokens(server.store, { workspaceId: server.workspaceId })).at(-1);
  await revokeToken(server.store, token!.id);
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('Sync error');
  await expect(status).toContainText('This device is not paired any more');
});
