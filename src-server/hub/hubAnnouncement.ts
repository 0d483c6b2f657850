import Bonjour from 'bonjour-service';
import type { NearbyHub } from '@shared/hub/hubMessages';

// DNS-SD service type: _outpost-hub._tcp.local.
const serviceType = 'outpost-hub';

export function announceHub(input: { name: string; port: number }): () => Promise<void> {
  const bonjour = new Bonjour();
  bonjour.publish({ name: input.name, type: serviceType, port: input.port, txt: { v: '1' } });
  return () => new Promise((resolve) => bonjour.unpublishAll(() => bonjour.destroy(() => resolve())));
}

// Listens for `durationMs` and returns the hubs that answered.
export async function findNearbyHubs(durationMs: number): Promise<NearbyHub[]> {
  const bonjour = new Bonjour();
  const found = new Map<string, NearbyHub>();
  const browser = bonjour.find({ type: serviceType }, (service) => {
    found.set(service.fqdn, { name: service.name, host: service.host, addresses: service.addresses ?? [], port: service.port });
  });
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  browser.stop();
  await new Promise<void>((resolve) => bonjour.destroy(() => resolve()));
  return [...found.values()];
}
