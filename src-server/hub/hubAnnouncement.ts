import Bonjour from 'bonjour-service';
import { z } from 'zod';

// DNS-SD service type: _outpost-hub._tcp.local.
const serviceType = 'outpost-hub';

// What a nearby hub says of itself. Finding one is only a convenience: pairing still needs the
// code, and the connection is pinned to the fingerprint in the code, not the one announced.
export const nearbyHubSchema = z.strictObject({
  name: z.string(),
  host: z.string(),
  addresses: z.array(z.string()),
  port: z.number().int(),
});
export type NearbyHub = z.infer<typeof nearbyHubSchema>;

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
