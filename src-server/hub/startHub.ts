import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { HubDevice, HubInvite } from '@shared/hub/hubMessages';
import type { HubPairing } from '@shared/hub/hubPairingCode';
import { encodeHubQrPayload, encodeTypedHubCode } from '@shared/hub/hubPairingCode';
import { createInvite } from '../admin/createInvite';
import { createWorkspace } from '../admin/createWorkspace';
import { listTokens } from '../admin/listTokens';
import { revokeToken } from '../admin/revokeToken';
import { buildSyncApp } from '../app/buildSyncApp';
import { openSyncStore } from '../store/openSyncStore';
import type { SyncStore } from '../store/SyncStore';
import { loadOrCreateHubCertificate } from './hubCertificate';
import { lanAddresses } from './lanAddresses';

export type HubOptions = {
  // The app's data folder for the hub: its database and its certificate live here.
  dataDir: string;
  port: number;
  host?: string;
  workspaceName: string;
  hostEmail: string;
  // Fastify's logger options; tokens and pairing codes are redacted by buildSyncApp.
  logger?: boolean | Record<string, unknown>;
  // Overrides the addresses put in pairing codes (tests, or a machine with many interfaces).
  addresses?: string[];
  // A teammate's code is good for one pairing within the hour by default: it is shown on a
  // screen at a stand.
  inviteLifetimeMs?: number;
};


const defaultInviteLifetimeMs = 60 * 60 * 1000;

// The standalone sync server (buildSyncApp, unchanged) behind TLS with the hub's own certificate,
// on embedded storage in the app's data folder. Runs in Electron's utilityProcess or in Node.
export class RunningHub {
  private constructor(
    private readonly store: SyncStore,
    private readonly app: FastifyInstance,
    private readonly server: Server,
    readonly workspaceId: string,
    readonly port: number,
    readonly addresses: string[],
    readonly fingerprint: string,
    private readonly inviteLifetimeMs: number,
  ) {}

  static async start(options: HubOptions): Promise<RunningHub> {
    const certificate = await loadOrCreateHubCertificate(join(options.dataDir, 'tls'));
    const store = await openSyncStore({ kind: 'pglite', dataDir: hubDatabaseDir(options.dataDir) });
    try {
      const workspaceId = await hubWorkspace(store, options);
      const app = await buildSyncApp({ store, logger: options.logger ?? false });
      await app.ready();
      // Fastify routes the requests; the TLS server is ours, so buildSyncApp stays the one the
      // standalone server runs.
      const server = createServer({ key: certificate.key, cert: certificate.cert }, (request, reply) => app.routing(request, reply));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      return new RunningHub(store, app, server, workspaceId, port, options.addresses ?? lanAddresses(), certificate.fingerprint, options.inviteLifetimeMs ?? defaultInviteLifetimeMs);
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  // A one-time code for a teammate (a member of the workspace, created if new).
  async inviteTeammate(email: string): Promise<HubInvite> {
    const invite = await createInvite(this.store, { workspaceId: this.workspaceId, email, lifetimeMs: this.inviteLifetimeMs });
    const pairing: HubPairing = { addresses: this.addresses, port: this.port, code: invite.code, fingerprint: this.fingerprint };
    const hasIpv4 = this.addresses.some((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
    return { typedCode: hasIpv4 ? encodeTypedHubCode(pairing) : '', qrPayload: encodeHubQrPayload(pairing), expiresAt: invite.expiresAt.toISOString() };
  }

  // The host's own app pairs through the same path as everyone, over loopback.
  async invitePairingForHost(email: string): Promise<HubInvite> {
    const invite = await createInvite(this.store, { workspaceId: this.workspaceId, email, lifetimeMs: this.inviteLifetimeMs });
    const pairing: HubPairing = { addresses: ['127.0.0.1'], port: this.port, code: invite.code, fingerprint: this.fingerprint };
    return { typedCode: encodeTypedHubCode(pairing), qrPayload: encodeHubQrPayload(pairing), expiresAt: invite.expiresAt.toISOString() };
  }

  async devices(): Promise<HubDevice[]> {
    const tokens = await listTokens(this.store, { workspaceId: this.workspaceId });
    return tokens.map((token) => ({
      tokenId: token.id,
      deviceId: token.deviceId,
      deviceName: token.deviceName,
      email: token.email,
      pairedAt: token.createdAt.toISOString(),
      lastSeenAt: token.lastSeenAt?.toISOString() ?? null,
      revoked: token.revokedAt !== null,
    }));
  }

  async revokeDevice(tokenId: string): Promise<boolean> {
    return revokeToken(this.store, tokenId);
  }

  // Stops taking connections, lets requests in flight finish, then closes the storage.
  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.app.close();
    this.server.closeIdleConnections();
    await closed;
    await this.store.close();
  }
}

// The hub's embedded database inside its folder; `npm run server -- import-hub` reads it from there.
export function hubDatabaseDir(hubDataDir: string): string {
  return join(hubDataDir, 'database');
}

// The hub's one workspace, created with the host as its admin on first start.
async function hubWorkspace(store: SyncStore, options: HubOptions): Promise<string> {
  const existing = await store.query<{ id: string }>('select id from workspaces order by created_at limit 1');
  return existing.rows[0]?.id ?? (await createWorkspace(store, { name: options.workspaceName, adminEmail: options.hostEmail })).workspaceId;
}
