import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import type { FieldChange } from '@shared/sync/recordWrite';
import { pullResponseSchema } from '@shared/sync/syncProtocol';
import { copyServerData, serverTables } from '../../src-server/admin/copyServerData';
import { buildSyncApp } from '../../src-server/app/buildSyncApp';
import { runAdminCommand } from '../../src-server/cli/runAdminCommand';
import { RunningHub } from '../../src-server/hub/startHub';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import { pinnedJsonRequest } from './helpers/pinnedHttps';
import { storageCases } from './helpers/serverStorages';
import { change, pullAll, pulledChanges, push, type PulledChange } from './helpers/syncTestClient';

let hubDir: string;
// Where each device stood when the hub stopped, and what the hub would have sent it next.
type DeviceOnHub = { name: string; token: string; cursor: string; rest: PulledChange[]; restCursor: string };
const devices: DeviceOnHub[] = [];
let snapshotFirstPage: PulledChange[] = [];

// Distinct fields, so every change is also a field's latest value: 3,200 of each.
const firstNames = Array.from({ length: 2500 }, (_, index) => change(`c${index}`, 'firstName', `Name ${index}`, index + 1));
const lastNames = Array.from({ length: 500 }, (_, index) => change(`c${index}`, 'lastName', `Family ${index}`, 3000 + index));
const emails = Array.from({ length: 200 }, (_, index) => change(`c${index}`, 'email', `c${index}@example.com`, 4000 + index));

type Target = { host: string; port: number; pin: string };

async function pushOnHub(target: Target, token: string, changes: FieldChange[]): Promise<void> {
  for (let start = 0; start < changes.length; start += 1000) {
    expect((await pinnedJsonRequest(target, 'POST', '/v1/sync/push', { token, body: { changes: changes.slice(start, start + 1000) } })).status).toBe(200);
  }
}

async function pullPageOnHub(target: Target, token: string, since: string, limit: number) {
  const response = await pinnedJsonRequest(target, 'GET', `/v1/sync/pull?since=${since}&limit=${limit}`, { token });
  return pullResponseSchema.parse(response.json);
}

async function pullAllOnHub(target: Target, token: string, since: string) {
  const changes: PulledChange[] = [];
  let cursor = since;
  for (;;) {
    const page = await pullPageOnHub(target, token, cursor, 1000);
    changes.push(...pulledChanges(page.writes));
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

// A hub with three devices, then stopped: the host's own (paired over loopback) mid-log, a
// laptop mid-log behind its own latest push, and a tablet in the middle of its first snapshot.
beforeAll(async () => {
  hubDir = await mkdtemp(join(tmpdir(), 'outpost-hub-move-'));
  const hub = await RunningHub.start({ dataDir: hubDir, port: 0, host: '127.0.0.1', addresses: ['127.0.0.1'], workspaceName: 'Expo team', hostEmail: 'host@example.com' });
  const pair = async (code: string, deviceName: string) => {
    const pairing = decodeHubPairing(code);
    const target = { host: '127.0.0.1', port: pairing.port, pin: pairing.fingerprint };
    const paired = await pinnedJsonRequest(target, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName } });
    return { target, token: (paired.json as { token: string }).token };
  };
  const host = await pair((await hub.invitePairingForHost('host@example.com')).typedCode, 'Host desktop');
  const laptop = await pair((await hub.inviteTeammate('rep@example.com')).typedCode, 'Rep laptop');
  const tablet = await pair((await hub.inviteTeammate('ann@example.com')).typedCode, 'Ann tablet');

  await pushOnHub(laptop.target, laptop.token, firstNames);
  const hostCursor = (await pullAllOnHub(host.target, host.token, '')).cursor;
  await pushOnHub(host.target, host.token, lastNames);
  const laptopCursor = (await pullAllOnHub(laptop.target, laptop.token, '')).cursor;
  await pushOnHub(laptop.target, laptop.token, emails);
  const firstPage = await pullPageOnHub(tablet.target, tablet.token, '', 1000);
  expect(firstPage).toMatchObject({ hasMore: true, snapshot: true });
  snapshotFirstPage = pulledChanges(firstPage.writes);

  for (const [name, device, cursor] of [
    ['host', host, hostCursor],
    ['laptop', laptop, laptopCursor],
    ['tablet', tablet, firstPage.cursor],
  ] as const) {
    const rest = await pullAllOnHub(device.target, device.token, cursor);
    devices.push({ name, token: device.token, cursor, rest: rest.changes, restCursor: rest.cursor });
  }
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

const fieldKey = (item: FieldChange) => `${item.table}/${item.rowId}/${item.field}`;

describe.each(storageCases)('moving a team hub to a standalone server on $name', { timeout: 120_000 }, ({ skip, open }) => {
  it.skipIf(skip)('every device, the host included, carries on exactly where it was: nothing lost, nothing twice; a server with a workspace is refused', async () => {
    const store = await open();
    try {
      const answer = await runAdminCommand(store, { name: 'import-hub', storage: { kind: 'pglite' }, hubDataDir: hubDir });
      expect(answer).toMatch(/1 workspace, 3 devices, 3200 changes, 3200 field values/);
      const app = await buildSyncApp({ store, rateLimit: false });
      try {
        // What the new server sends each device from its cursor is what the hub would have sent.
        for (const device of devices) {
          const moved = await pullAll(app, device.token, device.cursor);
          expect({ name: device.name, changes: moved.changes, cursor: moved.cursor }).toEqual({ name: device.name, changes: device.rest, cursor: device.restCursor });
        }
        const [host, laptop, tablet] = devices as [DeviceOnHub, DeviceOnHub, DeviceOnHub];
        expect(host.rest.map(fieldKey)).toEqual([...lastNames, ...emails].map(fieldKey));
        expect(laptop.rest.map(fieldKey)).toEqual(emails.map(fieldKey));
        // The tablet's snapshot, half taken before the move and half after, has each value once.
        const tabletKeys = [...snapshotFirstPage, ...tablet.rest].map(fieldKey);
        expect(new Set(tabletKeys).size).toBe(tabletKeys.length);
        expect(new Set(tabletKeys)).toEqual(new Set([...firstNames, ...lastNames, ...emails].map(fieldKey)));

        // The host's next push on the new server reaches the others from where they stopped.
        expect((await push(app, host.token, [change('c0', 'phone', '+1 555 0100', 9999)])).statusCode).toBe(200);
        for (const device of [laptop, tablet]) {
          expect((await pullAll(app, device.token, device.restCursor)).changes).toEqual([expect.objectContaining({ rowId: 'c0', field: 'phone', value: '+1 555 0100' })]);
        }
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
