import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses, lanOrigin } from '../../../server/venue/lan-addresses.js';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: null,
  };
}

function v6(address: string): NetworkInterfaceInfo {
  return {
    address,
    netmask: 'ffff:ffff:ffff:ffff::',
    family: 'IPv6',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: null,
    scopeid: 0,
  };
}

describe('the LAN addresses venue mode prints', () => {
  it('leaves out loopback and IPv6, and puts the Wi-Fi before containers, VMs and VPNs', () => {
    const found = lanAddresses({
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      tailscale0: [v4('100.101.102.103')],
      wlp2s0: [v4('192.168.1.20'), v6('fe80::1')],
      vboxnet0: [v4('192.168.56.1')],
      'br-4f2a': [v4('172.18.0.1')],
    });
    expect(found).toEqual([
      { interface: 'wlp2s0', address: '192.168.1.20' },
      { interface: 'br-4f2a', address: '172.18.0.1' },
      { interface: 'docker0', address: '172.17.0.1' },
      { interface: 'vboxnet0', address: '192.168.56.1' },
      { interface: 'tailscale0', address: '100.101.102.103' },
    ]);
  });

  it('knows macOS and Windows names for Wi-Fi and Ethernet, and puts private addresses before others', () => {
    expect(
      lanAddresses({
        utun3: [v4('10.8.0.2')],
        en0: [v4('192.168.0.14')],
        'Wi-Fi': [v4('10.0.0.7')],
        Ethernet: [v4('203.0.113.9')],
      }).map((found) => found.address),
    ).toEqual(['192.168.0.14', '10.0.0.7', '203.0.113.9', '10.8.0.2']);
  });

  it('puts a self-assigned 169.254 address after a DHCP one on the same kind of interface', () => {
    expect(
      lanAddresses({ eth0: [v4('169.254.10.2')], eth1: [v4('10.42.0.1')] }).map((found) => found.address),
    ).toEqual(['10.42.0.1', '169.254.10.2']);
  });

  it('keeps an unknown interface (a hotspot bridge, say) between the physical and the virtual ones', () => {
    expect(
      lanAddresses({
        docker0: [v4('172.17.0.1')],
        bridge100: [v4('192.168.2.1')],
        wlan0: [v4('192.168.43.5')],
      }).map((found) => found.interface),
    ).toEqual(['wlan0', 'bridge100', 'docker0']);
  });

  it('lists an address once, and nothing when the laptop is on no network', () => {
    expect(lanAddresses({ eth0: [v4('10.0.0.2')], 'eth0:1': [v4('10.0.0.2')] })).toHaveLength(1);
    expect(lanAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([]);
  });

  it('reads this machine’s interfaces by default', () => {
    for (const found of lanAddresses()) expect(found.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('makes the plain-HTTP origin phones open', () => {
    expect(lanOrigin({ interface: 'wlan0', address: '192.168.1.20' }, 3000)).toBe('http://192.168.1.20:3000');
  });
});
