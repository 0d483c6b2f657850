import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64UrlFromBytes } from '@shared/hub/hubFingerprint';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { loadOrCreateHubCertificate } from '../../src-server/hub/hubCertificate';
import { RunningHub, type HubOptions } from '../../src-server/hub/startHub';
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
