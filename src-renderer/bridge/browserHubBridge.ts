import type { OutpostBridge } from '@shared/ipc/bridgeMethods';

const hostingNeedsTheApp = 'Hosting sync for a team needs the desktop app: a browser cannot listen for other devices.';

// In `npm run web` a teammate can pair with a hub, but not host one or look for one nearby. The
// browser checks the hub's certificate itself, so nothing is pinned here (Settings > Sync says so).
export const browserHubBridge: Pick<
  OutpostBridge,
  'startHub' | 'stopHub' | 'getHubStatus' | 'setHubKeepInTray' | 'inviteToHub' | 'listHubDevices' | 'revokeHubDevice' | 'pinHubCertificate' | 'findNearbyHubs'
> = {
  startHub: () => Promise.reject(new Error(hostingNeedsTheApp)),
  stopHub: () => Promise.resolve({ stopped: true }),
  getHubStatus: () => Promise.resolve(null),
  setHubKeepInTray: () => Promise.reject(new Error(hostingNeedsTheApp)),
  inviteToHub: () => Promise.reject(new Error(hostingNeedsTheApp)),
  listHubDevices: () => Promise.resolve([]),
  revokeHubDevice: () => Promise.reject(new Error(hostingNeedsTheApp)),
  pinHubCertificate: () => Promise.resolve({ pinned: false }),
  findNearbyHubs: () => Promise.resolve([]),
};
