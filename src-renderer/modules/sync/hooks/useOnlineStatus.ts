import { useNetwork } from '@mantine/hooks';

// The browser's view of the network; the sync engine will add whether the server answers.
export function useOnlineStatus(): boolean {
  return useNetwork().online;
}
