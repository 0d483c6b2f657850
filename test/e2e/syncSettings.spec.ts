import { expect, test, type Browser, type Page } from '@playwright/test';
import { createInvite } from '../../src-server/admin/createInvite';
import { openSection, startEmpty } from './helpers';
import { pairInSettings, startTestSyncServer, type TestSyncServer } from './syncSteps';

let server: TestSyncServer;

test.beforeAll(async () => {
  server = await startTestSyncServer();
});

test.afterAll(async () => {
  await server.close();
});

const pair = (page: Page, email: string) => pairInSettings(page, server, email);

async function editInline(page: Page, label: string, value: string): Promise<void> {
  const details = page.getByRole('region', { name: 'Contact details' });
  await details.getByRole('button', { name: `Edit ${label}`, exact: true }).click();
  await details.getByRole('textbox').fill(value);
  await details.getByRole('textbox').press('Enter');
}

// Device A creates a contact; device B (another browser context) pairs and opens it. Both end
// up on that contact's profile.
async function twoDevicesOnNewContact(browser: Browser, firstName: string, lastName: string, emails: [string, string]) {
  const [one, other] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await one.newPage(), await other.newPage()];
  await startEmpty(a);
  await pair(a, emails[0]);
  await openSection(a, 'Contacts');
  await a.getByRole('button', { name: 'New contact' }).click();
  const dialog = a.getByRole('dialog', { name: 'New contact' });
  await dialog.getByRole('textbox', { name: 'First name', exact: true }).fill(firstName);
  await dialog.getByRole('textbox', { name: 'Last name', exact: true }).fill(lastName);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(a).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
  // B downloads the contact on its first sync.
  await startEmpty(b);
  await pair(b, emails[1]);
  await b.goto(a.url());
  await expect(b.getByRole('region', { name: 'Contact details', includeHidden: true }).getByRole('button', { name: 'Edit Last name', exact: true, includeHidden: true })).toHaveAccessibleDescription(lastName);
  return { one, other, a, b };
}

test('Settings > Sync pairs with a server, says the browser keeps the token less safely, and syncs changes', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const section = page.getByRole('region', { name: 'Sync' });
  await expect(section.getByText('Less safe here')).toBeVisible();

  const form = section.getByRole('form', { name: 'Pair with a sync server' });
  await form.getByLabel('Server address').fill('http://127.0.0.1:9');
  await form.getByLabel('Pairing code').fill('wrong-code');
  await form.getByRole('button', { name: 'Pair' }).click();
  await expect(form.getByText('Cannot reach the sync server at http://127.0.0.1:9.')).toBeVisible();

  await form.getByLabel('Server address').fill(server.url);
  await form.getByRole('button', { name: 'Pair' }).click();
  await expect(form.getByText(/pairing code is unknown, expired or already used/)).toBeVisible();

  const { code } = await createInvite(server.store, { workspaceId: server.workspaceId, email: 'rep@outpost.test' });
  await form.getByLabel('Pairing code').fill(code);
  await form.getByRole('button', { name: 'Pair' }).click();
  await expect(section.getByText(`Paired with ${new URL(server.url).origin}.`)).toBeVisible();

  const status = page.getByRole('status', { name: 'Sync status' });
  await expect(status).toContainText('Synced');
  await page.getByRole('region', { name: 'Your profile' }).getByLabel('Name').fill('Mara Field');
  await page.getByRole('region', { name: 'Your profile' }).getByLabel('Email').fill('mara@outpost.test');
  await page.getByRole('button', { name: 'Save profile' }).click();
  // The write reaches the server shortly after it is made, without "Sync now".
  const emailsOnServer = async () =>
    (await server.store.query<{ value: string }>(`select value from field_values where workspace_id = $1 and table_name = 'teamMembers' and field = 'email'`, [server.workspaceId])).rows.map((row) => JSON.parse(row.value) as string);
  await expect.poll(emailsOnServer, { timeout: 15_000 }).toEqual(['mara@outpost.test']);
  await expect(status).toContainText('All changes synced');

  // Still paired after a restart: the pairing is kept through the bridge.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sync' }).getByText(/Paired with/)).toBeVisible();
  await page.getByRole('region', { name: 'Sync' }).getByRole('button', { name: 'Unpair this device' }).click();
  await expect(page.getByRole('form', { name: 'Pair with a sync server' })).toBeVisible();
});

test('two devices edit one contact offline and both show the merged result once online', async ({ browser }) => {
  const { one, other, a, b } = await twoDevicesOnNewContact(browser, 'Ann', 'Lee', ['a@outpost.test', 'b@outpost.test']);

  await one.setOffline(true);
  await other.setOffline(true);
  await editInline(a, 'First name', 'Anna');
  await editInline(b, 'Last name', 'Leigh');
  await expect(a.getByRole('status', { name: 'Sync status' })).toContainText('1 change not synced');
  await one.setOffline(false);
  await other.setOffline(false);

  for (const page of [a, b, a, b]) {
    await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
    await page.getByRole('status', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' }).click();
  }
  for (const page of [a, b]) {
    const details = page.getByRole('region', { name: 'Contact details' });
    await expect(details.getByRole('button', { name: 'Edit First name', exact: true })).toHaveAccessibleDescription('Anna');
    await expect(details.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Leigh');
  }
  await one.close();
  await other.close();
});

async function serverHas(field: string, value: string): Promise<boolean> {
  const rows = await server.store.query('select 1 from field_values where workspace_id = $1 and field = $2 and value = $3', [server.workspaceId, field, JSON.stringify(value)]);
  return rows.rows.length > 0;
}

test('a field being edited keeps what the user types while another device changes it, and says so', async ({ browser }) => {
  const { one, other, a, b } = await twoDevicesOnNewContact(browser, 'Cy', 'Moe', ['c@outpost.test', 'd@outpost.test']);
  const detailsOnB = b.getByRole('region', { name: 'Contact details' });

  // B starts typing; A's change arrives (pushed, then poked to B) under B's fingers.
  await detailsOnB.getByRole('button', { name: 'Edit First name', exact: true }).click();
  await detailsOnB.getByRole('textbox').fill('Cyrus');
  await editInline(a, 'First name', 'Cyril');
  await expect.poll(() => serverHas('firstName', 'Cyril')).toBe(true);
  await expect(detailsOnB.getByRole('textbox')).toHaveValue('Cyrus');
  // The incoming value reaches B's database while the field still shows B's draft.
  await expect.poll(() => b.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await b.getByRole('status', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' }).dispatchEvent('click');
  await expect(detailsOnB.getByRole('textbox')).toHaveValue('Cyrus');
  await detailsOnB.getByRole('textbox').press('Enter');
  await expect(b.getByText('First name was changed on another device while you edited')).toBeVisible();
  await expect(detailsOnB.getByRole('button', { name: 'Edit First name', exact: true })).toHaveAccessibleDescription('Cyrus');

  // Leaving a field untouched never writes the old value over one that arrived meanwhile.
  await detailsOnB.getByRole('button', { name: 'Edit Last name', exact: true }).click();
  await editInline(a, 'Last name', 'Moore');
  await expect.poll(() => serverHas('lastName', 'Moore')).toBe(true);
  await b.getByRole('status', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' }).dispatchEvent('click');
  await expect(b.getByRole('status', { name: 'Sync status' })).toContainText('Synced');
  await detailsOnB.getByRole('textbox').press('Enter');
  await expect(detailsOnB.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Moore');
  await one.close();
  await other.close();
});

test('the full edit form keeps what the user typed while another device changes the contact, writes only that, and says so', async ({ browser }) => {
  const { one, other, a, b } = await twoDevicesOnNewContact(browser, 'Dee', 'Park', ['e@outpost.test', 'f@outpost.test']);
  // Behind the open form, which may hide the page from assistive technology.
  const detailsOnB = b.getByRole('region', { name: 'Contact details', includeHidden: true });

  // B changes the first name in the full form; A changes both names before B saves.
  await detailsOnB.getByRole('button', { name: 'Edit all fields' }).click();
  const form = b.getByRole('dialog', { name: 'Edit contact' });
  await form.getByRole('textbox', { name: 'First name', exact: true }).fill('Deena');
  await editInline(a, 'First name', 'Dede');
  await editInline(a, 'Last name', 'Parker');
  await expect.poll(() => serverHas('lastName', 'Parker')).toBe(true);
  await b.getByRole('status', { name: 'Sync status', includeHidden: true }).getByRole('button', { name: 'Sync now', includeHidden: true }).dispatchEvent('click');
  await expect(detailsOnB.getByRole('button', { name: 'Edit Last name', exact: true, includeHidden: true })).toHaveAccessibleDescription('Parker');
  await expect(form.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('Deena');

  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.getByText('First name was changed on another device while you edited')).toBeVisible();
  const details = b.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('button', { name: 'Edit First name', exact: true })).toHaveAccessibleDescription('Deena');
  // The last name B never touched keeps A's value: the form wrote only what B changed.
  await expect(details.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Parker');
  await expect.poll(() => serverHas('firstName', 'Deena')).toBe(true);
  await one.close();
  await other.close();
});
