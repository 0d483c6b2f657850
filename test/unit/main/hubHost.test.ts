import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubInviteSchema } from '@shared/hub/hubMessages';
import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import { HubHost } from '../../../src-main/hub/hubHost';
import { forkHubLikeElectron } from '../../helpers/forkHubLikeElectron';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outpost-hub-host-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('HubHost', () => {
  it('says the hub is not running before it starts', async () => {
    const host = new HubHost(forkHubLikeElectron);
    expect(host.status()).toBeNull();
    await expect(host.request({ type: 'devices' })).rejects.toThrow(/turn on hosting in Settings > Sync/);
  });

  it('starts the hub in its own process, relays requests and errors, and stops it', { timeout: 120_000 }, async () => {
    const host = new HubHost(forkHubLikeElectron);
    const status = await host.start({ dataDir, port: 0, workspaceName: 'Expo team', hostEmail: 'host@example.com', announce: false, addresses: ['127.0.0.1'] });
    expect(status.port).toBeGreaterThan(0);
    expect(await host.start({ dataDir, port: 0, workspaceName: 'x', hostEmail: 'host@example.com', announce: false })).toEqual(status);
    const invite = hubInviteSchema.parse(await host.request({ type: 'invite', email: 'rep@example.com' }));
    expect(decodeHubPairing(invite.typedCode)).toMatchObject({ addresses: ['127.0.0.1'], port: status.port });
    await expect(host.request({ type: 'revoke', tokenId: 'nope' })).resolves.toBe(false);
    await host.stop();
    expect(host.status()).toBeNull();
  });
});
