import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubDeviceSchema, hubInviteSchema, hubStatusSchema } from '@shared/hub/hubMessages';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { findNearbyHubs } from '../../src-server/hub/hubAnnouncement';
import { forkHubProcess } from './helpers/forkHubProcess';
import { pinnedJsonRequest } from './helpers/pinnedHttps';

let dataDir: string;
let hub: ReturnType<typeof forkHubProcess>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outpost-hub-process-'));
  hub = forkHubProcess();
});

afterAll(async () => {
  if (hub.child.connected) hub.child.disconnect();
  await hub.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the hub process', { timeout: 120_000 }, () => {
  it('refuses a malformed request with a reason and keeps running', async () => {
    const answer = await hub.sendRaw({ id: 99, type: 'start', options: { dataDir: '', port: -1 } }, 99);
    expect(answer).toMatchObject({ id: 99, ok: false, error: expect.stringMatching(/malformed/) });
    expect(await hub.request({ type: 'devices' })).toMatchObject({ ok: false, error: 'The hub is not running.' });
  });

  it('starts, announces itself nearby, invites, pairs a device over the pinned connection, lists it, and stops when the app goes away', async () => {
    const started = await hub.request({
      type: 'start',
      options: { dataDir, port: 0, workspaceName: 'Expo team', hostEmail: 'host@example.com', announce: true, addresses: ['127.0.0.1'] },
    });
    const status = hubStatusSchema.parse(started.ok && started.result);
    const invite = await hub.request({ type: 'invite', email: 'rep@example.com' });
    const pairing = decodeHubPairing(hubInviteSchema.parse(invite.ok && invite.result).typedCode);
    expect(pairing.port).toBe(status.port);
    const paired = await pinnedJsonRequest({ host: '127.0.0.1', port: pairing.port, pin: pairing.fingerprint }, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName: 'Stand tablet' } });
    expect(paired.status).toBe(200);
    const devices = await hub.request({ type: 'devices' });
    expect(hubDeviceSchema.array().parse(devices.ok && devices.result)).toEqual([expect.objectContaining({ deviceName: 'Stand tablet', revoked: false })]);

    // Teammates' apps find it on the local network; pairing still needs the code.
    const nearby = await findNearbyHubs(3000);
    expect(nearby).toContainEqual(expect.objectContaining({ name: 'Outpost hub (Expo team)', port: status.port }));

    hub.child.disconnect();
    expect(await hub.exited).toBe(0);
  });
});
