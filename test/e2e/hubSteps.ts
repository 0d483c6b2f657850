import { expect, type Browser, type Page } from '@playwright/test';
import { openSection, startEmpty } from './helpers';

// Steps the team-hub specs share: teammates in `npm run web` pairing with a hub and syncing.

// A notice (such as a collision warning) may sit over the status bar's button.
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' }).dispatchEvent('click');
}

export async function editLastName(page: Page, value: string): Promise<void> {
  const details = page.getByRole('region', { name: 'Contact details' });
  await details.getByRole('button', { name: 'Edit Last name', exact: true }).click();
  await details.getByRole('textbox').fill(value);
  await details.getByRole('textbox').press('Enter');
}

// The browser checks the hub's self-signed certificate itself: accepting it once, as the page
// tells the user to, is what ignoreHTTPSErrors stands for.
export async function teammate(browser: Browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await startEmpty(page);
  return { context, page };
}

// `code` is typed; a QR code is read from a picture of the host's screen.
export async function pairWithHub(page: Page, code: string | { qrPicture: Buffer }, deviceName: string, hubUrl: string): Promise<void> {
  await openSection(page, 'Settings');
  const section = page.getByRole('region', { name: 'Sync' });
  await section.getByText('A team hub').click();
  const form = section.getByRole('form', { name: 'Pair with a team hub' });
  if (typeof code === 'string') {
    await form.getByLabel('Hub pairing code').fill(code);
  } else {
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: 'Read a QR code picture' }).click();
    await (await chooser).setFiles({ name: 'hub-qr.png', mimeType: 'image/png', buffer: code.qrPicture });
    await expect(form.getByLabel('Hub pairing code')).toHaveValue(/^outpost-hub:1\//);
  }
  await form.getByLabel('Device name').fill(deviceName);
  await form.getByRole('button', { name: 'Pair with hub' }).click();
  await expect(section.getByText(`Paired with the team hub at ${hubUrl}.`)).toBeVisible();
}

// Polls with "Sync now" until the contact on screen shows the last name.
export async function expectLastNameSynced(page: Page, value: string): Promise<void> {
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(async () => {
    await syncNow(page);
    await expect(details.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription(value, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}
