import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { copyServerData, serverTables } from '../../src-server/admin/copyServerData';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { runAdminCommand } from '../../src-server/cli/runAdminCommand';
import { RunningHub } from '../../src-server/hub/startHub';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import { pinnedJsonRequest } from './helpers/pinnedHttps';
import { storageCases } from './helpers/serverStorages';
import { change, pullAll, push } from './helpers/syncTestClient';

let hubDir: string;
let token: string;
let cursorOnHub: string;
const hubChanges = Array.from({ length: 2500 }, (_, index) => change(`c${index}`, 'firstName', `Name ${index}`, index + 1));

// A hub with a paired device that pushed 2,500 changes and pulled to the end, then stopped.
beforeAll(async () => {
  hubDir = await mkdtemp(join(tmpdir(), 'outpost-hub-move-'));
  const hub = await RunningHub.start({ dataDir: hubDir, port: 0, host: '127.0.0.1', addresses: ['127.0.0.1'], workspaceName: 'Expo team', hostEmail: 'host@example.com' });
  const pairing = decodeHubPairing((await hub.inviteTeammate('rep@example.com')).typedCode);
  const target = { host: '127.0.0.1', port: pairing.port, pin: pairing.fingerprint };
  token = ((await pinnedJsonRequest(target, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName: 'Rep laptop' } })).json as { token: string }).token;
  for (let start = 0; start < hubChanges.length; start += 1000) {
    expect((await pinnedJsonRequest(target, 'POST', '/v1/sync/push', { token, body: { changes: hubChanges.slice(start, start + 1000) } })).status).toBe(200);
  }
  let cursor = '';
  for (;;) {
    const page = (await pinnedJsonRequest(target, 'GET', `/v1/sync/pull?since=${cursor}&limit=5000`, { token })).json as { cursor: string; hasMore: boolean };
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  cursorOnHub = cursor;
  await hub.stop();
}, 120_000);

afterAll(async () => {
  await rm(hubDir, { recursive: true, force: true });
});

describe('the copy covers every table', () => {
  it('lists every table the migrations create', async () => {
    const store = await openSyncStore({ kind: 'pglite' });
    const tables = await store.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name <> 'schema_migrations'`);
    await store.close();
    expect(tables.rows.map((row) => row.name).sort()).toEqual([...serverTables].sort());
  });
});

describe.each(storageCases)('moving a team hub to a standalone server on $name', { timeout: 120_000 }, ({ skip, open }) => {
  it.skipIf(skip)('keeps every change, the device token and its cursor; refuses a server that already has a workspace', async () => {
    const store = await open();
    try {
      const answer = await runAdminCommand(store, { name: 'import-hub', storage: { kind: 'pglite' }, hubDataDir: hubDir });
      expect(answer).toMatch(/1 workspace, 1 devices, 2500 changes, 2500 field values/);
      const app = await buildSyncApp({ store, rateLimit: false });
      try {
        // The device carries on where it was: nothing new since its cursor, and its next push is taken.
        const caughtUp = await pullAll(app, token, cursorOnHub);
        expect(caughtUp.changes).toEqual([]);
        expect((await push(app, token, [change('c0', 'lastName', 'Moved', 9999)])).statusCode).toBe(200);
        const after = await pullAll(app, token, cursorOnHub);
        expect(after.changes).toEqual([expect.objectContaining({ rowId: 'c0', field: 'lastName', value: 'Moved' })]);
        // A device starting fresh gets every value the hub held.
        const everything = await pullAll(app, token);
        expect(everything.changes.filter((item) => item.field === 'firstName')).toHaveLength(2500);
      } finally {
        await app.close();
      }
      const hubStore = await openSyncStore({ kind: 'pglite', dataDir: join(hubDir, 'database') });
      try {
        await expect(copyServerData(hubStore, store)).rejects.toThrow(/already holds a workspace/);
      } finally {
        await hubStore.close();
      }
    } finally {
      await store.close();
    }
  });
});
