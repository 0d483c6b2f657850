import type { BridgeResult } from '@shared/ipc/bridgeContract';
import { bridge } from '../../../bridge/bridge';
import { pairWithServer, type FetchLike } from './syncTransport';

// certificateFingerprint: a team hub's pinned certificate (see pairWithHub).
export type PairingInput = { serverUrl: string; code: string; deviceName: string; certificateFingerprint?: string };

// Trades a one-time pairing code for a device token and keeps it through the bridge.
export async function pairDevice({ serverUrl, code, deviceName, certificateFingerprint }: PairingInput, fetchFn?: FetchLike): Promise<BridgeResult<'sync-credentials-save'>> {
  const url = new URL(serverUrl.trim()).origin;
  const paired = await pairWithServer(url, { code: code.trim(), deviceName: deviceName.trim() }, fetchFn);
  return bridge.saveSyncCredentials({ credentials: { serverUrl: url, token: paired.token, workspaceId: paired.workspaceId, userId: paired.userId, deviceId: paired.deviceId, ...(certificateFingerprint ? { certificateFingerprint } : {}) } });
}
