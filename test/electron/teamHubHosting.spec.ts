import { expect, test } from '@playwright/test';
import { electronBinary, launchOutpost, skipReason, type LaunchedOutpost } from './launchOutpost';

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
    await card.getByRole('switch', { name: 'Host sync for my team on this computer' }).check();
    await expect(card.getByText(/Teammates connect to https:\/\/.+:48788/)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Sync' }).getByText('Paired with the team hub at https://127.0.0.1:48788.')).toBeVisible();
    await expect(card.getByRole('table', { name: 'Paired devices' })).toContainText('host@outpost.test');

    await card.getByRole('button', { name: 'Invite a teammate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
    await dialog.getByLabel("Teammate's email").fill('rep@outpost.test');
    await dialog.getByRole('button', { name: 'Create pairing code' }).click();
    await expect(dialog.getByLabel('Hub pairing code')).toHaveText(/^([0-9A-Z]{5}-){9}[0-9A-Z]{5}$/);
    await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  });
});
