import type { BridgeResult, SyncCredentials } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import { createHttpTransport, type FetchLike } from './syncTransport';
import { SyncRequestError } from './syncErrors';

export type AddressChange = {
  serverUrl: string;
  // Paired with a team hub and given an https:// address: it is the same hub elsewhere, so its
  // certificate stays pinned. Otherwise the team moved to a server that Chromium checks itself.
  stillTheHub: boolean;
};

// Points a paired device at the new address of its server, as after `npm run server --
// import-hub`: the token, the workspace and the pull cursor stay, so syncing picks up where it
// stopped. The new address is tried with the device's token first, and nothing changes if it fails.
export async function changeServerAddress(credentials: SyncCredentials, change: AddressChange, fetchFn?: FetchLike): Promise<BridgeResult<'sync-credentials-save'>> {
  const url = new URL(change.serverUrl.trim());
  const fingerprint = change.stillTheHub && url.protocol === 'https:' ? credentials.certificateFingerprint : undefined;
  // Chromium names an IPv6 host without its URL brackets.
  if (fingerprint) await bridge.pinHubCertificate({ hostname: url.hostname.replace(/^\[|\]$/g, ''), fingerprint });
  try {
    await createHttpTransport({ serverUrl: url.origin, token: credentials.token }, fetchFn).pull('', 1);
  } catch (error) {
    if (error instanceof SyncRequestError && error.status === 401) {
      throw new SyncRequestError(401, error.code, `The server at ${url.origin} does not know this device: has the team's data been moved there? If not, check the address.`);
    }
    throw error;
  }
  const { certificateFingerprint: _previous, ...kept } = credentials;
  return bridge.saveSyncCredentials({ credentials: { ...kept, serverUrl: url.origin, ...(fingerprint ? { certificateFingerprint: fingerprint } : {}) } });
}
