import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { createInvite } from '../../src-server/admin/createInvite';
import { siteKeyFor } from '../../src-server/admin/siteKey';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { pairInSettings, startTestSyncServer, type TestSyncServer } from './syncSteps';

// Other systems write into Outpost through the server: an integration through the ingest API,
// a website through the tracking snippet. What they write reaches the app by sync.
let server: TestSyncServer;
let shop: Server;
let shopUrl: string;

test.beforeAll(async () => {
  server = await startTestSyncServer();
  const siteKey = await siteKeyFor(server.store, server.workspaceId);
  // A shop's page with the snippet tag that `npm run server -- site-key` prints.
  const html = `<!doctype html><html lang="en"><head><title>Pricing</title>
    <script src="${server.url}/t.js" data-site-key="${siteKey}"></script></head>
    <body><main><h1>Pricing</h1>
    <button type="button" onclick="outpost.identify('nia@shop.test'); outpost.track('Asked for a demo', { plan: 'team' })">Book a demo</button>
    </main></body></html>`;
  shop = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/pricing`;
});

test.afterAll(async () => {
  await new Promise((resolve) => shop.close(resolve));
  await server.close();
});

// A token for an integration, paired like a device.
async function integrationToken(): Promise<string> {
  const { code } = await createInvite(server.store, { workspaceId: server.workspaceId, email: 'crm@outpost.test' });
  const response = await fetch(`${server.url}/v1/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: 'Shop backend' }) });
  return ((await response.json()) as { token: string }).token;
}

async function ingest(token: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function openContactBySearch(page: Page, text: string, heading: string): Promise<void> {
  await openSection(page, 'Contacts');
  await page.getByRole('textbox', { name: 'Search contacts' }).fill(text);
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: heading }).click();
  await expect(page.getByRole('region', { name: 'Actions' }).getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function eventsOnProfile(page: Page) {
  const activity = page.getByRole('region', { name: 'Activity' });
  await activity.getByRole('tab', { name: 'Events' }).click();
  return activity.getByRole('region', { name: 'Events' });
}

test('a contact and its event written through the ingest API appear in the app, and an update by external id changes that contact', async ({ page }) => {
  await startEmpty(page);
  await pairInSettings(page, server, 'rep@outpost.test');
  const token = await integrationToken();
  await ingest(token, '/v1/ingest/contacts', { externalId: 'shop-42', fields: { firstName: 'Omar', lastName: 'Haddad', email: 'omar@shop.test' } });
  await ingest(token, '/v1/ingest/events', { contact: { externalId: 'shop-42' }, event: { name: 'Order placed', properties: { total: 129 } } });

  // The server pokes the app, which pulls without "Sync now".
  await openContactBySearch(page, 'Haddad', 'Omar Haddad');
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('button', { name: 'Edit Email', exact: true })).toHaveAccessibleDescription('omar@shop.test');
  await expect((await eventsOnProfile(page)).getByRole('article').filter({ hasText: 'Order placed' })).toBeVisible();

  await ingest(token, '/v1/ingest/contacts', { externalId: 'shop-42', fields: { lastName: 'Haddad-Lind' } });
  await expect(page.getByRole('region', { name: 'Actions' }).getByRole('heading', { name: 'Omar Haddad-Lind', level: 1 })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Edit Email', exact: true })).toHaveAccessibleDescription('omar@shop.test');
  await expectNoSeriousA11yViolations(page, 'an ingested contact');
});

test('a website visitor tracked by the snippet becomes a contact with their page visit and events once identified', async ({ page, browser }) => {
  await startEmpty(page);
  await pairInSettings(page, server, 'marketing@outpost.test');

  // The visitor, in a browser of their own, opens the shop's page and books a demo.
  const visitor = await browser.newContext();
  const shopPage = await visitor.newPage();
  await shopPage.goto(shopUrl);
  await expect.poll(() => shopPage.evaluate(() => 'outpost' in window)).toBe(true);
  await shopPage.getByRole('button', { name: 'Book a demo' }).click();
  const visitorId = (await visitor.cookies()).find((cookie) => cookie.name === 'outpost_vid')?.value;
  expect(visitorId).toBeTruthy();
  await visitor.close();

  await openContactBySearch(page, 'nia@shop.test', 'nia@shop.test');
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('button', { name: 'Edit Email', exact: true })).toHaveAccessibleDescription('nia@shop.test');
  const events = await eventsOnProfile(page);
  await expect(events.getByRole('article').filter({ hasText: 'page visit' })).toBeVisible();
  await expect(events.getByRole('article').filter({ hasText: 'Asked for a demo' })).toBeVisible();
});
