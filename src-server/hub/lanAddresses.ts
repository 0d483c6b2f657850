import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = Record<string, NetworkInterfaceInfo[] | undefined>;

// The addresses teammates on the same network can reach: IPv4 first, since a typed pairing code
// carries one; loopback and link-local IPv6 are of no use to another machine. Tests pass the
// interfaces; the hub reads the machine's.
export function lanAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
  const reachable = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !(entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80:')));
  return reachable.sort((a, b) => Number(a.family === 'IPv6') - Number(b.family === 'IPv6')).map((entry) => entry.address);
}
