import { useNetwork } from '@mantine/hooks';

// The browser's view of the network; whether the server answers is the sync engine's status.
export function useOnlineStatus(): boolean {
  return useNetwork().online;
}
