import { hubDeviceSchema, hubInviteSchema, type HubStartOptions, type HubStatus, type NearbyHub } from '@shared/hub/hubMessages';
import type { BridgeHandlers } from '@shared/ipc/bridgeContract';

export type HubChannel = 'hub-start' | 'hub-stop' | 'hub-status' | 'hub-invite' | 'hub-devices' | 'hub-revoke' | 'hub-pin-certificate' | 'hub-find-nearby';

// What the hub channels need from main: the HubHost, the certificate pins, mDNS discovery and
// the folder the hub keeps its database and certificate in.
export interface HubBridgeDeps {
  readonly host: {
    start(options: HubStartOptions): Promise<HubStatus>;
    stop(): Promise<void>;
    status(): HubStatus | null;
    request(request: { type: 'invite' | 'invite-host'; email: string } | { type: 'devices' } | { type: 'revoke'; tokenId: string }): Promise<unknown>;
  };
  readonly pins: { add(hostname: string, fingerprint: string): void };
  readonly findNearby: () => Promise<NearbyHub[]>;
  readonly dataDir: string;
}

export function createHubBridgeHandlers(deps: HubBridgeDeps): Pick<BridgeHandlers, HubChannel> {
  return {
    'hub-start': (payload) => deps.host.start({ ...payload, dataDir: deps.dataDir, announce: true }),
    'hub-stop': async () => {
      await deps.host.stop();
      return { stopped: true };
    },
    'hub-status': () => Promise.resolve(deps.host.status()),
    // The host's own app pairs over loopback with its own code, like any teammate.
    'hub-invite': async ({ email, forHost }) => hubInviteSchema.parse(await deps.host.request({ type: forHost ? 'invite-host' : 'invite', email })),
    'hub-devices': async () => hubDeviceSchema.array().parse(await deps.host.request({ type: 'devices' })),
    'hub-revoke': async ({ tokenId }) => ({ revoked: (await deps.host.request({ type: 'revoke', tokenId })) === true }),
    'hub-pin-certificate': ({ hostname, fingerprint }) => {
      deps.pins.add(hostname, fingerprint);
      return Promise.resolve({ pinned: true });
    },
    'hub-find-nearby': () => deps.findNearby(),
  };
}
