import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { hubInviteSchema, hubStatusSchema } from '@shared/hub/hubMessages';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../src-server/store/openSyncStore';
import { forkHubProcess } from '../server/helpers/forkHubProcess';
import { createContact } from './contactSteps';
import { expectNoSeriousA11yViolations, openSection } from './helpers';
import { editLastName, expectLastNameSynced, pairWithHub, syncNow, teammate } from './hubSteps';

const root = resolve(import.meta.dirname, '../..');
let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'outpost-e2e-hub-move-'));
});

test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

// `npm run server -- <args>`, the same entry and tsconfig as the package script.
function runServerCommand(args: string[]): Promise<{ stdout: string }> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src-server/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: resolve(root, 'src-server/tsconfig.json'), DATABASE_URL: '' },
  });
}

async function changeAddress(page: Page, serverUrl: string): Promise<void> {
  await openSection(page, 'Settings');
  const section = page.getByRole('region', { name: 'Sync' });
  await section.getByRole('button', { name: 'Change address…' }).click();
  const form = page.getByRole('form', { name: 'Change the server address' });
  await form.getByLabel('New server address').fill(serverUrl);
  await form.getByRole('button', { name: 'Change address' }).click();
  await expect(section.getByText(`Paired with ${serverUrl}.`)).toBeVisible();
}

test('the team moves from a hub to a standalone server: both teammates change the address and keep syncing without pairing again', async ({ browser }) => {
  // Two pairings, a hub, the import command and a server: more than the default minute on 2 cores.
  test.setTimeout(300_000);
  const hubDir = join(folder, 'hub');
  const hub = forkHubProcess();
  const started = await hub.request({ type: 'start', options: { dataDir: hubDir, port: 0, workspaceName: 'Expo team', hostEmail: 'host@outpost.test', announce: false, addresses: ['127.0.0.1'] } });
  const status = hubStatusSchema.parse(started.ok ? started.result : started);
  const invite = async (email: string) => {
    const answer = await hub.request({ type: 'invite', email });
    return hubInviteSchema.parse(answer.ok ? answer.result : answer).typedCode;
  };
  const hubUrl = `https://127.0.0.1:${status.port}`;
  const a = await teammate(browser);
  const b = await teammate(browser);
  await pairWithHub(a.page, await invite('ann@outpost.test'), 'Ann laptop', hubUrl);
  await pairWithHub(b.page, await invite('ben@outpost.test'), 'Ben tablet', hubUrl);

  const contactUrl = await createContact(a.page, { 'First name': 'Hana', 'Last name': 'Ito' });
  await expect(a.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
  await b.page.goto(contactUrl);
  await expectLastNameSynced(b.page, 'Ito');

  // The host quits and the hub's folder is imported, as the README says, into a new server.
  await hub.request({ type: 'stop' });
  hub.child.disconnect();
  await hub.exited;
  const serverDir = join(folder, 'server');
  const imported = await runServerCommand(['import-hub', hubDir, '--data-dir', serverDir]);
  expect(imported.stdout).toContain("Moved the hub's data in: 1 workspace, 2 devices");
  let store: SyncStore | null = null;
  let app: FastifyInstance | null = null;
  try {
    store = await openSyncStore({ kind: 'pglite', dataDir: serverDir });
    app = await buildSyncApp({ store });
    const serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });

    // Ann edited while the hub was gone; a wrong address is tried and changes nothing.
    await editLastName(a.page, 'Itō');
    await syncNow(a.page);
    await expect(a.page.getByRole('status', { name: 'Sync status' })).toContainText('1 change not synced');
    await openSection(a.page, 'Settings');
    const section = a.page.getByRole('region', { name: 'Sync' });
    await section.getByRole('button', { name: 'Change address…' }).click();
    const form = a.page.getByRole('form', { name: 'Change the server address' });
    await expectNoSeriousA11yViolations(a.page, 'Settings > Sync, change the server address');
    await form.getByLabel('New server address').fill('http://127.0.0.1:9');
    await form.getByRole('button', { name: 'Change address' }).click();
    await expect(form.getByText('Cannot reach the sync server at http://127.0.0.1:9. Check the address and that the server is running; nothing was changed.')).toBeVisible();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(section.getByText(`Paired with the team hub at ${hubUrl}.`)).toBeVisible();

    await changeAddress(a.page, serverUrl);
    await a.page.goto(contactUrl);
    await expect(async () => {
      await syncNow(a.page);
      await expect(a.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced', { timeout: 2000 });
    }).toPass({ timeout: 30_000 });

    // Ben moves too, gets Ann's edit from where his sync stopped, and his edit reaches her.
    await changeAddress(b.page, serverUrl);
    await b.page.goto(contactUrl);
    await expectLastNameSynced(b.page, 'Itō');
    await editLastName(b.page, 'Itō-Sato');
    await expect(b.page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
    await expectLastNameSynced(a.page, 'Itō-Sato');

    // Nobody paired again: the server still knows the same two devices.
    const tokens = await store.query<{ count: number }>('select count(*)::int as count from tokens');
    expect(tokens.rows).toEqual([{ count: 2 }]);
  } finally {
    await a.context.close();
    await b.context.close();
    await app?.close();
    await store?.close();
  }
});
