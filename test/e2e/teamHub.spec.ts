import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { hubDeviceSchema, hubInviteSchema, hubStatusSchema, type HubStartOptions, type HubStatus } from '@shared/hub/hubMessages';
import { forkHubProcess } from '../server/helpers/forkHubProcess';
import { createContact } from './contactSteps';
import { expectNoSeriousA11yViolations, openSection } from './helpers';
import { editLastName, pairWithHub as pairHub, syncNow, teammate } from './hubSteps';

// A team hub started the way the desktop app starts it (its own process, driven by messages),
// and two `npm run web` clients that pair with it through Settings > Sync using its codes.
let dataDir: string;
let hub: ReturnType<typeof forkHubProcess>;
let status: HubStatus;
let hubOptions: HubStartOptions;

test.beforeAll(async () => {
  // PGlite and the TLS certificate at first start: over a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'outpost-e2e-hub-'));
  hub = forkHubProcess();
  hubOptions = { dataDir, port: 0, workspaceName: 'Expo team', hostEmail: 'host@outpost.test', announce: false, addresses: ['127.0.0.1'] };
  const started = await hub.request({ type: 'start', options: hubOptions });
  status = hubStatusSchema.parse(started.ok ? started.result : started);
});

test.afterAll(async () => {
  hub.child.disconnect();
  await hub.exited;
  await rm(dataDir, { recursive: true, force: true });
});

async function invite(email: string) {
  const answer = await hub.request({ type: 'invite', email });
  return hubInviteSchema.parse(answer.ok ? answer.result : answer);
}

const inviteCode = async (email: string) => (await invite(email)).typedCode;

const pairWithHub = (page: Page, code: string | { qrPicture: Buffer }, deviceName: string) => pairHub(page, code, deviceName, `https://127.0.0.1:${status.port}`);

test('two teammates pair with a hub by its code, edits on both converge, work goes on while the host is off, and a revoked device is told to pair again', async ({ browser }) => {
  // Two pairings, a hub restart and a revoke: more than the default minute on 2 cores.
  test.setTimeout(180_000);
  const a = await teammate(browser);
  const b = await teammate(browser);

  // A typo is caught before anything is sent, and the page explains the certificate step.
  await openSection(a.page, 'Settings');
  const section = a.page.getByRole('region', { name: 'Sync' });
  await section.getByText('A team hub').click();
  const form = section.getByRole('form', { name: 'Pair with a team hub' });
  const code = await inviteCode('ann@outpost.test');
  const typo = code.slice(0, 6) + (code[6] === 'Z' ? 'Y' : 'Z') + code.slice(7);
  await form.getByLabel('Hub pairing code').fill(typo);
  await form.getByRole('button', { name: 'Pair with hub' }).click();
  await expect(form.getByText(/has a typo/)).toBeVisible();
  await form.getByLabel('Hub pairing code').fill(code);
  await expect(form.getByText(`Team hub at https://127.0.0.1:${status.port}`)).toBeVisible();
  await expect(form.getByText("Accept the hub's certificate first")).toBeVisible();
  await expect(section.getByText('Hosting a hub needs the desktop app')).toBeVisible();
  // A browser can neither listen for other devices nor browse mDNS: only the explanation shows.
  await expect(a.page.getByRole('switch', { name: 'Host sync for my team on this computer' })).toHaveCount(0);
  await expect(a.page.getByRole('region', { name: 'Team hub' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Look for hubs nearby' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(a.page, 'Settings > Sync, team hub pairing');
  await pairWithHub(a.page, code, 'Ann laptop');

  const contactUrl = await createContact(a.page, { 'First name': 'Hana', 'Last name': 'Ito' });

  // The second teammate pairs from a picture of the QR code, gets the contact, edits it, and the
  // first sees the edit.
  const qrPicture = await QRCode.toBuffer((await invite('ben@outpost.test')).qrPayload, { margin: 4, width: 360 });
  await pairWithHub(b.page, { qrPicture }, 'Ben tablet');
  await b.page.goto(contactUrl);
  const detailsOnB = b.page.getByRole('region', { name: 'Contact details' });
  await expect(detailsOnB.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Ito');
  await editLastName(b.page, 'Itō');
  await expect(b.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
  const detailsOnA = a.page.getByRole('region', { name: 'Contact details' });
  await expect(async () => {
    await syncNow(a.page);
    await expect(detailsOnA.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Itō', { timeout: 2000 });
  }).toPass({ timeout: 20_000 });

  // The host's computer goes off: Ann keeps working, and her edit reaches Ben once it is back.
  await hub.request({ type: 'stop' });
  hub.child.disconnect();
  await hub.exited;
  await editLastName(a.page, 'Itō-Sato');
  await syncNow(a.page);
  await expect(a.page.getByRole('status', { name: 'Sync status' })).toContainText('1 change not synced');
  hub = forkHubProcess();
  const restarted = await hub.request({ type: 'start', options: { ...hubOptions, port: status.port } });
  expect(restarted.ok).toBe(true);
  await expect(async () => {
    await syncNow(a.page);
    await expect(a.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced', { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await syncNow(b.page);
    await expect(detailsOnB.getByRole('button', { name: 'Edit Last name', exact: true })).toHaveAccessibleDescription('Itō-Sato', { timeout: 2000 });
  }).toPass({ timeout: 30_000 });

  // The host revokes Ben's tablet: its next sync stops with a message saying what to do.
  const devices = await hub.request({ type: 'devices' });
  const tablet = hubDeviceSchema.array().parse(devices.ok ? devices.result : devices).find((device) => device.deviceName === 'Ben tablet');
  expect(tablet?.lastSeenAt).not.toBeNull();
  await hub.request({ type: 'revoke', tokenId: tablet!.tokenId });
  await syncNow(b.page);
  await expect(b.page.getByRole('status', { name: 'Sync status' })).toContainText(/not paired any more/);

  await a.context.close();
  await b.context.close();
});
