import { expect, test, type Page } from '@playwright/test';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { pinnedJsonRequest } from '../server/helpers/pinnedHttps';
import { electronBinary, launchOutpost, skipReason, type LaunchedOutpost } from './launchOutpost';

// A teammate's app, played from Node: it pairs with the code the host's dialog shows, pinned to
// the code's fingerprint, over loopback (the code carries this machine's network address).
async function pairTeammate(page: Page, email: string, deviceName: string) {
  const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
  await page.getByRole('region', { name: 'Team hub' }).getByRole('button', { name: 'Invite a teammate' }).click();
  await dialog.getByLabel("Teammate's email").fill(email);
  await dialog.getByRole('button', { name: 'Create pairing code' }).click();
  const pairing = decodeHubPairing((await dialog.getByLabel('Hub pairing code').textContent()) ?? '');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const target = { host: '127.0.0.1', port: pairing.port, pin: pairing.fingerprint };
  const paired = await pinnedJsonRequest(target, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName } });
  expect(paired.status).toBe(200);
  return { target, token: (paired.json as { token: string }).token };
}

test.describe('hosting the team hub from Settings', () => {
  test.skip(electronBinary === null, skipReason);

  let launched: LaunchedOutpost | undefined;

  test.beforeAll(async () => {
    launched = await launchOutpost();
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('the switch starts the hub in its own process, pairs this app with it and invites a teammate', async () => {
    const page = launched!.page;
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    const card = page.getByRole('region', { name: 'Team hub' });
    await card.getByLabel('Your email').fill('host@outpost.test');
    await card.getByLabel('Port').fill('48788');
    // Clicked, not check(): the switch turns on only once the hub has started.
    await card.getByRole('switch', { name: 'Host sync for my team on this computer' }).click();
    await expect(card.getByText(/Teammates connect to https:\/\/.+:48788/)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Sync' }).getByText('Paired with the team hub at https://127.0.0.1:48788.')).toBeVisible();
    await expect(card.getByRole('table', { name: 'Paired devices' })).toContainText('host@outpost.test');

    await card.getByRole('button', { name: 'Invite a teammate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
    await dialog.getByLabel("Teammate's email").fill('rep@outpost.test');
    await dialog.getByRole('button', { name: 'Create pairing code' }).click();
    await expect(dialog.getByLabel('Hub pairing code')).toHaveText(/^([0-9A-Z]{5}-){9}[0-9A-Z]{5}$/);
    await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the host sees when each teammate last synced and revokes one; a device not paired lists the hub nearby', async () => {
    // The device list refreshes every 30 s while it is on screen.
    test.setTimeout(180_000);
    const page = launched!.page;
    const card = page.getByRole('region', { name: 'Team hub' });
    const ben = await pairTeammate(page, 'ben@outpost.test', 'Ben tablet');
    await pairTeammate(page, 'cy@outpost.test', 'Cy phone');
    expect((await pinnedJsonRequest(ben.target, 'GET', '/v1/sync/pull?since=', { token: ben.token })).status).toBe(200);

    const table = card.getByRole('table', { name: 'Paired devices' });
    await expect(table.getByRole('columnheader', { name: 'Last sync' })).toBeVisible();
    const benRow = table.getByRole('row', { name: /Ben tablet/ });
    const cyRow = table.getByRole('row', { name: /Cy phone/ });
    await expect(cyRow).toBeVisible({ timeout: 60_000 });
    await expect(cyRow.getByRole('cell').nth(2)).toHaveText('Never');
    await expect(benRow.getByRole('cell').nth(2)).toHaveText(/\d/, { timeout: 45_000 });

    await card.getByRole('button', { name: 'Revoke Ben tablet' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke Ben tablet?' });
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(confirm).toBeHidden();
    await expect(benRow).toContainText('Revoked');
    await expect(card.getByRole('button', { name: 'Revoke Ben tablet' })).toHaveCount(0);
    const refused = await pinnedJsonRequest(ben.target, 'GET', '/v1/sync/pull?since=', { token: ben.token });
    expect(refused.status).toBe(401);

    // Unpaired, this app looks for hubs on the network and finds the one it hosts.
    const sync = page.getByRole('region', { name: 'Sync' });
    await sync.getByRole('button', { name: 'Unpair this device' }).click();
    await sync.getByText('A team hub').click();
    await sync.getByRole('button', { name: 'Look for hubs nearby' }).click();
    await expect(sync.getByRole('list', { name: 'Hubs nearby' })).toContainText(/Outpost hub \(Outpost team\) at .+:48788/, { timeout: 30_000 });
  });
});
