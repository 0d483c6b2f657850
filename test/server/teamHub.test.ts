import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64UrlFromBytes, fingerprintMatchesPin } from '@shared/hub/hubFingerprint';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { hubInviteSchema, hubStatusSchema, type HubResponse } from '@shared/hub/hubMessages';
import { HubController } from '../../src-server/hub/HubController';
import { loadOrCreateHubCertificate } from '../../src-server/hub/hubCertificate';
import { hubDatabaseDir, RunningHub, type HubOptions } from '../../src-server/hub/startHub';
import { openSyncStore } from '../../src-server/store/openSyncStore';
import { PinMismatchError, pinnedJsonRequest } from './helpers/pinnedHttps';
import { change } from './helpers/syncTestClient';

let dataDir: string;
let hub: RunningHub | null = null;

const options = (overrides: Partial<HubOptions> = {}): HubOptions => ({
  dataDir,
  port: 0,
  host: '127.0.0.1',
  addresses: ['127.0.0.1'],
  workspaceName: 'Expo team',
  hostEmail: 'host@example.com',
  ...overrides,
});

async function startHub(overrides: Partial<HubOptions> = {}): Promise<RunningHub> {
  hub = await RunningHub.start(options(overrides));
  return hub;
}

// What a teammate's app does with a typed code: decode it, connect pinned, trade the code for a token.
async function pairWith(typedCode: string, deviceName = 'Rep laptop') {
  const pairing = decodeHubPairing(typedCode);
  const target = { host: pairing.addresses[0]!, port: pairing.port, pin: pairing.fingerprint };
  const response = await pinnedJsonRequest(target, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName } });
  return { target, ...response };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outpost-hub-'));
});

afterEach(async () => {
  await hub?.stop();
  hub = null;
  await rm(dataDir, { recursive: true, force: true });
});

// Each test starts the hub (PGlite and a certificate) once or twice: seconds each on 2 cores.
describe('team hub', { timeout: 120_000 }, () => {
  it('makes its certificate once, keeps it private to the user, and keeps the same fingerprint across restarts', async () => {
    const first = await startHub();
    const { fingerprint, workspaceId } = first;
    await first.stop();
    hub = null;
    const keyMode = (await stat(join(dataDir, 'tls', 'hub-key.pem'))).mode & 0o777;
    expect(keyMode).toBe(0o600);
    const second = await startHub({ workspaceName: 'Another name' });
    expect(second.fingerprint).toBe(fingerprint);
    expect(second.workspaceId).toBe(workspaceId);
    expect((await loadOrCreateHubCertificate(join(dataDir, 'tls'))).fingerprint).toBe(fingerprint);
  });

  it('pairs a teammate from a typed code over TLS pinned to the hub certificate, and the device syncs', async () => {
    const running = await startHub();
    const invite = await running.inviteTeammate('rep@example.com');
    const paired = await pairWith(invite.typedCode);
    expect(paired.status).toBe(200);
    const { token, workspaceId } = paired.json as { token: string; workspaceId: string };
    expect(workspaceId).toBe(running.workspaceId);

    const pushed = await pinnedJsonRequest(paired.target, 'POST', '/v1/sync/push', { token, body: { changes: [change('c1', 'firstName', 'Ann', 1)] } });
    expect(pushed.status).toBe(200);
    const pulled = await pinnedJsonRequest(paired.target, 'GET', '/v1/sync/pull?since=', { token });
    expect(JSON.stringify(pulled.json)).toContain('"Ann"');
    const [device] = await running.devices();
    expect(device).toMatchObject({ deviceName: 'Rep laptop', email: 'rep@example.com', revoked: false });
    expect(Date.now() - Date.parse(device!.lastSeenAt!)).toBeLessThan(60_000);
  });

  it('started as the app starts it, makes the host the workspace admin, pairs the host over loopback, and a teammate pulls what the host pushed', async () => {
    // The utilityProcess's controller, driven in this process by the messages main sends.
    const controller = new HubController();
    let nextId = 1;
    const ask = async (request: Record<string, unknown>): Promise<unknown> => {
      const answer: HubResponse = await controller.handle({ ...request, id: nextId++ });
      if (!answer.ok) throw new Error(answer.error);
      return answer.result;
    };
    // The teammates' address is not this machine's loopback: the host's own code must not use it.
    const startOptions = { dataDir, port: 0, workspaceName: 'Expo team', hostEmail: 'Host@Example.com', announce: false, addresses: ['192.0.2.7'] };
    const status = hubStatusSchema.parse(await ask({ type: 'start', options: startOptions }));
    try {
      const hostCode = hubInviteSchema.parse(await ask({ type: 'invite-host', email: 'host@example.com' })).typedCode;
      const hostPairing = decodeHubPairing(hostCode);
      expect(hostPairing).toMatchObject({ addresses: ['127.0.0.1'], port: status.port });
      expect(fingerprintMatchesPin(status.fingerprint, hostPairing.fingerprint)).toBe(true);
      const host = await pairWith(hostCode, 'Host desktop');
      expect(host.status).toBe(200);
      const hostDevice = host.json as { token: string; workspaceId: string };
      expect(hostDevice.workspaceId).toBe(status.workspaceId);
      const pushed = await pinnedJsonRequest(host.target, 'POST', '/v1/sync/push', { token: hostDevice.token, body: { changes: [change('c1', 'firstName', 'Hana', 1)] } });
      expect(pushed.status).toBe(200);

      const teammateCode = hubInviteSchema.parse(await ask({ type: 'invite', email: 'rep@example.com' })).typedCode;
      const teammatePairing = decodeHubPairing(teammateCode);
      expect(teammatePairing.addresses).toEqual(['192.0.2.7']);
      const target = { host: '127.0.0.1', port: teammatePairing.port, pin: teammatePairing.fingerprint };
      const teammate = await pinnedJsonRequest(target, 'POST', '/v1/pair', { body: { code: teammatePairing.code, deviceName: 'Rep laptop' } });
      const pulled = await pinnedJsonRequest(target, 'GET', '/v1/sync/pull?since=', { token: (teammate.json as { token: string }).token });
      expect((pulled.json as { writes: unknown[] }).writes).toEqual([expect.objectContaining({ rowId: 'c1', fields: { firstName: 'Hana' } })]);
    } finally {
      await ask({ type: 'stop' });
    }
    const store = await openSyncStore({ kind: 'pglite', dataDir: hubDatabaseDir(dataDir) });
    try {
      const users = await store.query<{ email: string; role: string }>('select email, role from users order by email');
      expect(users.rows).toEqual([
        { email: 'host@example.com', role: 'admin' },
        { email: 'rep@example.com', role: 'member' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses, before sending the code, a machine that shows another certificate', async () => {
    const running = await startHub();
    const invite = await running.inviteTeammate('rep@example.com');
    const pairing = decodeHubPairing(invite.typedCode);
    const impostorPin = base64UrlFromBytes(new Uint8Array(16).fill(7));
    await expect(pinnedJsonRequest({ host: '127.0.0.1', port: pairing.port, pin: impostorPin }, 'POST', '/v1/pair', { body: { code: pairing.code, deviceName: 'x' } })).rejects.toThrow(PinMismatchError);
    // The code was never sent, so it still pairs.
    expect((await pairWith(invite.typedCode)).status).toBe(200);
  });

  it('refuses a reused code and an expired one', async () => {
    const running = await startHub({ inviteLifetimeMs: 1 });
    const expired = await running.inviteTeammate('late@example.com');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await pairWith(expired.typedCode)).status).toBe(401);

    await running.stop();
    const fresh = await startHub();
    const invite = await fresh.inviteTeammate('rep@example.com');
    expect((await pairWith(invite.typedCode)).status).toBe(200);
    const reused = await pairWith(invite.typedCode, 'Second laptop');
    expect(reused.status).toBe(401);
    expect(JSON.stringify(reused.json)).toMatch(/code/i);
  });

  it('a revoked device is refused with a message saying to pair again', async () => {
    const running = await startHub();
    const paired = await pairWith((await running.inviteTeammate('rep@example.com')).typedCode);
    const { token } = paired.json as { token: string };
    const [device] = await running.devices();
    expect(await running.revokeDevice(device!.tokenId)).toBe(true);
    const refused = await pinnedJsonRequest(paired.target, 'GET', '/v1/sync/pull?since=', { token });
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.json)).toMatch(/revoked; pair the device again/);
    expect((await running.devices())[0]).toMatchObject({ revoked: true });
  });
});
