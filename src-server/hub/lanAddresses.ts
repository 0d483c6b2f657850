import { networkInterfaces } from 'node:os';

// The addresses teammates on the same network can reach: IPv4 first, since a typed pairing code
// carries one; loopback and link-local IPv6 are of no use to another machine.
export function lanAddresses(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && !(entry.family === 'IPv6' && entry.address.startsWith('fe80:')));
  return addresses.sort((a, b) => Number(a!.family === 'IPv6') - Number(b!.family === 'IPv6')).map((entry) => entry!.address);
}
