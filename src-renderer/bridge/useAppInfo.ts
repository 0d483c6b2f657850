import { useQuery } from '@tanstack/react-query';
import { bridge } from './bridge';

// The app's name, version and whether it runs as the desktop app or in a browser.
export function useAppInfo() {
  return useQuery({ queryKey: ['app-info'], queryFn: () => bridge.getAppInfo(), staleTime: Infinity });
}
