import { hubDeviceSchema, hubInviteSchema, type HubStartOptions, type HubStartPayload, type HubStatus, type NearbyHub } from '@shared/hub/hubMessages';
import type { BridgeHandlers } from '@shared/ipc/bridgeContract';
import type { HubConfigFile } from '../hub/hubConfigFile';

export type HubChannel =
  | 'hub-start'
  | 'hub-stop'
  | 'hub-status'
  | 'hub-keep-in-tray'
  | 'hub-invite'
  | 'hub-devices'
  | 'hub-revoke'
  | 'hub-pin-certificate'
  | 'hub-find-nearby';

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
  // Remembers hosting, so the hub starts again with the app.
  readonly config: HubConfigFile;
}

export function createHubBridgeHandlers(deps: HubBridgeDeps): Pick<BridgeHandlers, HubChannel> {
  return {
    'hub-start': async (payload) => {
      const status = await startHosting(deps, payload);
      await deps.config.update({ hosting: payload });
      return status;
    },
    'hub-stop': async () => {
      await deps.config.update({ hosting: null });
      await deps.host.stop();
      return { stopped: true };
    },
    'hub-status': async () => {
      const status = deps.host.status();
      return status && { ...status, keepInTray: (await deps.config.load()).keepInTray };
    },
    'hub-keep-in-tray': async ({ enabled }) => ({ keepInTray: (await deps.config.update({ keepInTray: enabled })).keepInTray }),
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

function startHosting(deps: Pick<HubBridgeDeps, 'host' | 'dataDir'>, payload: HubStartPayload): Promise<HubStatus> {
  return deps.host.start({ ...payload, dataDir: deps.dataDir, announce: true });
}

// At launch: hosting was on when the app last ran, so it comes back on.
export async function resumeHosting(deps: Pick<HubBridgeDeps, 'host' | 'dataDir' | 'config'>): Promise<HubStatus | null> {
  const { hosting } = await deps.config.load();
  return hosting ? startHosting(deps, hosting) : null;
}
