import { decodeHubPairing } from '@shared/hub/hubPairingCode';
import type { BridgeResult } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import { pairDevice } from './pairDevice';
import { SyncOfflineError } from './syncErrors';
import type { FetchLike } from './syncTransport';

export type HubPairingInput = { hubCode: string; deviceName: string };

export function hubServerUrl(address: string, port: number): string {
  return `https://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

// Pairs with a team hub from its typed or scanned code: the certificate fingerprint in the code is
// pinned first, so the pairing code itself only ever reaches the real hub (in the desktop app;
// a browser checks certificates its own way). A QR code may list several addresses: the first
// that answers is kept.
export async function pairWithHub({ hubCode, deviceName }: HubPairingInput, fetchFn?: FetchLike): Promise<BridgeResult<'sync-credentials-save'>> {
  const pairing = decodeHubPairing(hubCode);
  let unreachable: SyncOfflineError | null = null;
  for (const address of pairing.addresses) {
    await bridge.pinHubCertificate({ hostname: address, fingerprint: pairing.fingerprint });
    try {
      return await pairDevice({ serverUrl: hubServerUrl(address, pairing.port), code: pairing.code, deviceName, certificateFingerprint: pairing.fingerprint }, fetchFn);
    } catch (error) {
      if (!(error instanceof SyncOfflineError)) throw error;
      unreachable = error;
    }
  }
  throw unreachable ?? new SyncOfflineError(hubServerUrl(pairing.addresses[0] ?? '', pairing.port), null);
}
