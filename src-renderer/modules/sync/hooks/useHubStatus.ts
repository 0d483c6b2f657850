import { useQuery } from '@tanstack/react-query';
import { bridge } from '../../../bridge/bridge';

export const hubStatusQueryKey = ['hub-status'];
export const hubDevicesQueryKey = ['hub-devices'];

// The team hub this computer hosts, or null when it hosts none.
export function useHubStatus() {
  return useQuery({ queryKey: hubStatusQueryKey, queryFn: () => bridge.getHubStatus() });
}

// Paired devices, refreshed while the list is on screen so "last sync" stays current.
export function useHubDevices(enabled: boolean) {
  return useQuery({ queryKey: hubDevicesQueryKey, queryFn: () => bridge.listHubDevices(), enabled, refetchInterval: 30_000 });
}
