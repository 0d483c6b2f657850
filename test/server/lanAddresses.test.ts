import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../src-server/hub/lanAddresses';

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
const ipv6 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 });

describe('the addresses a hub offers teammates', () => {
  it('lists IPv4 addresses before IPv6 ones, leaving out loopback and link-local IPv6', () => {
    const addresses = lanAddresses({
      lo: [ipv4('127.0.0.1', true), ipv6('::1', true)],
      wlan0: [ipv6('fd00::17'), ipv4('192.168.1.23'), ipv6('fe80::1c2b:3aff:fe4d:5e6f'), ipv6('FE80::2')],
      eth0: [ipv4('10.0.0.5')],
      tun0: undefined,
    });
    expect(addresses).toEqual(['192.168.1.23', '10.0.0.5', 'fd00::17']);
  });

  it('is empty on a machine with no network but loopback', () => {
    expect(lanAddresses({ lo: [ipv4('127.0.0.1', true)] })).toEqual([]);
  });
});
