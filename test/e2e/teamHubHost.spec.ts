import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { createContact } from './contactSteps';
import { openSection, startEmpty } from './helpers';
import { editLastName, expectLastNameSynced, pairWithHub, syncNow, teammate } from './hubSteps';
import { createTestMain, exposeMainBridge, type TestMain } from './mainProcessBridge';

// The host's side of the team hub, driven through the real Settings UI: the page gets
// window.outpost as Electron's preload gives it, and each call runs main's real handlers (hub in
// a Node fork of the hub process, data in a temp folder) in the test process.
let userData: string;
let main: TestMain;

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'outpost-e2e-host-'));
  main = createTestMain(userData);
});

test.afterEach(async () => {
  await main.hubHost.stop();
  await rm(userData, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('the host switches hosting on, invites a teammate who pairs and syncs, sees their last sync, revokes them and switches hosting off', async ({ browser }) => {
  // Hub start (PGlite, a new certificate) and two pairings: minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  // Electron trusts the hub's self-signed certificate by the pin; this browser by ignoreHTTPSErrors.
  const hostContext = await browser.newContext({ ignoreHTTPSErrors: true });
  await exposeMainBridge(hostContext, main);
  const host = await hostContext.newPage();
  await startEmpty(host);
  await openSection(host, 'Settings');

  const card = host.getByRole('region', { name: 'Team hub' });
  const port = await freePort();
  await card.getByLabel('Your email').fill('host@outpost.test');
  await card.getByLabel('Port').fill(String(port));
  await card.getByRole('switch', { name: 'Host sync for my team on this computer' }).click();
  await expect(card.getByText(new RegExp(`Teammates connect to https://\\S+:${port}`))).toBeVisible({ timeout: 90_000 });
  // The host's own app pairs over loopback and syncs into the hub like any device.
  await expect(host.getByRole('region', { name: 'Sync' }).getByText(`Paired with the team hub at https://127.0.0.1:${port}.`)).toBeVisible();
  const devices = card.getByRole('table', { name: 'Paired devices' });
  await expect(devices).toContainText('host@outpost.test');
  const contactUrl = await createContact(host, { 'First name': 'Hana', 'Last name': 'Ito' });
  await expect(host.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced', { timeout: 30_000 });

  await openSection(host, 'Settings');
  await card.getByRole('button', { name: 'Invite a teammate' }).click();
  const dialog = host.getByRole('dialog', { name: 'Invite a teammate' });
  await dialog.getByLabel("Teammate's email").fill('ben@outpost.test');
  await dialog.getByRole('button', { name: 'Create pairing code' }).click();
  const codeOnScreen = dialog.getByLabel('Hub pairing code');
  await expect(codeOnScreen).toHaveText(/^([0-9A-Z]{5}-){9}[0-9A-Z]{5}$/);
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  const code = (await codeOnScreen.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // A teammate in `npm run web` types the code, pairs at the address it carries and gets the contact.
  const ben = await teammate(browser);
  const pairing = decodeHubPairing(code);
  await pairWithHub(ben.page, code, 'Ben tablet', `https://${pairing.addresses[0]}:${pairing.port}`);
  await ben.page.goto(contactUrl);
  const benDetails = ben.page.getByRole('region', { name: 'Contact details' });
  await expect(async () => {
    await syncNow(ben.page);
    await expect(benDetails.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Ito', { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await editLastName(ben.page, 'Itō');
  await expect(ben.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
  await host.goto(contactUrl);
  await expectLastNameSynced(host, 'Itō');
  await openSection(host, 'Settings');

  // Ben's tablet is listed with when it last synced (the list also refreshes every 30 s on screen).
  const benRow = devices.getByRole('row', { name: /Ben tablet/ });
  await expect(benRow).toContainText('ben@outpost.test', { timeout: 45_000 });
  await expect(benRow.getByRole('cell').nth(2)).toHaveText(/\d/, { timeout: 45_000 });
  await expect(devices.getByRole('button', { name: /^Revoke / })).toHaveCount(2);

  await card.getByRole('button', { name: 'Revoke Ben tablet' }).click();
  const confirm = host.getByRole('dialog', { name: 'Revoke Ben tablet?' });
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(benRow).toContainText('Revoked');
  await syncNow(ben.page);
  await expect(ben.page.getByRole('status', { name: 'Sync status' })).toContainText(/not paired any more/);

  await card.getByRole('switch', { name: 'Host sync for my team on this computer' }).click();
  await expect(card.getByLabel('Your email')).toBeVisible();
  await expect(card.getByRole('table', { name: 'Paired devices' })).toHaveCount(0);
  expect(main.hubHost.status()).toBeNull();

  await ben.context.close();
  await hostContext.close();
});
